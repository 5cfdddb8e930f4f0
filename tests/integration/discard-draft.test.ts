// A writer discarding their own draft: what goes, what the audit log keeps, and what stays archive-only.
import { createArticle, saveArticle } from "@/lib/editorial/working-copy";
import { discardDraft } from "@/lib/editorial/discard";
import { getEditingStatus } from "@/lib/editorial/editing-status";
import { addEditorialComment } from "@/lib/editorial/comments";
import { transition } from "@/lib/editorial/workflow";
import { db } from "@/lib/platform/db";
import { ForbiddenError, NotFoundError } from "@/lib/platform/errors";
import { makeUser, sampleBody } from "../helpers/db";
import { actorFor as actor } from "../helpers/actors";

let writer: Awaited<ReturnType<typeof makeUser>>;
let coauthor: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer");
  coauthor = await makeUser("writer");
  editor = await makeUser("editor");
});

const draft = async () =>
  createArticle(await actor(writer), {
    title: `Draft ${Math.random()}`,
    body: sampleBody,
    authorIds: [coauthor.author!.id],
  });

test("the writer discards a draft they never submitted: it, its revisions and comments go; the audit log names it", async () => {
  const piece = await draft();
  await addEditorialComment(await actor(writer), piece.id, { body: "Note to self." });
  expect((await getEditingStatus(await actor(writer), piece.id)).mayDiscard).toBe(true);

  await expect(discardDraft(await actor(writer), piece.id)).resolves.toEqual({ title: piece.title });

  expect(await db.article.findUnique({ where: { id: piece.id } })).toBeNull();
  expect(await db.revision.count({ where: { articleId: piece.id } })).toBe(0);
  expect(await db.editorialComment.count({ where: { articleId: piece.id } })).toBe(0);
  const event = await db.auditEvent.findFirstOrThrow({ where: { action: "articles.discard", subject: `article:${piece.id}` } });
  expect(event.actorId).toBe(writer.id);
  expect(event.details).toEqual({ title: piece.title, slug: piece.slug });
});

test("a co-author, an editor and another writer may not discard it; nothing is deleted", async () => {
  const piece = await draft();
  await expect(discardDraft(await actor(coauthor), piece.id)).rejects.toThrow(ForbiddenError);
  await expect(discardDraft(await actor(editor), piece.id)).rejects.toThrow(ForbiddenError);
  await expect(discardDraft(await actor(await makeUser("writer")), piece.id)).rejects.toThrow(NotFoundError);
  expect(await db.article.count({ where: { id: piece.id } })).toBe(1);
  expect((await getEditingStatus(await actor(coauthor), piece.id)).mayDiscard).toBe(false);
});

test("once submitted, a draft stays in the record even after it is withdrawn", async () => {
  const piece = await draft();
  await transition(await actor(writer), piece.id, "submit");
  await expect(discardDraft(await actor(writer), piece.id)).rejects.toThrow(ForbiddenError);
  await transition(await actor(writer), piece.id, "withdraw");
  await expect(discardDraft(await actor(writer), piece.id)).rejects.toThrow(/archive it instead/);
  expect(await db.article.count({ where: { id: piece.id } })).toBe(1);
});

test("the edit page's status carries the editor's latest reason while the piece is returned", async () => {
  const piece = await draft();
  await transition(await actor(writer), piece.id, "submit");
  await transition(await actor(editor), piece.id, "requestChanges", { reason: "First reason." });
  await transition(await actor(writer), piece.id, "submit");
  await transition(await actor(editor), piece.id, "requestChanges", { reason: "The second paragraph needs a source." });
  const status = await getEditingStatus(await actor(writer), piece.id);
  expect(status.status).toBe("changes_requested");
  expect(status.lastRequest?.reason).toBe("The second paragraph needs a source.");
  expect(status.lastRequest?.user?.name).toBe(editor.name);
  expect(status.mayDiscard).toBe(false);

  const saved = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  await saveArticle(await actor(writer), piece.id, saved.version, {
    title: saved.title,
    body: sampleBody,
    authorIds: [writer.author!.id, coauthor.author!.id],
  });
  await transition(await actor(writer), piece.id, "submit");
  expect((await getEditingStatus(await actor(writer), piece.id)).lastRequest).toBeNull();
});
