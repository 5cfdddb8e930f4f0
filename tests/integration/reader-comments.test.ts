// Readers' comments: stored for moderation, shown only once approved, never with the email;
// honeypot, length and rate limits; moderation only by editors and admins, each audited.
import { db } from "@/lib/platform/db";
import { ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError, ValidationError } from "@/lib/platform/errors";
import {
  COMMENT_THANKS,
  commentInput,
  hashIp,
  listApprovedComments,
  listCommentsForModeration,
  moderateReaderComment,
  postReaderComment,
} from "@/lib/reader/comments";
import { makeArticle, makeUser } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { publishPiece } from "../helpers/pieces";

let slug: string;
let draftSlug: string;
let editor: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let writer: Awaited<ReturnType<typeof makeUser>>;
let ipCounter = 0;
/** A fresh address per test, so one test's comments do not count against another's limit. */
const client = () => ({ ip: `203.0.113.${++ipCounter}` });

const post = (fields: Record<string, string>, from = client()) =>
  postReaderComment({ slug, name: "Nadia Reader", comment: "A fair point.", ...fields }, from);
const latestComment = () => db.readerComment.findFirstOrThrow({ orderBy: { createdAt: "desc" } });

beforeAll(async () => {
  editor = await makeUser("editor", { name: "Eddie Editor" });
  admin = await makeUser("admin");
  writer = await makeUser("writer");
  slug = (await publishPiece(editor, { title: "Ports", authorIds: [writer.author!.id] })).slug;
  draftSlug = (await makeArticle({ createdById: writer.id, authorIds: [writer.author!.id] })).slug;
});

test("a comment is stored pending, with a keyed hash of the address and never the address itself", async () => {
  const from = client();
  await expect(post({ name: "  Nadia Reader ", email: "nadia@example.org", comment: "First line\r\nSecond line" }, from)).resolves.toEqual({
    message: COMMENT_THANKS,
  });
  expect(COMMENT_THANKS).toBe("Thanks — your comment will appear once an editor has approved it.");
  const stored = await latestComment();
  expect(stored).toMatchObject({
    name: "Nadia Reader",
    email: "nadia@example.org",
    body: "First line\nSecond line",
    status: "pending",
    moderatedAt: null,
  });
  expect(stored.ipHash).toMatch(/^[0-9a-f]{64}$/);
  expect(stored.ipHash).toBe(hashIp(from.ip));
  expect(JSON.stringify(stored)).not.toContain(from.ip);
});

test("a pending comment is not shown; once approved it is, oldest first, without the email", async () => {
  await post({ name: "Early Bird", email: "early@example.org", comment: "I was first." });
  const early = await latestComment();
  await post({ name: "Late Owl", comment: "<b>Not bold</b>\nsecond line" });
  const late = await latestComment();
  expect((await listApprovedComments(slug)).map((c) => c.name)).not.toContain("Early Bird");

  const e = await actorFor(editor);
  await moderateReaderComment(e, { id: late.id, decision: "approve" });
  await moderateReaderComment(e, { id: early.id, decision: "approve" });
  const shown = await listApprovedComments(slug);
  expect(shown.map((c) => [c.name, c.body])).toEqual([
    ["Early Bird", "I was first."],
    ["Late Owl", "<b>Not bold</b>\nsecond line"],
  ]);
  for (const c of shown) expect(Object.keys(c).sort()).toEqual(["body", "createdAt", "id", "name"]);
  expect(JSON.stringify(shown)).not.toContain("early@example.org");
});

test("input the server action has already parsed parses again the same way", async () => {
  const parsed = commentInput.parse({ slug, name: " Twice ", email: "", comment: "Parsed\r\ntwice" });
  await expect(postReaderComment(parsed, client())).resolves.toEqual({ message: COMMENT_THANKS });
  expect(await latestComment()).toMatchObject({ name: "Twice", email: null, body: "Parsed\ntwice" });
});

test("a filled honeypot gets the same thanks and stores nothing", async () => {
  const before = await db.readerComment.count();
  await expect(post({ name: "Bot", comment: "Buy now", website: "https://spam.example" })).resolves.toEqual({ message: COMMENT_THANKS });
  expect(await db.readerComment.count()).toBe(before);
});

test("5,000 characters are accepted; 5,001 are refused with a message that says so", async () => {
  await expect(post({ comment: "x".repeat(5000) })).resolves.toEqual({ message: COMMENT_THANKS });
  const before = await db.readerComment.count();
  const refusal = post({ comment: "x".repeat(5001) });
  await expect(refusal).rejects.toThrow(ValidationError);
  await expect(refusal).rejects.toThrow("Comments can be at most 5,000 characters; yours has 5,001.");
  expect(await db.readerComment.count()).toBe(before);
});

test("missing name, empty comment and a malformed email are refused by field", async () => {
  await expect(post({ name: "  " })).rejects.toMatchObject({ message: "Give your name.", fieldErrors: { name: ["Give your name."] } });
  await expect(post({ comment: " \n " })).rejects.toThrow("Write your comment.");
  await expect(post({ email: "not-an-address" })).rejects.toThrow("That email address does not look right.");
  await expect(post({ email: "" })).resolves.toEqual({ message: COMMENT_THANKS });
  expect((await latestComment()).email).toBeNull();
});

test("control characters in a name or a comment are refused by field, whoever calls, and nothing is stored", async () => {
  const before = await db.readerComment.count();
  await expect(post({ name: "Nadia\u0008" })).rejects.toMatchObject({
    message: "Text may not contain control characters (found U+0008).",
    fieldErrors: { name: ["Text may not contain control characters (found U+0008)."] },
  });
  await expect(post({ comment: "Fair\uFFFF point" })).rejects.toMatchObject({
    status: 400,
    fieldErrors: { comment: ["Text may not contain control characters (found U+FFFF)."] },
  });
  // Tabs and line breaks are ordinary text.
  await expect(post({ comment: "First line\n\tSecond line" })).resolves.toEqual({ message: COMMENT_THANKS });
  expect(await db.readerComment.count()).toBe(before + 1);
});

