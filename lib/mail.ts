// Outgoing email. Every message is written to OutgoingEmail inside the transaction that
// causes it, so a notification exists exactly when its change does; delivery happens
// after commit (SMTP from the environment) and the studio outbox shows what is pending.
import type { Tx } from "./db";

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
