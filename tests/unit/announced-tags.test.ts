// What another instance's announcement of expired tags (cache-handler.mjs) withdraws from this
// one's response cache (scripts/server.ts): the same as refreshPublic decides for its own changes
// (tests/unit/stale-if-error.test.ts), and nothing for Next's own path tags of studio pages.
import { tagsForPiece } from "@/lib/reader/cache";
import { listingTags, publicTags, withdrawnBy } from "@/lib/reader/cache/tags";

test("a change to a piece withdraws that piece's copies; one to anything else public withdraws all", () => {
  const piece = tagsForPiece({ slug: "piece-a", divisionId: "d1", seriesId: null, disclaimerId: null, authorIds: ["a1"], topicIds: [] });
  expect(withdrawnBy([...piece, ...listingTags])).toEqual({ pieces: ["piece-a"] });
  expect(withdrawnBy([publicTags.author("a1"), ...listingTags])).toBe("everything");
  expect(withdrawnBy([publicTags.disclaimer("x1")])).toBe("everything");
  expect(withdrawnBy([publicTags.publications])).toBe("everything");
  // A change of the site's settings (its name, its address) is on every page.
  expect(withdrawnBy([publicTags.site])).toBe("everything");
});

test("Next's path tags (revalidatePath of studio pages) withdraw nothing", () => {
  expect(withdrawnBy(["_N_T_/studio/layout", "_N_T_/studio/articles/abc"])).toBeNull();
  expect(withdrawnBy([])).toBeNull();
});
