// Outside reviewers without an account: a link mailed to one named person (hashed, expiring,
// revocable, deciding once), their decision in the history, the audit log and the sender's mail,
// the limit on guessing, and the requirement of an outside approval before publication.
import { createHash } from "node:crypto";
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/platform/errors";
import {
  decideReview,
  listReviewLinks,
  openReviewLink,
  revokeReviewLink,
  sendReviewLink,
  setRequireOutsideApproval,
} from "@/lib/editorial/review-links";
import { listRevisions } from "@/lib/editorial/revision-history";
import { saveArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { makeUser } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { doc, pieceAt, type User } from "../helpers/pieces";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

let sink: SmtpSink;
let editor: User;
let otherEditor: User;
let writer: User;
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

const SITE = "http://review.test";

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  await db.siteSettings.upsert({
    where: { id: 1 },
    create: { id: 1, siteName: "Meridian", organisation: "Meridian", timeZone: "UTC", baseUrl: SITE },
    update: { baseUrl: SITE },
  });
  editor = await makeUser("editor");
  otherEditor = await makeUser("editor");
  writer = await makeUser("writer");
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});

/** A piece in review by the writer. */
const inReview = (title = `Sea lanes ${Math.random().toString(36).slice(2, 7)}`) =>
  pieceAt("in_review", { writer, editor, title, body: doc("Shipping through the strait doubled.") });

/** Sends a link and reads its token from the mail the reviewer received (the only place it exists). */
async function sendAndReceive(articleId: string, email = `reviewer${Math.random().toString(36).slice(2, 7)}@example.org`) {
  const count = sink.received.length;
  const link = await sendReviewLink(await actorFor(editor), articleId, { reviewerName: "Dr Ines Moreau", reviewerEmail: email });
  await sink.waitForCount(count + 1);
  const mail = sink.received.at(-1)!;
  expect(mail.to).toEqual([email]);
  const url = new RegExp(`${SITE}/review/([A-Za-z0-9_-]{43})`).exec(mail.raw.replace(/=\r?\n/g, ""));
  if (!url) throw new Error(`No review link in the mail:\n${mail.raw}`);
  return { link, token: url[1], mail };
}

test("an editor sends a link: one recipient, mailed with a working absolute link, stored only as its SHA-256, 14 days", async () => {
  const piece = await inReview("The Strait Doubles");
  const { link, token, mail } = await sendAndReceive(piece.id, "ines@example.org");
  expect(mail.raw).toContain("Subject: Please review: The Strait Doubles");

  const row = await db.reviewLink.findUniqueOrThrow({ where: { id: link.id } });
  expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
  expect(JSON.stringify(row)).not.toContain(token);
  expect(row).toMatchObject({ reviewerName: "Dr Ines Moreau", reviewerEmail: "ines@example.org", version: piece.version });
  expect(Math.round((row.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(14);
  // The outbox keeps the mail without the secret.
  const stored = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: "ines@example.org" } } });
  expect(stored.text).not.toContain(token);
  expect(await db.auditEvent.count({ where: { articleId: piece.id, action: "articles.sendReviewLink" } })).toBe(1);

  const page = await openReviewLink(token, { ip: freshIp() });
  expect(page.state).toBe("open");
  if (page.state === "open") {
    expect(page.piece.title).toBe("The Strait Doubles");
    expect(page.piece.bodyHtml).toContain("Shipping through the strait doubled.");
  }
});

