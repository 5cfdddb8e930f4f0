// History: listing revisions, comparing two (word-level, with metadata by name), and
// restoring one as a new revision through the optimistic-locked save.
import { createArticle, saveArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError } from "@/lib/platform/errors";
import { compareRevisions } from "@/lib/editorial/revision-diff";
import { listRevisions, restoreRevision } from "@/lib/editorial/revision-history";
import { transition } from "@/lib/editorial/workflow";
import { makeUser } from "../helpers/db";
import { actorFor as actor } from "../helpers/actors";

let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

const doc = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  otherWriter = await makeUser("writer");
  editor = await makeUser("editor", { name: "Eddie Editor" });
});

/** Revision 1 (create) and revision 2 (a save changing one word, a paragraph, a topic and the division). */
async function twoRevisions() {
  const w = await actor(writer);
  const topic = await db.topic.create({ data: { slug: `t-${Math.random()}`.replace(".", ""), name: `Trade ${Math.random()}` } });
  const division = await db.division.create({ data: { slug: `d-${Math.random()}`.replace(".", ""), name: `Economics ${Math.random()}` } });
  const piece = await createArticle(w, {
    title: "Rates will rise",
    standfirst: "A short summary.",
    body: doc("The bank acted quickly.", "Markets followed."),
  });
  const saved = await saveArticle(w, piece.id, piece.version, {
    title: "Rates will fall",
    standfirst: "A short summary.",
    body: doc("The bank acted quickly.", "Markets followed.", "Then came the winter."),
    topicIds: [topic.id],
    divisionId: division.id,
  });
  return { piece: saved, topic, division };
}

test("the history lists every revision, newest first, with its kind and who made it", async () => {
  const { piece } = await twoRevisions();
  await transition(await actor(writer), piece.id, "submit");
  await transition(await actor(editor), piece.id, "requestChanges", { reason: "Cite the bank's statement." });
  const { revisions } = await listRevisions(await actor(writer), piece.id);
  expect(revisions.map((r) => [r.number, r.kind, r.user?.name, r.reason])).toEqual([
    [4, "requestChanges", "Eddie Editor", "Cite the bank's statement."],
    [3, "submit", "Wendy Writer", null],
    [2, "save", "Wendy Writer", null],
    [1, "create", "Wendy Writer", null],
  ]);
});