test("a piece that is not live takes no comments", async () => {
  await expect(postReaderComment({ slug: draftSlug, name: "N", comment: "Hello" }, client())).rejects.toThrow(
    new NotFoundError("This piece is not published, so it cannot take comments."),
  );
  await expect(postReaderComment({ slug: "no-such-piece", name: "N", comment: "Hello" }, client())).rejects.toThrow(NotFoundError);
});

test("one address may send five comments in ten minutes; the sixth is refused, other addresses are not", async () => {
  const from = client();
  for (let i = 0; i < 5; i++) await expect(post({ comment: `Comment ${i}` }, from)).resolves.toEqual({ message: COMMENT_THANKS });
  const before = await db.readerComment.count();
  const sixth = post({ comment: "One more" }, from);
  await expect(sixth).rejects.toThrow(RateLimitedError);
  await expect(sixth).rejects.toThrow("You have sent several comments in a short time. Try again in 10 minutes.");
  expect(await db.readerComment.count()).toBe(before);
  await expect(post({ comment: "From elsewhere" })).resolves.toEqual({ message: COMMENT_THANKS });
});

test("writers and anonymous visitors cannot see the queue or moderate", async () => {
  await post({ name: "Waiting" });
  const waiting = await latestComment();
  const w = await actorFor(writer);
  await expect(listCommentsForModeration(null, {})).rejects.toThrow(NotSignedInError);
  await expect(listCommentsForModeration(w, {})).rejects.toThrow(ForbiddenError);
  await expect(moderateReaderComment(null, { id: waiting.id, decision: "approve" })).rejects.toThrow(NotSignedInError);
  await expect(moderateReaderComment(w, { id: waiting.id, decision: "approve" })).rejects.toThrow(ForbiddenError);
  expect((await db.readerComment.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("pending");
  expect(await db.auditEvent.count({ where: { subject: `readerComment:${waiting.id}` } })).toBe(0);
});

test("approve, reject and spam set the status, record who and when, and write an audit event each", async () => {
  await post({ name: "Judged" });
  const comment = await latestComment();
  const e = await actorFor(editor);
  const a = await actorFor(admin);

  await expect(moderateReaderComment(e, { id: comment.id, decision: "approve" })).resolves.toEqual({
    id: comment.id,
    status: "approved",
    slug,
  });
  expect((await listApprovedComments(slug)).map((c) => c.id)).toContain(comment.id);
  await moderateReaderComment(a, { id: comment.id, decision: "reject" });
  expect((await listApprovedComments(slug)).map((c) => c.id)).not.toContain(comment.id);
  await moderateReaderComment(e, { id: comment.id, decision: "spam" });

  const stored = await db.readerComment.findUniqueOrThrow({ where: { id: comment.id } });
  expect(stored.status).toBe("spam");
  expect(stored.moderatedById).toBe(editor.id);
  expect(stored.moderatedAt).not.toBeNull();
  const audit = await db.auditEvent.findMany({ where: { subject: `readerComment:${comment.id}` }, orderBy: { createdAt: "asc" } });
  expect(audit.map((x) => [x.action, x.actorId, x.details, x.articleId])).toEqual([
    ["comments.moderate", editor.id, { from: "pending", to: "approved" }, comment.articleId],
    ["comments.moderate", admin.id, { from: "approved", to: "rejected" }, comment.articleId],
    ["comments.moderate", editor.id, { from: "rejected", to: "spam" }, comment.articleId],
  ]);
});

test("moderating an unknown comment or with an unknown decision is refused clearly", async () => {
  const e = await actorFor(editor);
  await expect(moderateReaderComment(e, { id: "nope", decision: "approve" })).rejects.toThrow(new NotFoundError("No such comment."));
  await post({});
  await expect(moderateReaderComment(e, { id: (await latestComment()).id, decision: "delete" })).rejects.toThrow(
    "Choose approve, reject or spam.",
  );
});

test("the queue lists pending comments oldest first, and filters by status with counts", async () => {
  await db.readerComment.deleteMany();
  const e = await actorFor(editor);
  for (const name of ["P1", "A1", "P2", "S1"]) await post({ name });
  const byName = Object.fromEntries((await db.readerComment.findMany()).map((c) => [c.name, c.id]));
  await moderateReaderComment(e, { id: byName.A1, decision: "approve" });
  await moderateReaderComment(e, { id: byName.S1, decision: "spam" });

  const pending = await listCommentsForModeration(e, {});
  expect(pending.status).toBe("pending");
  expect(pending.comments.map((c) => c.name)).toEqual(["P1", "P2"]);
  expect(pending.comments[0]).toMatchObject({ email: null, article: { publication: { slug } } });
  expect(pending.counts).toEqual({ all: 4, pending: 2, approved: 1, rejected: 0, spam: 1 });

  // Paged by keyset, every view other than pending is newest first, pending ones included.
  expect((await listCommentsForModeration(e, { status: "all" })).comments.map((c) => c.name)).toEqual(["S1", "P2", "A1", "P1"]);
  expect((await listCommentsForModeration(e, { status: "approved" })).comments.map((c) => c.name)).toEqual(["A1"]);
  expect((await listCommentsForModeration(e, { status: "spam" })).comments.map((c) => c.name)).toEqual(["S1"]);
  expect((await listCommentsForModeration(e, { status: "rejected" })).comments).toEqual([]);
  expect((await listCommentsForModeration(e, { status: "bogus" })).status).toBe("pending");
});
