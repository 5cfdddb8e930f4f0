// Share links for draft previews: who may make them, what is stored, expiry, revocation
// and the limit on guessing.
import { createHash } from "node:crypto";
import { db } from "@/lib/platform/db";
import { ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError, ValidationError } from "@/lib/platform/errors";
import { createPreviewLink, getPreview, getSharedPreview, listPreviewLinks, revokePreviewLink } from "@/lib/editorial/previews";
import { makeUser } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { doc, pieceAt, type User } from "../helpers/pieces";

let editor: User;
let writer: User;
let otherWriter: User;
let articleId: string;
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

beforeAll(async () => {
  editor = await makeUser("editor", { withAuthor: false });
  writer = await makeUser("writer");
  otherWriter = await makeUser("writer");
  articleId = (await pieceAt("in_review", { writer, editor, title: "Draft under review", body: doc("Unfinished thoughts.") })).id;
});

test("an editor creates a link that shows the working copy; only the token's sha256 is stored", async () => {
  const link = await createPreviewLink(await actorFor(editor), articleId);
  expect(link.path).toBe(`/preview/${link.token}`);
  const row = await db.previewToken.findUniqueOrThrow({ where: { id: link.id } });
  expect(row.tokenHash).toBe(createHash("sha256").update(link.token).digest("hex"));
  expect(JSON.stringify(row)).not.toContain(link.token);
  // Seven days by default.
  expect(Math.round((row.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(7);

  const shared = await getSharedPreview(link.token, { ip: freshIp() });
  expect(shared.piece.title).toBe("Draft under review");
  expect(shared.piece.bodyHtml).toContain("Unfinished thoughts.");
  expect(await db.auditEvent.count({ where: { articleId, action: "articles.sharePreview" } })).toBeGreaterThan(0);
});

test("a link and its audit event are written together: each link has its event, and a refused event leaves no link", async () => {
  const e = await actorFor(editor);
  const link = await createPreviewLink(e, articleId);
  const eventsFor = (details: { path: string[]; equals: string }) =>
    db.auditEvent.count({ where: { articleId, action: "articles.sharePreview", details } });
  expect(await eventsFor({ path: ["linkId"], equals: link.id })).toBe(1);

  // The database refuses every audit event for a moment: the change it records must not stay behind.
  await db.$executeRawUnsafe(
    `CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`,
  );
  await db.$executeRawUnsafe(`CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_audit()`);
  const links = await db.previewToken.count({ where: { articleId } });
  try {
    await expect(createPreviewLink(e, articleId)).rejects.toThrow("audit refused");
    expect(await db.previewToken.count({ where: { articleId } })).toBe(links);
    await expect(revokePreviewLink(e, link.id)).rejects.toThrow("audit refused");
    expect((await db.previewToken.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON "AuditEvent"`);
    await db.$executeRawUnsafe(`DROP FUNCTION refuse_audit()`);
  }
  await revokePreviewLink(e, link.id);
  expect(await eventsFor({ path: ["revoked"], equals: link.id })).toBe(1);
  // A second revocation (a double click, two editors at once) changes nothing and records nothing.
  await revokePreviewLink(e, link.id);
  expect(await eventsFor({ path: ["revoked"], equals: link.id })).toBe(1);
});

test("the lifetime can be chosen from 1 to 30 days, and anything else is refused with a message", async () => {
  const e = await actorFor(editor);
  const link = await createPreviewLink(e, articleId, { days: "2" });
  expect(Math.round((link.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(2);
  await expect(createPreviewLink(e, articleId, { days: 0 })).rejects.toThrow("A link lasts at least 1 day.");
  await expect(createPreviewLink(e, articleId, { days: 31 })).rejects.toThrow("A link lasts at most 30 days.");
  await expect(createPreviewLink(e, articleId, { days: "soon" })).rejects.toBeInstanceOf(ValidationError);
});

test("writers, even the piece's own, and anonymous callers cannot create, list or revoke links", async () => {
  const link = await createPreviewLink(await actorFor(editor), articleId);
  await expect(createPreviewLink(await actorFor(writer), articleId)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(listPreviewLinks(await actorFor(writer), articleId)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(revokePreviewLink(await actorFor(writer), link.id)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(createPreviewLink(await actorFor(otherWriter), articleId)).rejects.toBeInstanceOf(NotFoundError);
  await expect(createPreviewLink(null, articleId)).rejects.toBeInstanceOf(NotSignedInError);
  await expect(revokePreviewLink(null, link.id)).rejects.toBeInstanceOf(NotSignedInError);
  // The author's preview page shows the piece but no links.
  expect((await getPreview(await actorFor(writer), articleId)).links).toBeNull();
  expect((await getPreview(await actorFor(editor), articleId)).links?.length).toBeGreaterThan(0);
});

test("an expired link no longer works", async () => {
  const link = await createPreviewLink(await actorFor(editor), articleId);
  await db.previewToken.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expect(getSharedPreview(link.token, { ip: freshIp() })).rejects.toThrow("This preview link is not valid");
  const listed = (await listPreviewLinks(await actorFor(editor), articleId)).find((l) => l.id === link.id);
  expect(listed).toMatchObject({ active: false, revokedAt: null });
});

test("a revoked link no longer works and is listed as revoked", async () => {
  const e = await actorFor(editor);
  const link = await createPreviewLink(e, articleId);
  const ip = freshIp();
  await getSharedPreview(link.token, { ip });
  await revokePreviewLink(e, link.id);
  await expect(getSharedPreview(link.token, { ip })).rejects.toBeInstanceOf(NotFoundError);
  const listed = (await listPreviewLinks(e, articleId)).find((l) => l.id === link.id);
  expect(listed?.active).toBe(false);
  expect(listed?.revokedAt).not.toBeNull();
  await expect(revokePreviewLink(e, "no-such-link")).rejects.toThrow("No such preview link.");
});

test("guessing is locked out per address after 20 wrong tokens, even for a right token; other addresses are unaffected", async () => {
  const link = await createPreviewLink(await actorFor(editor), articleId);
  const ip = freshIp();
  const guess = () => getSharedPreview("A".repeat(43), { ip });
  for (let i = 0; i < 19; i++) await expect(guess()).rejects.toBeInstanceOf(NotFoundError);
  await expect(guess()).rejects.toThrow(/Too many invalid preview links from your address. Try again in 10 minutes./);
  await expect(getSharedPreview(link.token, { ip })).rejects.toBeInstanceOf(RateLimitedError);
  expect((await getSharedPreview(link.token, { ip: freshIp() })).piece.title).toBe("Draft under review");
});

test("malformed tokens are refused without a lookup and still count as guesses", async () => {
  const ip = freshIp();
  await expect(getSharedPreview("../../etc/passwd", { ip })).rejects.toBeInstanceOf(NotFoundError);
  const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `preview:ip:${ip}` } });
  expect(row.count).toBe(1);
});
