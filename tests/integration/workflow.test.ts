// Every transition, its refusals, and what it writes: revision, audit event, notification
// and the public version, all in one transaction.
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/platform/errors";
import { getLivePublication } from "@/lib/reader/publications";
import { listLivePublications } from "@/lib/reader/listings";
import { scheduleAtSiteTime, transition, transitions, type TransitionName } from "@/lib/editorial/workflow";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { makeUser, sampleBody } from "../helpers/db";
import { actorFor as actor } from "../helpers/actors";

let writer: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
});

async function pieceIn(status: ArticleStatus) {
  const piece = await createArticle(await actor(writer), { title: `A piece ${Math.random()}`, body: sampleBody });
  await db.article.update({
    where: { id: piece.id },
    data: {
      status,
      scheduledAt: status === "scheduled" ? new Date(Date.now() + 3600_000) : null,
      publishedAt: status === "published" ? new Date() : null,
    },
  });
  return piece.id;
}

test("a writer's piece goes from draft to published, with a revision, an audit event and emails at each step", async () => {
  const w = await actor(writer);
  const e = await actor(editor);
  const id = await pieceIn("draft");

  await transition(w, id, "submit");
  await transition(e, id, "requestChanges", { reason: "Source the second paragraph." });
  await transition(w, id, "submit");
  await transition(e, id, "approve");
  const published = await transition(e, id, "publish");

  expect(published.status).toBe("published");
  expect(published.publishedAt).not.toBeNull();
  const revisions = await db.revision.findMany({ where: { articleId: id }, orderBy: { number: "asc" } });
  expect(revisions.map((r) => r.kind)).toEqual(["create", "submit", "requestChanges", "submit", "approve", "publish"]);
  expect(revisions[2].reason).toBe("Source the second paragraph.");
  const audit = await db.auditEvent.findMany({
    where: { articleId: id, action: { not: "articles.create" } },
    orderBy: { createdAt: "asc" },
  });
  expect(audit.map((a) => [a.action, a.actorId])).toEqual([
    ["articles.submit", writer.id],
    ["articles.requestChanges", editor.id],
    ["articles.submit", writer.id],
    ["articles.approve", editor.id],
    ["articles.publish", editor.id],
  ]);

  const mail = await db.outgoingEmail.findMany({
    orderBy: { createdAt: "asc" },
    where: { text: { contains: (await db.article.findUniqueOrThrow({ where: { id } })).title } },
  });
  expect(mail.map((m) => [m.subject.split(":")[0], m.to])).toEqual([
    ["Submitted for review", [editor.email]],
    ["Changes requested", [writer.email]],
    ["Submitted for review", [editor.email]],
    ["Approved", [writer.email]],
    ["Published", [writer.email]],
  ]);
  expect(mail[1].text).toContain("Source the second paragraph.");

  const live = await getLivePublication(published.slug);
  expect(live?.title).toBe(published.title);
});

test("an illegal transition is refused with a message naming the current state, and nothing changes", async () => {
  const e = await actor(editor);
  const id = await pieceIn("draft");
  await expect(transition(e, id, "publish")).rejects.toThrow("This piece is draft, so it cannot be published now.");
  await expect(transition(e, id, "approve")).rejects.toBeInstanceOf(ConflictError);
  const after = await db.article.findUniqueOrThrow({ where: { id } });
  expect(after.status).toBe("draft");
  expect(await db.revision.count({ where: { articleId: id } })).toBe(1);
});

test.each(Object.entries(transitions) as [TransitionName, (typeof transitions)[TransitionName]][])(
  "%s is refused from every state it does not start from",
  async (name, rule) => {
    const e = await actor(editor);
    const all: ArticleStatus[] = [
      "draft",
      "in_review",
      "changes_requested",
      "approved",
      "scheduled",
      "published",
      "unpublished",
      "archived",
    ];
    for (const status of all.filter((s) => !rule.from.includes(s))) {
      const id = await pieceIn(status);
      await expect(transition(e, id, name, { reason: "r", publishAt: new Date(Date.now() + 60_000) })).rejects.toThrow(
        `This piece is ${status.replace(/_/g, " ")}, so it cannot be ${rule.done} now.`,
      );
    }
  },
);

test("requesting changes needs a reason", async () => {
  const id = await pieceIn("in_review");
  await expect(transition(await actor(editor), id, "requestChanges", { reason: "  " })).rejects.toBeInstanceOf(ValidationError);
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");
});

test("a writer can submit and withdraw, but never approve or publish", async () => {
  const w = await actor(writer);
  const id = await pieceIn("draft");
  await transition(w, id, "submit");
  await expect(transition(w, id, "approve")).rejects.toBeInstanceOf(ForbiddenError);
  await transition(w, id, "withdraw");
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
});

test("a scheduled piece is invisible before its time and visible after it, with no job runner", async () => {
  const e = await actor(editor);
  const id = await pieceIn("approved");
  const soon = new Date(Date.now() + 1500);
  await expect(transition(e, id, "schedule", { publishAt: new Date(Date.now() - 1000) })).rejects.toThrow(
    "Choose a publication time in the future.",
  );
  const scheduled = await transition(e, id, "schedule", { publishAt: soon });
  expect(scheduled.status).toBe("scheduled");
  expect(await getLivePublication(scheduled.slug)).toBeNull();
  expect((await listLivePublications()).items.map((i) => i.slug)).not.toContain(scheduled.slug);
  await new Promise((r) => setTimeout(r, 1700));
  expect((await getLivePublication(scheduled.slug))?.title).toBe(scheduled.title);
});

test("a publication time beyond the horizon (9999-12-31) is refused, naming it, and the piece stays approved", async () => {
  const e = await actor(editor);
  const id = await pieceIn("approved");
  const refused = "Choose a publication time at most 5 years ahead.";
  await expect(scheduleAtSiteTime(e, id, "9999-12-31T00:00")).rejects.toThrow(new ValidationError(refused, { publishAt: [refused] }));
  const sixYears = new Date(Date.now() + 6 * 365 * 86_400_000);
  await expect(transition(e, id, "schedule", { publishAt: sixYears })).rejects.toThrow(refused);
  expect(await db.article.findUniqueOrThrow({ where: { id }, select: { status: true, scheduledAt: true } })).toEqual({
    status: "approved",
    scheduledAt: null,
  });
  const fourYears = new Date(Date.now() + 4 * 365 * 86_400_000);
  expect((await transition(e, id, "schedule", { publishAt: fourYears })).status).toBe("scheduled");
});

test("unpublishing removes the piece from public reads at once", async () => {
  const e = await actor(editor);
  const id = await pieceIn("approved");
  const published = await transition(e, id, "publish");
  expect(await getLivePublication(published.slug)).not.toBeNull();
  await transition(e, id, "unpublish");
  expect(await getLivePublication(published.slug)).toBeNull();
});

test("two editors approving at once: one succeeds, the other is told the status changed", async () => {
  const id = await pieceIn("in_review");
  const [a, b] = await Promise.allSettled([transition(await actor(editor), id, "approve"), transition(await actor(editor), id, "approve")]);
  const outcomes = [a.status, b.status].sort();
  expect(outcomes).toEqual(["fulfilled", "rejected"]);
  expect(await db.auditEvent.count({ where: { articleId: id, action: "articles.approve" } })).toBe(1);
});
