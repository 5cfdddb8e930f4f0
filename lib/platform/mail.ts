// Outgoing email. Every message is written to OutgoingEmail inside the transaction that
// causes it, so a notification exists exactly when its change does; delivery happens
// after commit (SMTP from the environment) and the studio outbox shows what is pending.
// A message may carry a secret link (a password reset, an invitation): whoever reads it
// can take over an account, so it is never stored in the text the outbox shows. The text
// keeps a placeholder, the link is sealed apart (lib/platform/secret-sealing.ts), put in only at the
// moment of sending, and erased once the mail is sent or has failed for good.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "./db";
import { config } from "./env";
import { open, seal } from "./secret-sealing";

/** What the outbox shows where a secret link goes. */
export const LINK_HIDDEN = "[link hidden: sent only to the recipient]";

export interface Message {
  to: string[];
  subject: string;
  /** With a `link`, the text holds LINK_HIDDEN where the link goes. */
  text: string;
  /** A secret link for the one recipient. */
  link?: string;
}

/** The sealed link is bound to its recipient, so it cannot be moved to another row and mailed elsewhere. */
const linkContext = (to: string[]) => `outbox-link:${to.join(",")}`;

export async function queueEmail(tx: Tx, message: Message) {
  const to = [...new Set(message.to.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  if (to.length === 0) return null;
  if (message.link !== undefined) {
    // Programming errors, caught by the tests: a secret goes to one person, and only sealed.
    if (to.length !== 1) throw new Error("A mail with a secret link has exactly one recipient.");
    if (!message.text.includes(LINK_HIDDEN) || message.text.includes(message.link)) {
      throw new Error("A secret link goes into the mail only through the LINK_HIDDEN placeholder.");
    }
  }
  const secret = message.link === undefined ? null : seal(message.link, linkContext(to));
  return tx.outgoingEmail.create({ data: { to, subject: message.subject, text: message.text, secret } });
}

const MAX_ATTEMPTS = 5;

/** Where mail goes: SMTP_URL, e.g. smtp://user:password@mail.example.org:587. Without it mail stays in the outbox. */
export const smtpConfigured = () => Boolean(config().SMTP_URL);

interface Claimed {
  id: string;
  to: string[];
  subject: string;
  text: string;
  secret: string | null;
  attempts: number;
}

// Times are compared on the database's clock, the one clock every app instance shares; columns
// hold UTC (what Prisma writes), so now() is taken in UTC whatever the session's time zone.
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/**
 * Takes the oldest message that is waiting, or whose sender's lease has lapsed (a delivery run
 * that died mid-send), and marks it `sending` until the lease ends, in one statement: the row
 * lock of FOR UPDATE lasts only that statement, so the state itself is the claim, and no other
 * run takes the message while it is being sent. A message this run has already tried (and
 * failed) waits for a later run rather than using up its attempts at once.
 */
async function claimOne(leaseSeconds: number, tried: string[]): Promise<Claimed | null> {
  const [claimed] = await db.$queryRaw<Claimed[]>`
    UPDATE "OutgoingEmail"
    SET "status" = 'sending', "leaseUntil" = ${NOW} + make_interval(secs => ${leaseSeconds}), "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "OutgoingEmail"
      WHERE ("status" = 'pending' OR ("status" = 'sending' AND "leaseUntil" < ${NOW})) AND "attempts" < ${MAX_ATTEMPTS}
        AND "id" <> ALL(${tried}::text[])
      ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "secret", "attempts"`;
  return claimed ?? null;
}

/** A message whose last allowed attempt died mid-send is not tried again: it may have gone out, and that was its last chance. */
async function giveUpLapsedLastAttempts() {
  await db.$executeRaw`
    UPDATE "OutgoingEmail"
    SET "status" = 'failed', "leaseUntil" = NULL, "secret" = NULL,
      "lastError" = 'Sending stopped midway on the last attempt (the delivering process ended); it may or may not have arrived.'
    WHERE "status" = 'sending' AND "leaseUntil" < ${NOW} AND "attempts" >= ${MAX_ATTEMPTS}`;
}

/**
 * Sends waiting mail over SMTP, one message at a time, each claimed first (`sending`, with a
 * lease): several calls and several app instances can deliver at once and each message goes
 * out once. A process that dies mid-send leaves only the message in flight claimed; once its
 * lease lapses a later run sends it again (at most that one may then arrive twice, if the
 * server had taken it). Failures are recorded on the row and retried, up to 5 attempts; this
 * never throws for a message that fails.
 */
export async function deliverPending(limit = 20): Promise<{ sent: number; failed: number }> {
  if (!smtpConfigured()) return { sent: 0, failed: 0 };
  const { SMTP_URL, MAIL_FROM: from, MAIL_LEASE_SECONDS: leaseSeconds } = config();
  await giveUpLapsedLastAttempts();
  // No step of a send may wait longer than a tenth of the lease (connect, greeting, each
  // command's answer: about seven round trips), so a send gives up well before its lease ends
  // and another run could take the message over while this one still sends it.
  const step = (leaseSeconds * 1000) / 10;
  const transport = nodemailer.createTransport({ url: SMTP_URL, connectionTimeout: step, greetingTimeout: step, socketTimeout: step });
  let sent = 0;
  let failed = 0;
  const tried: string[] = [];
  try {
    for (let n = 0; n < limit; n++) {
      const message = await claimOne(leaseSeconds, tried);
      if (!message) break;
      tried.push(message.id);
      if (await deliver(transport, from, message)) sent += 1;
      else failed += 1;
    }
  } finally {
    transport.close();
  }
  return { sent, failed };
}

/** Sends one claimed message and records the outcome, which also ends the claim. */
async function deliver(transport: Transporter, from: string, message: Claimed): Promise<boolean> {
  const link = message.secret === null ? null : open(message.secret, linkContext(message.to));
  if (message.secret !== null && link === null) {
    // Sealed under an earlier NEXTAUTH_SECRET (or altered): sending the placeholder would only confuse.
    await db.outgoingEmail.update({
      where: { id: message.id },
      data: {
        status: "failed",
        leaseUntil: null,
        secret: null,
        lastError: "The link could not be unsealed (was NEXTAUTH_SECRET changed?). Ask for a new one.",
      },
    });
    return false;
  }
  try {
    const text = link === null ? message.text : message.text.split(LINK_HIDDEN).join(link);
    await transport.sendMail({ from, to: message.to, subject: message.subject, text });
  } catch (error) {
    const givenUp = message.attempts >= MAX_ATTEMPTS;
    // The outbox shows the error, and a mail server may quote the message in it: the token
    // (the link's last segment) is cut out wherever it appears, whole link or not.
    const reason = (error as Error).message;
    const token = link?.slice(link.lastIndexOf("/") + 1);
    await db.outgoingEmail.update({
      where: { id: message.id },
      data: {
        lastError: (token ? reason.split(token).join(LINK_HIDDEN) : reason).slice(0, 500),
        status: givenUp ? "failed" : "pending",
        leaseUntil: null,
        ...(givenUp ? { secret: null } : {}),
      },
    });
    return false;
  }
  await db.outgoingEmail.update({
    where: { id: message.id },
    data: { status: "sent", sentAt: new Date(), leaseUntil: null, lastError: null, secret: null },
  });
  return true;
}
