// Outgoing email. Every message is written to OutgoingEmail inside the transaction that
// causes it, so a notification exists exactly when its change does; delivery happens
// after commit (SMTP from the environment) and the studio outbox shows what is pending.
import nodemailer from "nodemailer";
import { db, type Tx } from "./db";
import { authorizeSite, type Actor } from "./permissions";

export interface Message {
  to: string[];
  subject: string;
  text: string;
}

export async function queueEmail(tx: Tx, message: Message) {
  const to = [...new Set(message.to.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  if (to.length === 0) return null;
  return tx.outgoingEmail.create({ data: { to, subject: message.subject, text: message.text } });
}

const MAX_ATTEMPTS = 5;

/** Where mail goes: SMTP_URL, e.g. smtp://user:password@mail.example.org:587. Without it mail stays in the outbox. */
export const smtpConfigured = () => Boolean(process.env.SMTP_URL);

/**
 * Sends pending mail over SMTP. Rows are claimed with SKIP LOCKED, so several app
 * instances can deliver at once without sending anything twice. Failures are recorded on
 * the row (and retried, up to 5 attempts); this never throws for a message that fails.
 */
export async function deliverPending(limit = 20): Promise<{ sent: number; failed: number }> {
  if (!smtpConfigured()) return { sent: 0, failed: 0 };
  const claimed = await db.$queryRaw<{ id: string; to: string[]; subject: string; text: string; attempts: number }[]>`
    UPDATE "OutgoingEmail" SET "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutgoingEmail"
      WHERE "status" = 'pending' AND "attempts" < ${MAX_ATTEMPTS}
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "attempts"`;
  if (claimed.length === 0) return { sent: 0, failed: 0 };

  const transport = nodemailer.createTransport(process.env.SMTP_URL);
  const from = process.env.MAIL_FROM ?? "Standfirst <no-reply@standfirst.example>";
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
      await db.outgoingEmail.update({ where: { id: message.id }, data: { status: "sent", sentAt: new Date(), lastError: null } });
      sent += 1;
    } catch (error) {
      await db.outgoingEmail.update({
        where: { id: message.id },
        data: { lastError: (error as Error).message.slice(0, 500), status: message.attempts >= MAX_ATTEMPTS ? "failed" : "pending" },
      });
      failed += 1;
    }
  }
  transport.close();
  return { sent, failed };
}

const OUTBOX_PAGE_SIZE = 25;

/** The studio outbox: every message, newest first, a page at a time. */
export async function listOutbox(actor: Actor | null, page = 1) {
  authorizeSite(actor, "outbox.view");
  const current = Number.isInteger(page) && page > 0 ? page : 1;
  const [items, total] = await Promise.all([
    db.outgoingEmail.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (current - 1) * OUTBOX_PAGE_SIZE, take: OUTBOX_PAGE_SIZE }),
    db.outgoingEmail.count(),
  ]);
  return { items, total, page: current, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}
