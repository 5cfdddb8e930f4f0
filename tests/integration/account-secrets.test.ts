// Password-reset and invitation links are credentials: whoever holds one can take over or
// create an account. The outside probe (issue 18) found them in full in the studio outbox,
// where an editor reset the admin's password and accepted an admin invitation. Here a
// studio user reads everything the studio shows them and tries every token-shaped string
// they find; the recipient, reading the mail that arrives over SMTP, gets the working link.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { encode } from "next-auth/jwt";
import OutboxPage from "@/app/(studio)/studio/outbox/page";
import { listAuditEvents } from "@/lib/admin/audit-log";
import { authSecret } from "@/lib/platform/env";
import { db } from "@/lib/platform/db";
import { ForbiddenError } from "@/lib/platform/errors";
import { INVITATION_INVALID, acceptInvitation, createInvitation, listPendingInvitations } from "@/lib/accounts/invitations";
import { LINK_HIDDEN, deliverPending } from "@/lib/platform/mail";
import { listOutbox } from "@/lib/admin/outbox";
import { verifyPassword } from "@/lib/accounts/passwords";
import { RESET_INVALID, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { open, seal } from "@/lib/platform/secret-sealing";
import { createSession, type CurrentUser } from "@/lib/accounts/sessions";
import { listUsers } from "@/lib/accounts/users";
import { actorFor } from "../helpers/actors";
import { makeUser, TEST_PASSWORD } from "../helpers/db";
import { setRequest } from "../helpers/next-headers";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

const TAKEOVER_PASSWORD = "taken over by a reader";
const RESET_LINK = /\/reset-password\/([A-Za-z0-9_-]{43})/;
const INVITE_LINK = /\/invite\/([A-Za-z0-9_-]{43})/;
let ipCounter = 0;
const client = () => ({ ip: `10.77.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}` });

let sink: SmtpSink;

beforeAll(async () => {
  process.env.SITE_URL = "https://think.example.org";
  sink = await startSmtpSink();
});

afterEach(() => {
  delete process.env.SMTP_URL;
});

afterAll(async () => {
  delete process.env.SITE_URL;
  await sink.close();
});

/** Everything the studio lets this person read that could hold a link: outbox, audit log, users and invitations. */
async function whatTheStudioShows(reader: CurrentUser): Promise<string> {
  const shown: unknown[] = [];
  for (const read of [
    () => listOutbox(reader),
    () => listAuditEvents(reader, {}),
    () => listPendingInvitations(reader),
    () => listUsers(reader),
  ]) {
    try {
      shown.push(await read());
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
    }
  }
  return JSON.stringify(shown);
}

/** Every token-shaped string (43 base64url characters) in a text. */
const tokensIn = (text: string) => [...new Set(text.match(/[A-Za-z0-9_-]{43}/g) ?? [])];

test("an editor and an admin reading the studio find no link that resets the admin's password or accepts an invitation", async () => {
  const admin = await makeUser("admin", { name: "Ada Admin" });
  const adminActor = await actorFor(admin);
  const editorActor = await actorFor(await makeUser("editor"));
  // Without SMTP the mail waits in the outbox: the window the probe used.
  await requestPasswordReset({ email: admin.email }, client());
  await createInvitation(adminActor, { email: "second.admin@example.org", role: "admin" });

  for (const reader of [editorActor, adminActor]) {
    for (const token of tokensIn(await whatTheStudioShows(reader))) {
      await expect(resetPassword(token, { password: TAKEOVER_PASSWORD }, client())).rejects.toThrow(RESET_INVALID);
      await expect(acceptInvitation(token, { name: "Mallory", password: TAKEOVER_PASSWORD }, client())).rejects.toThrow(INVITATION_INVALID);
    }
  }
  expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash, TEST_PASSWORD)).toBe(true);
  expect(await db.user.count({ where: { email: "second.admin@example.org" } })).toBe(0);
});

test("the outbox is for admins only, and shows both mails with the link hidden", async () => {
  const admin = await makeUser("admin", { name: "Ada Admin" });
  const adminActor = await actorFor(admin);
  await requestPasswordReset({ email: admin.email }, client());
  await createInvitation(adminActor, { email: "invited@example.org", role: "editor" });

  await expect(listOutbox(await actorFor(await makeUser("editor")))).rejects.toBeInstanceOf(ForbiddenError);
  const items = (await listOutbox(adminActor)).items.filter((m) => m.to.includes(admin.email) || m.to.includes("invited@example.org"));
  expect(items.map((m) => m.subject).sort()).toEqual(["Choose a new Standfirst password", "You are invited to Standfirst"]);
  for (const mail of items) {
    expect(mail.text).toContain(LINK_HIDDEN);
    expect(mail.text).not.toMatch(RESET_LINK);
    expect(mail.text).not.toMatch(INVITE_LINK);
    expect(Object.keys(mail)).not.toContain("secret");
  }
  expect(items.find((m) => m.subject === "You are invited to Standfirst")?.text).toContain(
    `Set your name and password here: ${LINK_HIDDEN}`,
  );
});

