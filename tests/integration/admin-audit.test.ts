// The audit log: what changes write, and who may read it, filtered by piece and person.
import { AUDIT_PAGE_SIZE, auditFilterChoices, describeDetails, listAuditEvents } from "@/lib/admin/audit-log";
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
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
  const { events, total, page, pageCount } = await listAuditEvents(editor, {});
  expect(total).toBe(await db.auditEvent.count());
  expect({ page, pageCount }).toEqual({ page: 1, pageCount: 1 });
  expect(events[0]).toMatchObject({ action: "topics.update", actor: { name: "Edith Editor" }, article: null });
  const times = events.map((e) => e.createdAt.getTime());
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  expect(describeDetails(events[0].details)).toEqual(["name: Audit Topic → Audited Topic"]);
});

test("filters by piece and by person, alone and together", async () => {
  const byPiece = await listAuditEvents(editor, { article: pieceId });
  expect(byPiece.events.map((e) => e.action).reverse()).toEqual(["articles.create", "articles.submit", "articles.requestChanges"]);
  expect(byPiece.events.every((e) => e.article?.title === "Audited piece")).toBe(true);

  const byWriter = await listAuditEvents(editor, { actor: writer.id });
  expect(new Set(byWriter.events.map((e) => e.actorId))).toEqual(new Set([writer.id]));
  expect(byWriter.events.map((e) => e.articleId)).toContain(otherPieceId);

  const both = await listAuditEvents(editor, { article: pieceId, actor: editor.id });
  expect(both.events.map((e) => e.action)).toEqual(["articles.requestChanges"]);

  const choices = await auditFilterChoices(editor);
  expect(choices.pieces.map((p) => p.title)).toEqual(["Audited piece", "Other piece"]);
  expect(choices.people.map((p) => p.name)).toEqual(["Edith Editor", "Wally Writer"]);
});

test("pages hold 50 events; a page number out of range or malformed is handled", async () => {
  await db.auditEvent.createMany({
    data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      actorId: editor.id,
      action: "test.bulk",
      createdAt: new Date(Date.now() - 86_400_000 - i * 1000),
    })),
  });
  const first = await listAuditEvents(editor, { page: "1" });
  const second = await listAuditEvents(editor, { page: "2" });
  expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
  expect(second.pageCount).toBe(2);
  expect(second.events.length).toBe(first.total - AUDIT_PAGE_SIZE);
  expect(new Set([...first.events, ...second.events].map((e) => e.id)).size).toBe(first.total);
  expect((await listAuditEvents(editor, { page: "abc" })).page).toBe(1);
});

test("a filter the page did not offer (too long, a NUL, repeated) is dropped, not a failure", async () => {
  const all = await listAuditEvents(editor, {});
  for (const bad of ["x".repeat(65), "abc\u0000def", ["a", "b"], ""]) {
    const log = await listAuditEvents(editor, { article: bad, actor: bad });
    expect(log.filters).toEqual({ article: undefined, actor: undefined });
    expect(log.total).toBe(all.total);
  }
  expect((await listAuditEvents(editor, { page: "1e30" })).page).toBe(1);
});

test("writers and anonymous visitors cannot read the log", async () => {
  await expect(listAuditEvents(writer, {})).rejects.toBeInstanceOf(ForbiddenError);
  await expect(listAuditEvents(null, {})).rejects.toBeInstanceOf(NotSignedInError);
  await expect(auditFilterChoices(writer)).rejects.toBeInstanceOf(ForbiddenError);
});