test("a changed word shows as one deletion and one insertion; unchanged fields are marked unchanged", async () => {
  const { piece } = await twoRevisions();
  const diff = await compareRevisions(await actor(editor), piece.id, 1, 2);
  const title = diff.text.find((f) => f.label === "Title")!;
  expect(title.changed).toBe(true);
  expect(title.level).toBe("words");
  expect(title.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(["rise"]);
  expect(title.parts.filter((p) => p.added).map((p) => p.value)).toEqual(["fall"]);
  expect(diff.text.find((f) => f.label === "Standfirst")!.changed).toBe(false);

  const body = diff.text.find((f) => f.label === "Body")!;
  expect(body.level).toBe("words");
  expect(body.parts.filter((p) => p.removed)).toEqual([]);
  // The added paragraph keeps its own break.
  expect(
    body.parts
      .filter((p) => p.added)
      .map((p) => p.value)
      .join(""),
  ).toContain("Then came the winter.");
  expect(body.parts.map((p) => p.value).join("")).toBe("The bank acted quickly.\n\nMarkets followed.\n\nThen came the winter.");
});

/** Paragraphs of about `bytes` of JSON in all, of words (`alpha1`, `alpha2`, ...) that no other text shares. */
function unrelatedBody(word: string, bytes: number) {
  const paragraphs: string[] = [];
  for (let size = 30, n = 0; size < bytes - 1_000; size += paragraphs.at(-1)!.length + 60) {
    paragraphs.push(Array.from({ length: 100 }, () => `${word}${n++}`).join(" "));
  }
  return paragraphs;
}

test("two unrelated large revisions compare in bounded work: the body is shown whole and says so, the title still word by word", async () => {
  // Issue 18: the word diff of 96 KB against 96 KB of different words held the server for 30 s.
  const w = await actor(writer);
  const first = unrelatedBody("alpha", 96_000);
  const second = unrelatedBody("omega", 990_000);
  const piece = await createArticle(w, { title: "Rates will rise", body: doc(...first) });
  await saveArticle(w, piece.id, piece.version, { title: "Rates will fall", body: doc(...second) });

  const diff = await compareRevisions(await actor(editor), piece.id, 1, 2);
  const body = diff.text.find((f) => f.label === "Body")!;
  expect({ changed: body.changed, level: body.level }).toEqual({ changed: true, level: "whole" });
  expect(body.parts).toEqual([
    { value: first.join("\n\n"), added: false, removed: true },
    { value: second.join("\n\n"), added: true, removed: false },
  ]);
  const title = diff.text.find((f) => f.label === "Title")!;
  expect(title.level).toBe("words");
  expect(title.parts.filter((p) => p.added || p.removed).map((p) => p.value)).toEqual(["rise", "fall"]);
});

test("metadata changes are listed by name", async () => {
  const { piece, topic, division } = await twoRevisions();
  const diff = await compareRevisions(await actor(writer), piece.id, 1, 2);
  const changed = Object.fromEntries(diff.meta.filter((m) => m.changed).map((m) => [m.label, m.parts]));
  expect(Object.keys(changed).sort()).toEqual(["Division", "Topics"]);
  expect(changed.Topics.find((p) => p.added)?.value).toContain(topic.name);
  expect(changed.Division.find((p) => p.removed)?.value).toBe("none");
  expect(changed.Division.find((p) => p.added)?.value).toContain(division.name);
});

test("comparing refuses an unknown revision, another writer's piece and anonymous callers", async () => {
  const { piece } = await twoRevisions();
  await expect(compareRevisions(await actor(editor), piece.id, 1, 9)).rejects.toThrow("This piece has no revision 9.");
  await expect(compareRevisions(await actor(otherWriter), piece.id, 1, 2)).rejects.toBeInstanceOf(NotFoundError);
  await expect(compareRevisions(null, piece.id, 1, 2)).rejects.toBeInstanceOf(NotSignedInError);
  await expect(listRevisions(await actor(otherWriter), piece.id)).rejects.toBeInstanceOf(NotFoundError);
});

test("restoring writes the old content as a new revision, audited, and leaves history alone", async () => {
  const { piece } = await twoRevisions();
  expect((await restoreRevision(await actor(editor), piece.id, 1, piece.version)).version).toBe(3);
  // The save returns only what the editor needs back; the working copy is read as stored.
  const restored = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  expect(restored.version).toBe(3);
  expect(restored.title).toBe("Rates will rise");
  expect(restored.divisionId).toBeNull();
  expect(await db.articleTopic.count({ where: { articleId: piece.id } })).toBe(0);

  const revisions = await db.revision.findMany({ where: { articleId: piece.id }, orderBy: { number: "asc" } });
  expect(revisions.map((r) => r.kind)).toEqual(["create", "save", "restore"]);
  expect(revisions[2].reason).toBe("Restored from revision 1.");
  const [first, , latest] = revisions;
  expect({ title: latest.title, standfirst: latest.standfirst, body: latest.body, meta: latest.meta }).toEqual({
    title: first.title,
    standfirst: first.standfirst,
    body: first.body,
    meta: first.meta,
  });
  expect(revisions[1].title).toBe("Rates will fall");
  const audit = await db.auditEvent.findFirstOrThrow({ where: { articleId: piece.id, action: "articles.restoreRevision" } });
  expect([audit.actorId, audit.details]).toEqual([editor.id, { revision: 1 }]);
});

test("restoring from a stale version is a conflict and changes nothing", async () => {
  const { piece } = await twoRevisions();
  await expect(restoreRevision(await actor(editor), piece.id, 1, piece.version - 1)).rejects.toBeInstanceOf(ConflictError);
  const after = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  expect([after.version, after.title]).toEqual([2, "Rates will fall"]);
  expect(await db.revision.count({ where: { articleId: piece.id } })).toBe(2);
});

test("writers cannot restore, and nobody can restore a piece that is not editable", async () => {
  const { piece } = await twoRevisions();
  await expect(restoreRevision(await actor(writer), piece.id, 1, piece.version)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(restoreRevision(await actor(otherWriter), piece.id, 1, piece.version)).rejects.toBeInstanceOf(NotFoundError);
  await expect(restoreRevision(null, piece.id, 1, piece.version)).rejects.toBeInstanceOf(NotSignedInError);
  const e = await actor(editor);
  await transition(e, piece.id, "submit");
  // Four-eyes: another editor approves what this one submitted.
  await transition(await actor(await makeUser("editor")), piece.id, "approve");
  const live = await transition(e, piece.id, "publish");
  await expect(restoreRevision(e, piece.id, 1, live.version)).rejects.toThrow("This piece is published; you cannot edit it now.");
});
