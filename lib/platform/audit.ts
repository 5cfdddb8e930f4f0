// The audit log: who did what, when. Every change writes its event inside the transaction
// that makes the change, so the log holds an entry exactly when the change happened.
// recordAudit is the only writer: lint refuses `.auditEvent.create(` anywhere else.
import "server-only";
import type { Tx } from "./db";
import type { Prisma } from "../generated/prisma/client";

export interface AuditEntry {
  /** Null only for someone without an account (an outside reviewer), who is then named in the details. */
  actorId: string | null;
  /** A permission-style name, e.g. "authors.update". */
  action: string;
  /** "author:<id>" and the like, when the change is not about a piece. */
  subject?: string;
  articleId?: string;
  details?: Record<string, unknown>;
}

/**
 * A transaction's client, never the database client itself (only `db` can `$connect`), so an
 * event cannot be written outside its change's transaction.
 */
type InTransaction = Tx & { $connect?: never };

export function recordAudit(tx: InTransaction, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subject: entry.subject ?? null,
      articleId: entry.articleId ?? null,
      details: (entry.details ?? {}) as Prisma.InputJsonObject,
    },
  });
}

type Value = string | number | boolean | null | readonly string[];

/** The fields whose value differs, as { field: { from, to } }, for an update's audit details. */
export function changedFields<T extends Record<string, Value>>(before: T, after: Partial<T>) {
  const changes: Record<string, { from: Value; to: Value }> = {};
  for (const [field, to] of Object.entries(after) as [string, Value][]) {
    const from = before[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to ?? null)) changes[field] = { from, to: to ?? null };
  }
  return changes;
}
