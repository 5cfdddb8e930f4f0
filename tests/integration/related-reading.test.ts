// "Related reading" under a piece: other live pieces sharing its topics, its authors or its words;
// never itself, never one that is not live; from bounded, indexed ranges.
import { db } from "@/lib/platform/db";
import { transition } from "@/lib/editorial/workflow";
import { listRelatedPieces } from "@/lib/reader/related";
import { relatedQuery } from "@/lib/reader/related-query";
import { actorFor } from "../helpers/actors";
import { makeTopic, makeUser } from "../helpers/db";
import { publishPiece } from "../helpers/pieces";

let editor: Awaited<ReturnType<typeof makeUser>>;
const slugs: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  editor = await makeUser("editor");
  const [amara, lucas, noor] = await Promise.all(
    ["Amara Okafor", "Lucas Martin", "Noor Hassan"].map((name) => makeUser("writer", { name })),
  );
  const shipping = await makeTopic("Shipping");
  const budgets = await makeTopic("Budgets");
  const pieces = {
    base: {
      title: "Harbours and sea lanes of the Indian Ocean",
      standfirst: "Who builds the ports shapes the routes.",
      authorIds: [amara.author!.id],
      topicIds: [shipping.id],
    },
    byTopic: {
      title: "Tariffs on container freight",
      standfirst: "A levy in the wrong place.",
      authorIds: [lucas.author!.id],
      topicIds: [shipping.id],
    },
    byAuthor: {
      title: "Rice prices after the monsoon",
      standfirst: "Farmers wait for rain.",
      authorIds: [amara.author!.id],
      topicIds: [budgets.id],
    },
    byText: {
      title: "Competing harbours on the Indian Ocean rim",
      standfirst: "Ports race for the sea lanes.",
      authorIds: [noor.author!.id],
    },
    unrelated: { title: "Electoral law reform", standfirst: "Ballots and counting.", authorIds: [noor.author!.id], topicIds: [budgets.id] },
    withdrawn: {
      title: "Indian Ocean harbours and sea lanes again",
      standfirst: "Ports.",
      authorIds: [amara.author!.id],
      topicIds: [shipping.id],
    },
  };
  for (const [name, options] of Object.entries(pieces)) {
    const published = await publishPiece(editor, options);
    slugs[name] = published.slug;
    ids[name] = published.id;
  }
  // Shares everything with the piece, but only goes live tomorrow.
  const later = await publishPiece(editor, {
    ...pieces.withdrawn,
    title: "Harbours of the Indian Ocean, scheduled",
    publishAt: new Date(Date.now() + 86_400_000),
  });
  slugs.scheduled = later.slug;
  await transition(await actorFor(editor), ids.withdrawn, "unpublish");
  // Eight publications through the workflow: slow on a busy machine.
}, 120_000);

const related = async (slug: string) => (await listRelatedPieces(slug)).map((item) => item.slug);

test("pieces sharing a topic, an author or the words are picked; not the piece itself, nor one sharing nothing", async () => {
  const picked = await related(slugs.base);
  expect(new Set(picked)).toEqual(new Set([slugs.byTopic, slugs.byAuthor, slugs.byText]));
  expect(picked).not.toContain(slugs.base);
  expect(picked).not.toContain(slugs.unrelated);
});

test("an unpublished or not yet live piece is never related, however much it shares", async () => {
  const picked = await related(slugs.byText);
  expect(picked).not.toContain(slugs.withdrawn);
  expect(picked).not.toContain(slugs.scheduled);
  expect(picked).toContain(slugs.base);
});

test("each kind of link alone is enough, and the cards carry what a listing card shows", async () => {
  // byTopic shares only the topic with base (and with withdrawn, which is not live).
  const items = await listRelatedPieces(slugs.byTopic);
  expect(items.map((i) => i.slug)).toEqual([slugs.base]);
  expect(items[0]).toMatchObject({ title: "Harbours and sea lanes of the Indian Ocean", authors: [{ displayName: "Amara Okafor" }] });
  // byAuthor: base through Amara, unrelated through the Budgets topic.
  expect(new Set(await related(slugs.byAuthor))).toEqual(new Set([slugs.base, slugs.unrelated]));
});

test("more topical matches rank above a piece that only shares the author", async () => {
  const picked = await related(slugs.base);
  expect(picked.indexOf(slugs.byTopic)).toBeLessThan(picked.indexOf(slugs.byAuthor));
});

test("a piece that is not live has no related reading", async () => {
  expect(await related(slugs.withdrawn)).toEqual([]);
  expect(await related(slugs.scheduled)).toEqual([]);
  expect(await related("no-such-piece")).toEqual([]);
});

test("the statement reads every range through an index, each under a LIMIT", async () => {
  // Tiny tables make sequential scans cheapest; forbidding them shows the plan the archive gets.
  const plan = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${relatedQuery(slugs.base)}`;
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
  expect(plan).not.toMatch(/Seq Scan/);
  // Each topic's and author's newest pieces: one range of the index their collection pages read, under a Limit.
  expect(plan).toMatch(/Limit[^\n]*\n\s*->  Index Only Scan using "PublicationTopic_topicId_publishedAt_publicationId_liveFrom_idx"/);
  expect(plan).toMatch(/Limit[^\n]*\n\s*->  Index Only Scan using "PublicationAuthor_authorId_publishedAt_publicationId_liveFr\w*"/);
  // The topic, author and text ranges, and the final pick.
  expect((plan.match(/Limit/g) ?? []).length).toBeGreaterThanOrEqual(4);
});
