// Changes made outside the workflow that readers see: each expires the cached public pages
// that show it, and renaming an author keeps search in step with the byline.
import { appendCorrection } from "@/lib/editorial/corrections";
import { db } from "@/lib/platform/db";
import { createDisclaimer, updateDisclaimer } from "@/lib/admin/disclaimers";
import { updateAuthor } from "@/lib/admin/authors";
import { moderateReaderComment, postReaderComment } from "@/lib/reader/comments";
import { publicSearch } from "@/lib/reader/cache/reads";
import { searchPublications } from "@/lib/reader/search";
import { createTopic } from "@/lib/admin/topics";
import { makeUser } from "../helpers/db";
import { expiredTags } from "../helpers/next-cache";
import { actorFor } from "../helpers/actors";
import { publishedPiece, type User } from "../helpers/pieces";

let editor: User;
let writer: User;

beforeAll(async () => {
  editor = await makeUser("editor", { withAuthor: false });
  writer = await makeUser("writer");
});

beforeEach(() => {
  expiredTags.length = 0;
});

const expired = () => expiredTags.map((t) => t.tag);

test("renaming an author rewrites the byline that search reads, and expires their pages and the listings", async () => {
  const piece = await publishedPiece({ writer, editor, title: "Harbour politics" });
  const author = await db.authorProfile.findUniqueOrThrow({ where: { userId: writer.id } });
  const byName = async (q: string) => {
    const result = await searchPublications({ q });
    return result.prompt ? [] : result.items.map((i) => i.slug);
  };
  expect(await byName("Wilhelmina")).toEqual([]);
  expiredTags.length = 0;

  await updateAuthor(await actorFor(editor), author.id, {
    displayName: "Wilhelmina Stroud",
    slug: author.slug,
    position: "",
    affiliation: "",
    focus: "",
    bio: "",
  });

  expect(await byName("Wilhelmina")).toEqual([piece.slug]);
  expect(await byName(author.displayName.split(" ")[0])).toEqual([]);
  expect(expired()).toEqual(expect.arrayContaining([`author:${author.id}`, "listings"]));
});

test("search results kept in memory are not served after a change that alters them", async () => {
  const fellow = await makeUser("writer");
  const piece = await publishedPiece({ writer: fellow, editor, title: "Estuary politics" });
  const author = await db.authorProfile.findUniqueOrThrow({ where: { userId: fellow.id } });
  const byName = async (q: string) => {
    const result = await publicSearch({ q }, "UTC");
    return result.prompt ? [] : result.items.map((i) => i.slug);
  };
  expect(await byName("Ottoline")).toEqual([]);
  // Nothing went live in between: only the refresh tells the kept result is stale.
  await updateAuthor(await actorFor(editor), author.id, {
    displayName: "Ottoline Marsh",
    slug: author.slug,
    position: "",
    affiliation: "",
    focus: "",
    bio: "",
  });
  expect(await byName("Ottoline")).toEqual([piece.slug]);
});

test("editing a disclaimer that a series uses by default expires that series' pages", async () => {
  const e = await actorFor(editor);
  const disclaimer = await createDisclaimer(e, { name: "House view", body: "The views are the authors' own." });
  const series = await db.series.create({ data: { slug: "notes", name: "Notes", defaultDisclaimerId: disclaimer.id } });
  expiredTags.length = 0;
  await updateDisclaimer(e, disclaimer.id, { name: "House view", body: "The views expressed are the authors' own." });
  expect(expired()).toEqual(expect.arrayContaining([`disclaimer:${disclaimer.id}`, `series:${series.id}`]));
});

test("a new topic refreshes the listings that offer it as a filter", async () => {
  const topic = await createTopic(await actorFor(editor), { name: "Ports", slug: "ports" });
  expect(expired()).toEqual(expect.arrayContaining([`topic:${topic.id}`, "listings"]));
});

test("approving a comment and appending a correction expire the piece's page", async () => {
  const piece = await publishedPiece({ writer, editor, title: "Shipping lanes" });
  await postReaderComment({ slug: piece.slug, name: "Reader", comment: "Useful." }, { ip: "203.0.113.50" });
  const comment = await db.readerComment.findFirstOrThrow({ where: { articleId: piece.id } });
  expiredTags.length = 0;
  await moderateReaderComment(await actorFor(editor), { id: comment.id, decision: "approve" });
  expect(expired()).toEqual([`publication:${piece.slug}`]);

  expiredTags.length = 0;
  await appendCorrection(await actorFor(editor), piece.id, "The second paragraph misdated the treaty.");
  expect(expired()).toEqual(expect.arrayContaining(["publications", `publication:${piece.slug}`]));
});
