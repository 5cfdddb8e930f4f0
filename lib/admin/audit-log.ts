// The studio's audit log: reading the events lib/platform/audit.ts records, for editors and admins.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import type { Prisma } from "../generated/prisma/client";
import { authorizeSite, type Actor } from "../permissions";

export const AUDIT_PAGE_SIZE = 50;

/**
 * A filter is an id from the page's own select. Anything else in the address (too long, a NUL,
 * an array from a repeated parameter) is not a filter the page offered: it is dropped, and the
 * select shows "All", rather than failing the page.
 */
const idFilter = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined);

const query = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
  article: idFilter,
  actor: idFilter,
});

/** One page of events, newest first, optionally about one piece and/or by one person. */
export async function listAuditEvents(actor: Actor | null, input: unknown) {
  authorizeSite(actor, "audit.view");
  const { page, article, actor: actorId } = query.parse(input ?? {});
  const where: Prisma.AuditEventWhereInput = { ...(article ? { articleId: article } : {}), ...(actorId ? { actorId } : {}) };
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { id: true, name: true } }, article: { select: { id: true, title: true } } },
    }),
  ]);
  return { events, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), filters: { article, actor: actorId } };
}

/** The pieces and people that appear in the log, for the filter selects. */
export async function auditFilterChoices(actor: Actor | null) {
  authorizeSite(actor, "audit.view");
  const [pieces, people] = await Promise.all([
    db.article.findMany({ where: { auditEvents: { some: {} } }, select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db.user.findMany({ where: { auditEvents: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { pieces, people };
}

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "(none)";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "(none)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === "object" && value !== null && "from" in value && "to" in value;

/** Readable lines for an event's details: "name: Old → New", "email: a@b.org". */
export function describeDetails(details: unknown): string[] {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return [];
  return Object.entries(details).map(([key, value]) =>
    isChange(value) ? `${key}: ${show(value.from)} → ${show(value.to)}` : `${key}: ${show(value)}`,
  );
}
