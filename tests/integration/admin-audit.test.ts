// The audit log: what changes write, and who may read it, filtered by piece and person.
import { AUDIT_PAGE_SIZE, auditFilterChoices, describeDetails, listAuditEvents } from "@/lib/admin/audit-log";
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { encodeCursor } from "@/lib/platform/keyset";
import { ForbiddenError, NotSignedInError } from "@/lib/platform/errors";
import { createTopic, updateTopic } from "@/lib/admin/topics";
import { transition } from "@/lib/editorial/workflow";
import { actorFor } from "../helpers/actors";
import { makeUser, sampleBody } from "../helpers/db";

let editor: Awaited<ReturnType<typeof actorFor>>;
let writer: Awaited<ReturnType<typeof actorFor>>;
let pieceId: string;
let otherPieceId: string;

beforeAll(async () => {
  editor = await actorFor(await makeUser("editor", { name: "Edith Editor" }));
  writer = await actorFor(await makeUser("writer", { name: "Wally Writer" }));
  pieceId = (await createArticle(writer, { title: "Audited piece", body: sampleBody })).id;
  otherPieceId = (await createArticle(writer, { title: "Other piece", body: sampleBody })).id;
  await transition(writer, pieceId, "submit");
  await transition(editor, pieceId, "requestChanges", { reason: "More sources." });
  const topic = await createTopic(editor, { name: "Audit Topic" });
  await updateTopic(editor, topic.id, { name: "Audited Topic", slug: "audit-topic" });
});

test("events come newest first, with who, what and the piece", async () => {
  const { items: events, next, previous } = await listAuditEvents(editor, {});
  expect(events).toHaveLength(await db.auditEvent.count());
  expect({ next, previous }).toEqual({ next: null, previous: null });
  expect(events[0]).toMatchObject({ action: "topics.update", actor: { name: "Edith Editor" }, article: null });
  const times = events.map((e) => e.createdAt.getTime());
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  expect(describeDetails(events[0].details)).toEqual(["name: Audit Topic → Audited Topic"]);
});

test("filters by piece and by person, alone and together", async () => {
  const byPiece = await listAuditEvents(editor, { article: pieceId });
  expect(byPiece.items.map((e) => e.action).reverse()).toEqual(["articles.create", "articles.submit", "articles.requestChanges"]);
  expect(byPiece.items.every((e) => e.article?.title === "Audited piece")).toBe(true);

  const byWriter = await listAuditEvents(editor, { actor: writer.id });
  expect(new Set(byWriter.items.map((e) => e.actorId))).toEqual(new Set([writer.id]));
  expect(byWriter.items.map((e) => e.articleId)).toContain(otherPieceId);

  const both = await listAuditEvents(editor, { article: pieceId, actor: editor.id });
  expect(both.items.map((e) => e.action)).toEqual(["articles.requestChanges"]);

  // Pieces are found by words of their title, not listed: an archive's pieces do not fit a select.
  const byTitle = await listAuditEvents(editor, { q: "audited" });
  expect(new Set(byTitle.items.map((e) => e.articleId))).toEqual(new Set([pieceId]));
  const byAction = await listAuditEvents(editor, { action: "articles.submit" });
  expect(byAction.items.map((e) => e.articleId)).toEqual([pieceId]);

  const choices = await auditFilterChoices(editor, pieceId);
  expect(choices.people.map((p) => p.name)).toEqual(["Edith Editor", "Wally Writer"]);
  expect(choices.actions).toEqual(["articles.create", "articles.requestChanges", "articles.submit", "topics.create", "topics.update"]);
  expect(choices.piece?.title).toBe("Audited piece");
});

test("pages hold 50 events, by cursor; an old page number or a malformed cursor finds the first page", async () => {
  await db.auditEvent.createMany({
    data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      actorId: editor.id,
      action: "test.bulk",
      createdAt: new Date(Date.now() - 86_400_000 - i * 1000),
    })),
  });
  const total = await db.auditEvent.count();
  const first = await listAuditEvents(editor, {});
  expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
  const second = await listAuditEvents(editor, { after: encodeCursor(first.next!) });
  expect(second.items.length).toBe(total - AUDIT_PAGE_SIZE);
  expect(second.next).toBeNull();
  expect(new Set([...first.items, ...second.items].map((e) => e.id)).size).toBe(total);
  const back = await listAuditEvents(editor, { before: encodeCursor(second.previous!) });
  expect(back.items.map((e) => e.id)).toEqual(first.items.map((e) => e.id));
  for (const stale of [{ page: "2" }, { after: "abc" }, { before: "12.x y" }])
    expect((await listAuditEvents(editor, stale)).items.map((e) => e.id)).toEqual(first.items.map((e) => e.id));
});

test("a filter the page did not offer (too long, a NUL, repeated) is dropped, not a failure", async () => {
  const all = await listAuditEvents(editor, {});
  for (const bad of ["x".repeat(65), "abc\u0000def", ["a", "b"], ""]) {
    const log = await listAuditEvents(editor, { article: bad, actor: bad, action: bad });
    expect(log.filters).toEqual({ article: undefined, actor: undefined, action: undefined, q: undefined });
    expect(log.items.map((e) => e.id)).toEqual(all.items.map((e) => e.id));
  }
});

test("writers and anonymous visitors cannot read the log", async () => {
  await expect(listAuditEvents(writer, {})).rejects.toBeInstanceOf(ForbiddenError);
  await expect(listAuditEvents(null, {})).rejects.toBeInstanceOf(NotSignedInError);
  await expect(auditFilterChoices(writer)).rejects.toBeInstanceOf(ForbiddenError);
});