/** The outbox page as the browser of this person gets it, rendered to HTML. */
async function renderOutbox(user: { id: string }) {
  const sid = (await createSession(user.id)).id;
  setRequest({ cookies: { "next-auth.session-token": await encode({ token: { sid }, secret: authSecret() }) } });
  try {
    return renderToStaticMarkup(await OutboxPage({ searchParams: Promise.resolve({}) }));
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not found";
    throw error;
  }
}

test("the rendered outbox page shows an admin the mail without its link, and an editor nothing", async () => {
  const admin = await makeUser("admin");
  process.env.SMTP_URL = sink.url;
  await requestPasswordReset({ email: admin.email }, client());
  const token = RESET_LINK.exec(sink.lastTo(admin.email)?.text ?? "")?.[1];
  expect(token).toHaveLength(43);

  const html = await renderOutbox(admin);
  expect(html).not.toContain("No mail server is configured");
  expect(html).toContain("Choose a new Standfirst password");
  expect(html).toContain(LINK_HIDDEN);
  expect(html).not.toContain(token!);
  expect(await renderOutbox(await makeUser("editor"))).toBe("not found");
});

test("without SMTP the outbox says plainly why mail stays pending", async () => {
  const admin = await makeUser("admin");
  delete process.env.SMTP_URL;
  await requestPasswordReset({ email: admin.email }, client());
  expect(await renderOutbox(admin)).toContain("No mail server is configured (SMTP_URL is not set), so mail waits here as pending");
  // Not left for the next test's delivery run to count.
  await db.outgoingEmail.deleteMany({ where: { to: { has: admin.email } } });
});

test("the recipient gets the working reset link over SMTP; the row keeps it only sealed, and not after sending", async () => {
  const user = await makeUser("writer");
  await requestPasswordReset({ email: user.email }, client());
  const queued = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: user.email } } });
  expect(queued.status).toBe("pending");
  expect(queued.secret).toMatch(/^v1\./);
  expect(queued.text).toContain(`Choose a new password here: ${LINK_HIDDEN}`);

  process.env.SMTP_URL = sink.url;
  expect((await deliverPending()).sent).toBe(1);
  const delivered = sink.lastTo(user.email)!;
  expect(delivered.raw).toContain("Subject: Choose a new Standfirst password");
  expect(delivered.text).not.toContain(LINK_HIDDEN);
  const token = RESET_LINK.exec(delivered.text)?.[1];
  expect(delivered.text).toContain(`https://think.example.org/reset-password/${token}`);
  expect(queued.secret).not.toContain(token!);

  const after = await db.outgoingEmail.findUniqueOrThrow({ where: { id: queued.id } });
  expect(after).toMatchObject({ status: "sent", secret: null, text: queued.text });
  expect(JSON.stringify(await db.outgoingEmail.findMany())).not.toContain(token!);

  await resetPassword(token!, { password: "the recipient's new passphrase" }, client());
  expect(
    await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, "the recipient's new passphrase"),
  ).toBe(true);
});

test("the invited person gets the working invitation link over SMTP; nothing stored keeps it", async () => {
  const adminActor = await actorFor(await makeUser("admin"));
  process.env.SMTP_URL = sink.url;
  const { link } = await createInvitation(adminActor, { email: "smtp.invitee@example.org", role: "writer" });
  const delivered = sink.lastTo("smtp.invitee@example.org")!;
  expect(delivered.text).toContain(`Set your name and password here: ${link}`);
  const token = INVITE_LINK.exec(delivered.text)![1];
  const row = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: "smtp.invitee@example.org" } } });
  expect(row).toMatchObject({ status: "sent", secret: null });
  expect(JSON.stringify(await db.outgoingEmail.findMany())).not.toContain(token);
  expect(await acceptInvitation(token, { name: "Ivy Invitee", password: "a long enough passphrase" }, client())).toMatchObject({
    role: "writer",
  });
});

