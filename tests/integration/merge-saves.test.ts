// Two people saving the same piece from the same version (issue 20, part 6): when they changed
// different parts, the later save is merged with the earlier against the revision both started
// from and saved as the next version, recorded as a merge; when they changed the same part it
// is refused with the parts named, and nothing changes.
import type { JSONContent } from "@tiptap/core";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { PUT } from "@/app/api/articles/[id]/route";
import { saveArticleAction } from "@/lib/actions/articles";
import { createSession } from "@/lib/accounts/sessions";
import { createArticle, getArticleForEditing, getCurrentVersion, saveArticle } from "@/lib/editorial/working-copy";
import { restoreRevision } from "@/lib/editorial/revision-history";
import { authSecret } from "@/lib/platform/env";
import { db } from "@/lib/platform/db";
import { ConflictError } from "@/lib/platform/errors";
import { actorFor } from "../helpers/actors";
import { makeTopic, makeUser } from "../helpers/db";
import { setRequest } from "../helpers/next-headers";

const p = (t: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text: t }] });
const doc = (...texts: string[]): JSONContent => ({ type: "doc", content: texts.map(p) });
const paragraphs = (body: JSONContent) => (body.content ?? []).map((block) => block.content?.[0]?.text);

const ORIGINAL = ["Ports move last.", "Insurers move first.", "Fuel makers wait.", "Shipowners hedge."];

let writer: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
});

/** A draft of the writer's at version 1, and the editor's save of it from version 1 (now version 2). */
async function editedByEditor(theirs: { title?: string; body: JSONContent }) {
  const w = await actorFor(writer);
  const e = await actorFor(editor);
  const piece = await createArticle(w, { title: "Corridors", standfirst: "Who moves first.", body: doc(...ORIGINAL) });
  const start = { title: "Corridors", standfirst: "Who moves first.", authorIds: [writer.author!.id] };
  await saveArticle(e, piece.id, 1, { ...start, ...theirs });
  return { piece, w, e, start };
}

