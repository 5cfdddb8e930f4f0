// Password reset as a user and as an attacker see it: the same answer whether an account
// exists or not, a link mailed only to a real account, a token stored only as its hash
// that works once and for an hour, a new password that ends every session, a limit per
// client address, and per account at most one mail per window but never a refusal.
import { db } from "@/lib/platform/db";
import { hashToken } from "@/lib/platform/tokens";
import { verifyPassword } from "@/lib/accounts/passwords";
import { MAIL_EVERY_MINUTES, RESET_INVALID, RESET_REQUESTED, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { createSession, resolveSession } from "@/lib/accounts/sessions";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { makeUser, TEST_PASSWORD } from "../helpers/db";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

const NEW_PASSWORD = "a brand new passphrase";
let ipCounter = 0;
const client = () => ({ ip: `10.44.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}` });

let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});

/** The reset link mailed to an address, read from the mail that arrived over SMTP, as the recipient would. */
async function mailedToken(email: string) {
  const mails = sink.received.filter((m) => m.to.includes(email));
  const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mails.at(-1)?.text ?? "")?.[1];
  return { count: mails.length, token };
}

test("the answer is the same for an account, an unknown address and a disabled account; only the account gets mail", async () => {
  const user = await makeUser("writer");
  const disabled = await makeUser("writer", { disabled: true });
  expect(await requestPasswordReset({ email: user.email.toUpperCase() }, client())).toEqual({ message: RESET_REQUESTED });
  expect(await requestPasswordReset({ email: "nobody@test.example" }, client())).toEqual({ message: RESET_REQUESTED });
  expect(await requestPasswordReset({ email: disabled.email }, client())).toEqual({ message: RESET_REQUESTED });
  expect((await mailedToken(user.email)).count).toBe(1);
  expect((await mailedToken("nobody@test.example")).count).toBe(0);
  expect((await mailedToken(disabled.email)).count).toBe(0);
});

test("the database keeps only the token's hash, valid for one hour", async () => {
  const user = await makeUser("writer");
  await requestPasswordReset({ email: user.email }, client());
  const { token } = await mailedToken(user.email);
  const row = await db.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
  expect(row.tokenHash).toBe(hashToken(token!));
  expect(JSON.stringify(row)).not.toContain(token!);
  expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000)).toBe(60);
});

test("a reset sets the new password, ends every session, and the link then no longer works", async () => {
  const user = await makeUser("writer");
  const [phone, laptop] = [await createSession(user.id), await createSession(user.id)];
  await requestPasswordReset({ email: user.email }, client());
  const { token } = await mailedToken(user.email);
  await resetPassword(token!, { password: NEW_PASSWORD }, client());
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
  expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(false);
  expect([await resolveSession(phone.id), await resolveSession(laptop.id)]).toEqual([null, null]);
  expect((await signInWithPassword({ email: user.email, password: NEW_PASSWORD }, client())).user.id).toBe(user.id);
  await expect(resetPassword(token!, { password: "yet another passphrase" }, client())).rejects.toThrow(RESET_INVALID);
  expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, NEW_PASSWORD)).toBe(true);
});

test("an expired link, a made-up token and a short password are refused and change nothing", async () => {
  const user = await makeUser("writer");
  await requestPasswordReset({ email: user.email }, client());
  const { token } = await mailedToken(user.email);
  await expect(resetPassword(token!, { password: "too short" }, client())).rejects.toThrow("Choose a password of at least 12 characters.");
  await expect(resetPassword("A".repeat(43), { password: NEW_PASSWORD }, client())).rejects.toThrow(RESET_INVALID);
  await db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expect(resetPassword(token!, { password: NEW_PASSWORD }, client())).rejects.toThrow(RESET_INVALID);
  expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, TEST_PASSWORD)).toBe(true);
});

/** As if the account's last reset mail went out longer ago than the one-mail-per-window limit. */
const afterTheMailWindow = (userId: string) =>
  db.passwordReset.updateMany({ where: { userId }, data: { createdAt: new Date(Date.now() - (MAIL_EVERY_MINUTES + 1) * 60_000) } });

test("within the mail window a second request sends nothing and the first link still works; later ones all work until one is used", async () => {
  const user = await makeUser("writer");
  await requestPasswordReset({ email: user.email }, client());
  const first = (await mailedToken(user.email)).token;
  expect(await requestPasswordReset({ email: user.email }, client())).toEqual({ message: RESET_REQUESTED });
  expect((await mailedToken(user.email)).count).toBe(1);

  await afterTheMailWindow(user.id);
  await requestPasswordReset({ email: user.email }, client());
  const { count, token: second } = await mailedToken(user.email);
  expect(count).toBe(2);
  expect(second).not.toBe(first);
  await resetPassword(first!, { password: NEW_PASSWORD }, client());
  // Using one link voids the others mailed to the account.
  await expect(resetPassword(second!, { password: "yet another passphrase" }, client())).rejects.toThrow(RESET_INVALID);
});

test("strangers asking for someone's address from many addresses are never refused per account, get them one mail, and do not stop the real reset", async () => {
  const user = await makeUser("writer");
  for (let i = 0; i < 12; i++) {
    expect(await requestPasswordReset({ email: user.email }, { ip: `10.47.0.${i}` })).toEqual({ message: RESET_REQUESTED });
    expect(await requestPasswordReset({ email: "ghost@test.example" }, { ip: `10.47.0.${i}` })).toEqual({ message: RESET_REQUESTED });
  }
  const { count, token } = await mailedToken(user.email);
  expect(count).toBe(1);
  // The real user asks too; the mail already in their inbox is the one that works.
  expect(await requestPasswordReset({ email: user.email }, client())).toEqual({ message: RESET_REQUESTED });
  await resetPassword(token!, { password: NEW_PASSWORD }, client());
  expect((await signInWithPassword({ email: user.email, password: NEW_PASSWORD }, client())).user.id).toBe(user.id);

  // And a new link arrives for them once the window has passed, whatever strangers did.
  await afterTheMailWindow(user.id);
  await requestPasswordReset({ email: user.email }, client());
  expect((await mailedToken(user.email)).count).toBe(2);
});

test("requests from one client address are limited", async () => {
  const one = { ip: "10.45.0.1" };
  for (let i = 0; i < 19; i++) await requestPasswordReset({ email: `someone${i}@test.example` }, one);
  await expect(requestPasswordReset({ email: "someone-else@test.example" }, one)).rejects.toThrow(
    /^Too many password-reset attempts\. Try again in 15 minutes\.$/,
  );
});

test("guessing tokens from one address is cut off", async () => {
  const from = { ip: "10.46.0.1" };
  for (let i = 0; i < 9; i++)
    await expect(resetPassword(String(i).padStart(43, "x"), { password: NEW_PASSWORD }, from)).rejects.toThrow(RESET_INVALID);
  await expect(resetPassword("y".repeat(43), { password: NEW_PASSWORD }, from)).rejects.toThrow(/Too many password-reset attempts/);
  // A genuine link from that address now waits too; from elsewhere it works.
  const user = await makeUser("writer");
  await requestPasswordReset({ email: user.email }, client());
  const { token } = await mailedToken(user.email);
  await expect(resetPassword(token!, { password: NEW_PASSWORD }, from)).rejects.toThrow(/Too many password-reset attempts/);
  await resetPassword(token!, { password: NEW_PASSWORD }, client());
});