test("a mail server's error that echoes the link is shown without it, and a mail that fails for good loses its sealed link", async () => {
  // A server that refuses every message, quoting the link it found in it.
  const echoing = await startSmtpSink({
    refuse: ({ raw }) => Object.assign(new Error(`Refused ${RESET_LINK.exec(raw.replace(/=\r?\n/g, ""))?.[0]}`), { responseCode: 550 }),
  });
  try {
    const user = await makeUser("writer");
    await requestPasswordReset({ email: user.email }, client());
    const queued = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: user.email } } });
    process.env.SMTP_URL = echoing.url;
    expect((await deliverPending()).failed).toBe(1);
    const refused = await db.outgoingEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(refused).toMatchObject({ status: "pending", attempts: 1 });
    expect(refused.lastError).toMatch(/^Message failed: 550 Refused .*\[link hidden: sent only to the recipient\]$/);
    expect(tokensIn(refused.lastError!)).toEqual([]);
    expect(refused.secret).toBe(queued.secret);

    await db.outgoingEmail.update({ where: { id: queued.id }, data: { attempts: 4 } });
    expect((await deliverPending()).failed).toBe(1);
    expect(await db.outgoingEmail.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "failed",
      secret: null,
      attempts: 5,
    });
  } finally {
    await echoing.close();
  }
});

test("a sealed link opens only for its recipient, unaltered; a mail whose link does not open is given up, not sent", async () => {
  const sealed = seal("https://think.example.org/reset-password/abc", "outbox-link:a@example.org");
  expect(open(sealed, "outbox-link:a@example.org")).toBe("https://think.example.org/reset-password/abc");
  expect(open(sealed, "outbox-link:mallory@example.org")).toBeNull();
  expect(open(`${sealed.slice(0, -2)}AA`, "outbox-link:a@example.org")).toBeNull();

  // Someone who can write to the table moves a victim's sealed link onto a mail to themselves
  // (the same refusal covers a link sealed under an earlier NEXTAUTH_SECRET).
  const victim = await makeUser("writer");
  await requestPasswordReset({ email: victim.email }, client());
  const victimMail = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: victim.email } } });
  const stolen = await db.outgoingEmail.create({
    data: { to: ["mallory@example.org"], subject: "x", text: `Here: ${LINK_HIDDEN}`, secret: victimMail.secret },
  });
  await db.outgoingEmail.update({ where: { id: victimMail.id }, data: { status: "sent" } });
  process.env.SMTP_URL = sink.url;
  await deliverPending();
  expect(sink.lastTo("mallory@example.org")).toBeUndefined();
  const after = await db.outgoingEmail.findUniqueOrThrow({ where: { id: stolen.id } });
  expect(after).toMatchObject({ status: "failed", secret: null });
  expect(after.lastError).toMatch(/could not be unsealed/);
});

test("the migration takes links out of mail queued before it, and gives up mail still waiting", async () => {
  const folder = readdirSync(path.resolve(__dirname, "../../prisma/migrations")).find((name) => name.endsWith("_outbox_sealed_links"))!;
  const sql = readFileSync(path.resolve(__dirname, "../../prisma/migrations", folder, "migration.sql"), "utf8");
  const token = "Q".repeat(43);
  const old = (status: "pending" | "sent", link: string) =>
    db.outgoingEmail.create({ data: { to: ["old@example.org"], subject: "old", text: `Here: ${link}\n\nBye.`, status } });
  const waiting = await old("pending", `http://localhost:3000/reset-password/${token}`);
  const sent = await old("sent", `https://think.example.org/invite/${token}`);
  const unrelated = await db.outgoingEmail.create({
    data: { to: ["x@example.org"], subject: "Published: x", text: "See https://think.example.org/commentaries/x" },
  });

  // The data statements of the migration; its ALTER TABLE has already run here.
  for (const statement of sql.split(/;\s*\n/).filter((s) => /^\s*UPDATE/m.test(s.replace(/^--.*$/gm, "")))) {
    await db.$executeRawUnsafe(statement);
  }
  const rows = await db.outgoingEmail.findMany({ where: { id: { in: [waiting.id, sent.id] } } });
  for (const row of rows) {
    expect(row.text).toBe(`Here: ${LINK_HIDDEN}\n\nBye.`);
    expect(row.text).not.toContain(token);
  }
  expect(await db.outgoingEmail.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "failed" });
  expect(await db.outgoingEmail.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "sent" });
  expect(await db.outgoingEmail.findUniqueOrThrow({ where: { id: unrelated.id } })).toMatchObject({
    status: "pending",
    text: unrelated.text,
  });
});
