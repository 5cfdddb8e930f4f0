// Invitations: admin-only, token stored hashed, mail queued with the link sealed (and delivered
// over SMTP when configured), single use even under a race, expiry, and a rate limit on
// bad tokens per address.
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotSignedInError, RateLimitedError, ValidationError } from "@/lib/platform/errors";
import {
  INVITATION_INVALID,
  InvitationInvalidError,
  acceptInvitation,
  createInvitation,
  describeInvitation,
  listPendingInvitations,
  revokeInvitation,
} from "@/lib/accounts/invitations";
import { hashToken } from "@/lib/platform/tokens";
import { LINK_HIDDEN } from "@/lib/platform/mail";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "../helpers/smtp-sink";

let admin: Awaited<ReturnType<typeof actorFor>>;
let ipCounter = 0;
const client = () => ({ ip: `198.51.100.${++ipCounter}` });
const tokenOf = (link: string) => link.split("/invite/")[1];
const password = "a long enough passphrase";

beforeAll(async () => {
  process.env.SITE_URL = "https://think.example.org";
  admin = await actorFor(await makeUser("admin", { name: "Ada Admin" }));
});

afterAll(() => {
  delete process.env.SITE_URL;
});

test("an admin invites; only the token's hash is stored, and the queued mail keeps the link only sealed", async () => {
  const { link, invitation } = await createInvitation(admin, { email: " New.Fellow@Example.org ", role: "writer" });
  const token = tokenOf(link);
  expect(link).toBe(`https://think.example.org/invite/${token}`);
  expect(Buffer.from(token, "base64url")).toHaveLength(32);

  const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
  expect(stored.email).toBe("new.fellow@example.org");
  expect(stored.tokenHash).toBe(hashToken(token));
  expect(JSON.stringify(await db.invitation.findMany())).not.toContain(token);
  const days = (stored.expiresAt.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(6.99);
  expect(days).toBeLessThanOrEqual(7);

  const mail = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: "new.fellow@example.org" } } });
  expect(mail.status).toBe("pending");
  // The outbox copy keeps a placeholder; the link itself is sealed until it is sent (lib/platform/mail.ts).
  expect(mail.text).toContain(`Set your name and password here: ${LINK_HIDDEN}`);
  expect(JSON.stringify(mail)).not.toContain(token);
  expect(mail.text).toContain("Ada Admin has invited you to Standfirst as a writer.");

  expect((await listPendingInvitations(admin)).map((i) => i.email)).toContain("new.fellow@example.org");
  expect(await db.auditEvent.findFirst({ where: { action: "users.invite", actorId: admin.id } })).toMatchObject({
    details: { email: "new.fellow@example.org", role: "writer" },
  });
});

