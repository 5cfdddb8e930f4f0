// Which public cache tags a piece carries, and that the workflow expires them after the
// transitions that change what the public sees (and only those).
import { db } from "@/lib/platform/db";
import { publicTags, refreshPublic, tagsForArticle, tagsForPiece } from "@/lib/reader/cache";
import { transition } from "@/lib/editorial/workflow";
import { makeUser } from "../helpers/db";
import { expiredTags } from "../helpers/next-cache";
import { actorFor } from "../helpers/actors";
import { pieceAt, type User } from "../helpers/pieces";

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

test("a piece's tags name it, its division, series, disclaimer, authors and topics", () => {
  expect(
    tagsForPiece({ slug: "the-slug", divisionId: "d1", seriesId: "s1", disclaimerId: "x1", authorIds: ["a1", "a2"], topicIds: ["t1"] }),
  ).toEqual(["publications", "publication:the-slug", "division:d1", "series:s1", "disclaimer:x1", "author:a1", "author:a2", "topic:t1"]);
  expect(tagsForPiece({ slug: "bare", divisionId: null, seriesId: null, disclaimerId: null, authorIds: [], topicIds: [] })).toEqual([
    "publications",
    "publication:bare",
  ]);
  expect(publicTags.topic("t9")).toBe("topic:t9");
});

test("an article's tags cover both its live copy and its working copy, which may differ", async () => {
  const piece = await pieceAt("published", { writer, editor, title: "Old slug piece" });
  const topic = await db.topic.create({ data: { slug: "new-topic", name: "New topic" } });
  await db.article.update({ where: { id: piece.id }, data: { slug: "renamed-piece", topics: { create: { topicId: topic.id } } } });
  const tags = await tagsForArticle(piece.id);
  expect(tags).toEqual(
    expect.arrayContaining([
      "publications",
      `publication:${piece.slug}`,
      "publication:renamed-piece",
      `author:${writer.author!.id}`,
      `topic:${topic.id}`,
    ]),
  );
  expect(new Set(tags).size).toBe(tags.length);
});

test("publishing, scheduling, unpublishing and archiving expire the piece's pages at once; other transitions do not", async () => {
  const w = await actorFor(writer);
  const e = await actorFor(editor);
  const piece = await pieceAt("draft", { writer, editor, title: "Tagged piece" });
  const own = [`publication:${piece.slug}`, "publications", `author:${writer.author!.id}`];

  await transition(w, piece.id, "submit");
  await transition(e, piece.id, "approve");
  expect(expired()).toEqual([]);

  await transition(e, piece.id, "schedule", { publishAt: new Date(Date.now() + 3600_000) });
  expect(expired()).toEqual(expect.arrayContaining(own));
  // Expired, not stale-while-revalidate: the next request must not see the old page.
  expect(expiredTags.every((t) => JSON.stringify(t.profile) === JSON.stringify({ expire: 0 }))).toBe(true);

  for (const name of ["publish", "unpublish", "archive"] as const) {
    expiredTags.length = 0;
    await transition(e, piece.id, name);
    expect(expired()).toEqual(expect.arrayContaining(own));
  }
});

test("a refused transition expires nothing", async () => {
  const piece = await pieceAt("draft", { writer, editor });
  await expect(transition(await actorFor(editor), piece.id, "publish")).rejects.toThrow();
  expect(expired()).toEqual([]);
});

test("a change to an author, division, series or topic also refreshes the listings that show it", () => {
  refreshPublic(["author:a1"]);
  expect(expired().sort()).toEqual(["author:a1", "listings"]);
  expiredTags.length = 0;
  refreshPublic(["disclaimer:x1", "publication:p"]);
  expect(expired().sort()).toEqual(["disclaimer:x1", "publication:p"]);
});