test("who may send: editors and admins; not a writer, not on someone's piece they cannot see; input checked", async () => {
  const piece = await inReview();
  const input = { reviewerName: "A. Director", reviewerEmail: "director@example.org" };
  await expect(sendReviewLink(await actorFor(writer), piece.id, input)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(sendReviewLink(await actorFor(await makeUser("writer")), piece.id, input)).rejects.toBeInstanceOf(NotFoundError);
  await expect(sendReviewLink(await actorFor(editor), piece.id, { reviewerName: "", reviewerEmail: "x@example.org" })).rejects.toThrow(
    "Give the reviewer's name.",
  );
  await expect(sendReviewLink(await actorFor(editor), piece.id, { reviewerName: "X", reviewerEmail: "not an address" })).rejects.toThrow(
    "Give the reviewer's email address.",
  );
  const admin = await makeUser("admin");
  await sendReviewLink(await actorFor(admin), piece.id, input);
  const published = await pieceAt("published", { writer, editor });
  await expect(sendReviewLink(await actorFor(editor), published.id, input)).rejects.toThrow(
    /published: review links are for a piece not yet published/,
  );
});

test("the reviewer approves: recorded once, in the history, the audit log with their name and email, and mailed to the sender", async () => {
  const piece = await inReview("Harbour Fees");
  const { link, token } = await sendAndReceive(piece.id, "moreau@example.org");
  const before = sink.received.length;
  await decideReview({ token, decision: "approved" }, { ip: freshIp() });

  const row = await db.reviewLink.findUniqueOrThrow({ where: { id: link.id } });
  expect(row.decision).toBe("approved");
  expect(row.decidedAt).not.toBeNull();
  const event = await db.auditEvent.findFirstOrThrow({ where: { articleId: piece.id, action: "reviews.approved" } });
  expect(event.actorId).toBeNull();
  expect(event.details).toMatchObject({ reviewerName: "Dr Ines Moreau", reviewerEmail: "moreau@example.org", linkId: link.id });

  await sink.waitForCount(before + 1);
  const notice = sink.received.at(-1)!;
  expect(notice.to).toEqual([editor.email]);
  const raw = notice.raw.replace(/=\r?\n/g, "");
  expect(raw).toContain("Subject: Outside review: Harbour Fees");
  expect(raw).toContain("Dr Ines Moreau (moreau@example.org) approved");
  expect(raw).toContain(`${SITE}/studio/articles/${piece.id}`);

  const history = await listRevisions(await actorFor(writer), piece.id);
  expect(history.reviews).toEqual([
    expect.objectContaining({ reviewerName: "Dr Ines Moreau", decision: "approved", version: piece.version }),
  ]);
  const list = await listReviewLinks(await actorFor(editor), piece.id);
  expect(list.links[0]).toMatchObject({ status: "approved", current: true });
  expect(list.approvedNow).toBe(true);

  // Reuse: the link decides once, and then shows the decision, not the piece.
  await expect(decideReview({ token, decision: "changes_requested", comment: "Second thoughts." }, { ip: freshIp() })).rejects.toThrow(
    "You have already given your decision on this piece.",
  );
  expect((await openReviewLink(token, { ip: freshIp() })).state).toBe("decided");
  expect((await db.reviewLink.findUniqueOrThrow({ where: { id: link.id } })).decision).toBe("approved");
});

test("asking for changes needs a comment, which reaches the history and the sender", async () => {
  const piece = await inReview("Cable Repairs");
  const { token } = await sendAndReceive(piece.id);
  await expect(decideReview({ token, decision: "changes_requested", comment: "  " }, { ip: freshIp() })).rejects.toBeInstanceOf(
    ValidationError,
  );
  const before = sink.received.length;
  await decideReview({ token, decision: "changes_requested", comment: "The second figure contradicts the table." }, { ip: freshIp() });
  await sink.waitForCount(before + 1);
  expect(sink.received.at(-1)!.raw).toContain("The second figure contradicts the table.");
  const history = await listRevisions(await actorFor(editor), piece.id);
  expect(history.reviews[0]).toMatchObject({ decision: "changes_requested", comment: "The second figure contradicts the table." });
});

test("an expired link and a revoked link open nothing and take no decision; a decided link cannot be revoked", async () => {
  const piece = await inReview();
  const expired = await sendAndReceive(piece.id);
  await db.reviewLink.update({ where: { id: expired.link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect((await openReviewLink(expired.token, { ip: freshIp() })).state).toBe("expired");
  await expect(decideReview({ token: expired.token, decision: "approved" }, { ip: freshIp() })).rejects.toThrow("has expired");

  const revoked = await sendAndReceive(piece.id);
  await revokeReviewLink(await actorFor(otherEditor), revoked.link.id);
  expect((await openReviewLink(revoked.token, { ip: freshIp() })).state).toBe("revoked");
  await expect(decideReview({ token: revoked.token, decision: "approved" }, { ip: freshIp() })).rejects.toThrow("withdrawn");
  await expect(revokeReviewLink(await actorFor(writer), revoked.link.id)).rejects.toBeInstanceOf(ForbiddenError);
  expect(await db.reviewLink.count({ where: { articleId: piece.id, decision: { not: null } } })).toBe(0);

  const decided = await sendAndReceive(piece.id);
  await decideReview({ token: decided.token, decision: "approved" }, { ip: freshIp() });
  await expect(revokeReviewLink(await actorFor(editor), decided.link.id)).rejects.toBeInstanceOf(ConflictError);
  const statuses = (await listReviewLinks(await actorFor(editor), piece.id)).links.map((l) => l.status).sort();
  expect(statuses).toEqual(["approved", "expired", "revoked"]);
});

test("a link whose piece moved on says so and takes no decision; a status change alone does not move it on", async () => {
  const piece = await inReview();
  const first = await sendAndReceive(piece.id);
  // Approving changes the status and the version, not the text.
  await transition(await actorFor(otherEditor), piece.id, "approve");
  expect((await openReviewLink(first.token, { ip: freshIp() })).state).toBe("open");

  const { version } = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  await saveArticle(await actorFor(editor), piece.id, version, { title: piece.title, body: doc("A different text altogether.") });
  expect((await openReviewLink(first.token, { ip: freshIp() })).state).toBe("moved_on");
  await expect(decideReview({ token: first.token, decision: "approved" }, { ip: freshIp() })).rejects.toThrow("The piece has changed");
  expect((await listReviewLinks(await actorFor(editor), piece.id)).links[0].current).toBe(false);
});

test("wrong tokens are counted against the address and lock it out, as preview links are", async () => {
  const piece = await inReview();
  const { token } = await sendAndReceive(piece.id);
  const ip = freshIp();
  for (let i = 0; i < 19; i++) {
    await expect(openReviewLink(`${"x".repeat(42)}${i % 10}`, { ip })).rejects.toBeInstanceOf(NotFoundError);
  }
  await expect(openReviewLink("y".repeat(43), { ip })).rejects.toBeInstanceOf(RateLimitedError);
  // Locked: even the right token waits, and so does a decision.
  await expect(openReviewLink(token, { ip })).rejects.toBeInstanceOf(RateLimitedError);
  await expect(decideReview({ token, decision: "approved" }, { ip })).rejects.toBeInstanceOf(RateLimitedError);
  // Another address is not affected.
  expect((await openReviewLink(token, { ip: freshIp() })).state).toBe("open");
});

test("requireOutsideApproval: publishing and scheduling are refused until an outside reviewer approves the current text", async () => {
  const piece = await pieceAt("approved", { writer, editor: otherEditor, body: doc("Ready for the director.") });
  await expect(setRequireOutsideApproval(await actorFor(writer), piece.id, true)).rejects.toBeInstanceOf(ForbiddenError);
  await setRequireOutsideApproval(await actorFor(editor), piece.id, true);
  const rule = /Outside approval required/;
  await expect(transition(await actorFor(editor), piece.id, "publish")).rejects.toThrow(rule);
  await expect(transition(await actorFor(editor), piece.id, "schedule", { publishAt: new Date(Date.now() + 3600_000) })).rejects.toThrow(
    rule,
  );

  // Asked for changes: still refused.
  const asked = await sendAndReceive(piece.id);
  await decideReview({ token: asked.token, decision: "changes_requested", comment: "Shorten it." }, { ip: freshIp() });
  await expect(transition(await actorFor(editor), piece.id, "publish")).rejects.toThrow(rule);

  // Approved, then the text changes: the approval no longer counts.
  const approved = await sendAndReceive(piece.id);
  await decideReview({ token: approved.token, decision: "approved" }, { ip: freshIp() });
  const { version } = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  await saveArticle(await actorFor(otherEditor), piece.id, version, { title: piece.title, body: doc("Ready for the director, again.") });
  await expect(transition(await actorFor(editor), piece.id, "publish")).rejects.toThrow(rule);

  // Approved for the current text: published.
  const again = await sendAndReceive(piece.id);
  await decideReview({ token: again.token, decision: "approved" }, { ip: freshIp() });
  await transition(await actorFor(editor), piece.id, "publish");
  expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).status).toBe("published");
  expect(await db.auditEvent.count({ where: { articleId: piece.id, action: "articles.requireOutsideApproval" } })).toBe(1);
});