test("only admins invite; editors, writers and anonymous visitors are refused", async () => {
  const editor = await actorFor(await makeUser("editor"));
  const writer = await actorFor(await makeUser("writer"));
  await expect(createInvitation(editor, { email: "x@example.org", role: "admin" })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(createInvitation(writer, { email: "x@example.org", role: "writer" })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(createInvitation(null, { email: "x@example.org", role: "writer" })).rejects.toBeInstanceOf(NotSignedInError);
  await expect(listPendingInvitations(editor)).rejects.toBeInstanceOf(ForbiddenError);
  expect(await db.invitation.count({ where: { email: "x@example.org" } })).toBe(0);
});

test("bad addresses, unknown roles and existing accounts are refused with clear messages", async () => {
  const existing = await makeUser("writer");
  await expect(createInvitation(admin, { email: "not-an-address", role: "writer" })).rejects.toThrow("Enter a valid email address.");
  await expect(createInvitation(admin, { email: "ok@example.org", role: "owner" })).rejects.toBeInstanceOf(ValidationError);
  await expect(createInvitation(admin, { email: existing.email.toUpperCase(), role: "writer" })).rejects.toThrow(
    `${existing.email} already has an account.`,
  );
  await expect(createInvitation(admin, { email: existing.email, role: "writer" })).rejects.toBeInstanceOf(ConflictError);
});

test("inviting the same address again replaces the pending invitation: the old link stops working", async () => {
  const first = await createInvitation(admin, { email: "twice@example.org", role: "writer" });
  const second = await createInvitation(admin, { email: "twice@example.org", role: "editor" });
  expect(await db.invitation.count({ where: { email: "twice@example.org" } })).toBe(1);
  await expect(describeInvitation(tokenOf(first.link), client())).rejects.toThrow(INVITATION_INVALID);
  expect(await describeInvitation(tokenOf(second.link), client())).toMatchObject({ email: "twice@example.org", role: "editor" });
});

test("accepting creates the account with the invited role; the link then no longer works", async () => {
  const { link } = await createInvitation(admin, { email: "accept@example.org", role: "editor" });
  const token = tokenOf(link);
  expect(await describeInvitation(token, client())).toMatchObject({ email: "accept@example.org", role: "editor" });

  const user = await acceptInvitation(token, { name: "Ana Accepted", password }, client());
  expect(user).toMatchObject({ email: "accept@example.org", name: "Ana Accepted", role: "editor" });
  const signedIn = await signInWithPassword({ email: "accept@example.org", password }, client());
  expect(signedIn.user.id).toBe(user.id);

  await expect(acceptInvitation(token, { name: "Again", password }, client())).rejects.toThrow(INVITATION_INVALID);
  await expect(describeInvitation(token, client())).rejects.toBeInstanceOf(InvitationInvalidError);
  expect(await db.user.count({ where: { email: "accept@example.org" } })).toBe(1);
  expect((await listPendingInvitations(admin)).map((i) => i.email)).not.toContain("accept@example.org");
});

test("two accepts of one token at once: exactly one succeeds", async () => {
  const { link } = await createInvitation(admin, { email: "race@example.org", role: "writer" });
  const results = await Promise.allSettled([
    acceptInvitation(tokenOf(link), { name: "First", password }, client()),
    acceptInvitation(tokenOf(link), { name: "Second", password }, client()),
  ]);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
  expect(rejected.reason.message).toBe(INVITATION_INVALID);
  expect(await db.user.count({ where: { email: "race@example.org" } })).toBe(1);
});

test("expired, revoked and unknown tokens get the same message", async () => {
  const expired = await createInvitation(admin, { email: "late@example.org", role: "writer" });
  await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expect(acceptInvitation(tokenOf(expired.link), { name: "Late", password }, client())).rejects.toThrow(INVITATION_INVALID);
  expect((await listPendingInvitations(admin)).find((i) => i.email === "late@example.org")?.expired).toBe(true);

  const revoked = await createInvitation(admin, { email: "revoked@example.org", role: "writer" });
  await expect(revokeInvitation(await actorFor(await makeUser("editor")), revoked.invitation.id)).rejects.toBeInstanceOf(ForbiddenError);
  await revokeInvitation(admin, revoked.invitation.id);
  await expect(describeInvitation(tokenOf(revoked.link), client())).rejects.toThrow(INVITATION_INVALID);

  await expect(describeInvitation("x".repeat(43), client())).rejects.toThrow(INVITATION_INVALID);
  await expect(describeInvitation("short", client())).rejects.toThrow(INVITATION_INVALID);
  expect(await db.user.count({ where: { email: { in: ["late@example.org", "revoked@example.org"] } } })).toBe(0);
});

test("a short password or a missing name is refused and the invitation stays usable", async () => {
  const { link } = await createInvitation(admin, { email: "weak@example.org", role: "writer" });
  await expect(acceptInvitation(tokenOf(link), { name: "Weak", password: "short pass" }, client())).rejects.toThrow(
    "Choose a password of at least 12 characters.",
  );
  await expect(acceptInvitation(tokenOf(link), { name: " ", password }, client())).rejects.toThrow("Enter your name.");
  expect(await acceptInvitation(tokenOf(link), { name: "Strong", password }, client())).toMatchObject({ name: "Strong" });
});

test("after 10 bad tokens from one address, even a good token is refused for a while", async () => {
  const { link } = await createInvitation(admin, { email: "locked@example.org", role: "writer" });
  const attacker = client();
  for (let i = 0; i < 9; i++) {
    await expect(describeInvitation(`${"a".repeat(42)}${i}`, attacker)).rejects.toBeInstanceOf(InvitationInvalidError);
  }
  await expect(describeInvitation(`${"b".repeat(43)}`, attacker)).rejects.toThrow(
    /^Too many invalid invitation links\. Try again in 15 minutes\.$/,
  );
  await expect(describeInvitation(tokenOf(link), attacker)).rejects.toBeInstanceOf(RateLimitedError);
  await expect(acceptInvitation(tokenOf(link), { name: "Locked", password }, attacker)).rejects.toBeInstanceOf(RateLimitedError);
  // Another address is not affected.
  expect(await describeInvitation(tokenOf(link), client())).toMatchObject({ email: "locked@example.org" });
});

describe("over SMTP", () => {
  let sink: SmtpSink;
  let received: ReceivedMail[];

  beforeAll(async () => {
    sink = await startSmtpSink();
    received = sink.received;
    process.env.SMTP_URL = sink.url;
  });

  afterAll(async () => {
    delete process.env.SMTP_URL;
    await sink.close();
  });

  test("the invitation is delivered after commit, with the link", async () => {
    const { link } = await createInvitation(admin, { email: "smtp@example.org", role: "writer" });
    const mail = received.find((m) => m.to.includes("smtp@example.org"));
    expect(mail?.raw).toContain("Subject: You are invited to Standfirst");
    expect(mail?.raw.replace(/=\r\n/g, "")).toContain(link);
    expect((await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: "smtp@example.org" } } })).status).toBe("sent");
  });
});
