// Outgoing email. Every message is written to OutgoingEmail inside the transaction that
// causes it, so a notification exists exactly when its change does; delivery happens
// after commit (SMTP from the environment) and the studio outbox shows what is pending.
// A message may carry a secret link (a password reset, an invitation): whoever reads it
// can take over an account, so it is never stored in the text the outbox shows. The text
// keeps a placeholder, the link is sealed apart (lib/platform/secret-sealing.ts), put in only at the
// moment of sending, and erased once the mail is sent or has failed for good.
import "server-only";
import nodemailer from "nodemailer";
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

/**
 * Sends pending mail over SMTP. Rows are claimed with SKIP LOCKED, so several app
 * instances can deliver at once without sending anything twice. Failures are recorded on
 * the row (and retried, up to 5 attempts); this never throws for a message that fails.
 */
export async function deliverPending(limit = 20): Promise<{ sent: number; failed: number }> {
  if (!smtpConfigured()) return { sent: 0, failed: 0 };
  const claimed = await db.$queryRaw<
    { id: string; to: string[]; subject: string; text: string; secret: string | null; attempts: number }[]
  >`
    UPDATE "OutgoingEmail" SET "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutgoingEmail"
      WHERE "status" = 'pending' AND "attempts" < ${MAX_ATTEMPTS}
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "secret", "attempts"`;
  if (claimed.length === 0) return { sent: 0, failed: 0 };

  const { SMTP_URL, MAIL_FROM: from } = config();
  const transport = nodemailer.createTransport(SMTP_URL);
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    const link = message.secret === null ? null : open(message.secret, linkContext(message.to));
    if (message.secret !== null && link === null) {
      // Sealed under an earlier NEXTAUTH_SECRET (or altered): sending the placeholder would only confuse.
      await db.outgoingEmail.update({
        where: { id: message.id },
        data: {
          status: "failed",
          secret: null,
          lastError: "The link could not be unsealed (was NEXTAUTH_SECRET changed?). Ask for a new one.",
        },
      });
      failed += 1;
      continue;
    }
    try {
      const text = link === null ? message.text : message.text.split(LINK_HIDDEN).join(link);
      await transport.sendMail({ from, to: message.to, subject: message.subject, text });
      await db.outgoingEmail.update({
        where: { id: message.id },
        data: { status: "sent", sentAt: new Date(), lastError: null, secret: null },
      });
      sent += 1;
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
          ...(givenUp ? { secret: null } : {}),
        },
      });
      failed += 1;
    }
  }
  transport.close();
  return { sent, failed };
}