describe("a stale save that changed other parts", () => {
  test("different paragraphs: merged and saved as the next version, with both changes", async () => {
    const { piece, w, start } = await editedByEditor({ body: doc("Ports move last, said the editor.", ...ORIGINAL.slice(1)) });

    const saved = await saveArticle(w, piece.id, 1, {
      ...start,
      body: doc(...ORIGINAL.slice(0, 2), "Fuel makers wait, said the writer.", ORIGINAL[3]),
    });
    expect(saved.version).toBe(3);
    expect(saved.merged && paragraphs(saved.merged.body)).toEqual([
      "Ports move last, said the editor.",
      "Insurers move first.",
      "Fuel makers wait, said the writer.",
      "Shipowners hedge.",
    ]);

    const stored = await getArticleForEditing(w, piece.id);
    expect(stored.version).toBe(3);
    expect(paragraphs(stored.body)).toEqual(paragraphs(saved.merged!.body));
    expect(saved.merged).toEqual(stored);

    const revisions = await db.revision.findMany({ where: { articleId: piece.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.kind, r.reason, r.userId])).toEqual([
      [1, "create", null, writer.id],
      [2, "save", null, editor.id],
      [3, "merge", "Changes made from version 1, merged with version 2.", writer.id],
    ]);
  });

  test("the title on one side and the body and topics on the other: merged", async () => {
    const topic = await makeTopic("Shipping");
    const { piece, w, start } = await editedByEditor({ body: doc(...ORIGINAL.slice(0, 3)) });
    await db.articleTopic.create({ data: { articleId: piece.id, topicId: topic.id } });

    const saved = await saveArticle(w, piece.id, 1, { ...start, title: "Green corridors", body: doc(...ORIGINAL) });
    expect(saved.version).toBe(3);
    const stored = await getArticleForEditing(w, piece.id);
    expect(stored.title).toBe("Green corridors");
    expect(paragraphs(stored.body)).toEqual(ORIGINAL.slice(0, 3));
    // Topics were not in the writer's save's changes (none before, none in the save): the working copy's stay.
    expect(stored.topicIds).toEqual([topic.id]);
  });

  test("a merge that races another save stays correct: the version check holds, and the next merge takes it in", async () => {
    const { piece, w, e, start } = await editedByEditor({ body: doc("One, editor.", ...ORIGINAL.slice(1)) });
    const results = await Promise.allSettled([
      saveArticle(w, piece.id, 1, { ...start, body: doc(...ORIGINAL.slice(0, 2), "Three, writer.", ORIGINAL[3]) }),
      saveArticle(e, piece.id, 2, { ...start, body: doc("One, editor.", ...ORIGINAL.slice(1, 3), "Four, editor.") }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const stored = await getArticleForEditing(w, piece.id);
    expect(stored.version).toBe(4);
    expect(paragraphs(stored.body)).toEqual(["One, editor.", "Insurers move first.", "Three, writer.", "Four, editor."]);
    const numbers = await db.revision.findMany({ where: { articleId: piece.id }, select: { number: true } });
    expect(numbers.map((r) => r.number).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe("a stale save that changed the same part", () => {
  test("the same paragraph: 409 naming it, and nothing changes", async () => {
    const { piece, w, start } = await editedByEditor({
      body: doc(...ORIGINAL.slice(0, 1), "Insurers move first, editor.", ...ORIGINAL.slice(2)),
    });
    const before = await getArticleForEditing(w, piece.id);

    const error = await saveArticle(w, piece.id, 1, {
      ...start,
      body: doc("Ports move last, writer.", "Insurers move first, writer.", ...ORIGINAL.slice(2)),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(
      "Someone else saved this piece since you opened it (your copy is version 1, the saved one is version 2). You both changed paragraph 2.",
    );
    expect(await getArticleForEditing(w, piece.id)).toEqual(before);
    expect(await db.revision.count({ where: { articleId: piece.id } })).toBe(2);
  });

  test("the title: 409 naming it", async () => {
    const { piece, w, start } = await editedByEditor({ title: "Editor's title", body: doc(...ORIGINAL) });
    await expect(saveArticle(w, piece.id, 1, { ...start, title: "Writer's title", body: doc(...ORIGINAL) })).rejects.toThrow(
      "You both changed the title.",
    );
  });

  test("without the base revision there is nothing to merge against: 409 as before", async () => {
    const { piece, w, start } = await editedByEditor({ body: doc("One, editor.", ...ORIGINAL.slice(1)) });
    await db.revision.delete({ where: { articleId_number: { articleId: piece.id, number: 1 } } });
    await expect(saveArticle(w, piece.id, 1, { ...start, body: doc(...ORIGINAL.slice(0, 3), "Four, writer.") })).rejects.toThrow(
      /^Someone else saved this piece since you opened it \(your copy is version 1, the saved one is version 2\)\.$/,
    );
    expect((await getArticleForEditing(w, piece.id)).version).toBe(2);
  });

  test("a restore is never merged: restoring from a stale version is refused", async () => {
    const { piece, e } = await editedByEditor({ body: doc("One, editor.", ...ORIGINAL.slice(1)) });
    await expect(restoreRevision(e, piece.id, 1, 1)).rejects.toBeInstanceOf(ConflictError);
    expect((await getArticleForEditing(e, piece.id)).version).toBe(2);
  });
});

describe("the conflict view's read", () => {
  test("gives the saved version and the base revision both started from", async () => {
    const { piece, w } = await editedByEditor({ body: doc("One, editor.", ...ORIGINAL.slice(1)) });
    const current = await getCurrentVersion(w, piece.id, 1);
    expect(current.version).toBe(2);
    expect(current.base && paragraphs(current.base.body)).toEqual(ORIGINAL);
    expect(current.base?.authorIds).toEqual([writer.author!.id]);
    expect((await getCurrentVersion(w, piece.id, 9)).base).toBeNull();
  });
});

describe("what the editor receives", () => {
  const ORIGIN = "http://studio.test";
  beforeEach(async () => {
    const cookie = await encode({ token: { sid: (await createSession(writer.id)).id }, secret: authSecret() });
    setRequest({ cookies: { "next-auth.session-token": cookie }, headers: { host: "studio.test", origin: ORIGIN } });
  });

  test("the save action answers a merge with merged: true and the merged piece", async () => {
    const { piece, start } = await editedByEditor({ body: doc("One, editor.", ...ORIGINAL.slice(1)) });
    const result = await saveArticleAction({
      id: piece.id,
      baseVersion: 1,
      article: { ...start, body: doc(...ORIGINAL.slice(0, 3), "Four, writer.") },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ id: piece.id, slug: piece.slug, version: 3, merged: true });
    expect(result.data.merged && paragraphs(result.data.article.body)).toEqual(["One, editor.", ...ORIGINAL.slice(1, 3), "Four, writer."]);
    expect(result.data.merged && result.data.article.version).toBe(3);

    // A save that crossed nobody's answers as it always did.
    const plain = await saveArticleAction({ id: piece.id, baseVersion: 3, article: { ...start, body: doc("Only mine.") } });
    expect(plain.ok && Object.keys(plain.data).sort()).toEqual(["id", "savedAt", "slug", "version"]);
  });

  test("the keepalive route answers a merge the same way", async () => {
    const { piece, start } = await editedByEditor({ body: doc("One, editor.", ...ORIGINAL.slice(1)) });
    const request = new NextRequest(`${ORIGIN}/api/articles/${piece.id}`, {
      method: "PUT",
      body: JSON.stringify({ baseVersion: 1, article: { ...start, body: doc(...ORIGINAL.slice(0, 3), "Four, writer.") } }),
      headers: { host: "studio.test", origin: ORIGIN, "content-type": "application/json" },
    });
    const response = await PUT(request, { params: Promise.resolve({ id: piece.id }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { version: number; merged: boolean; article: { body: JSONContent; version: number } };
    expect(body).toMatchObject({ version: 3, merged: true, article: { version: 3 } });
    expect(paragraphs(body.article.body)).toEqual(["One, editor.", ...ORIGINAL.slice(1, 3), "Four, writer."]);
  });
});
