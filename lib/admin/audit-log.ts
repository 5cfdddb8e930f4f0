// The studio's audit log: reading the events lib/platform/audit.ts records, for editors and admins.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import type { Prisma } from "../generated/prisma/client";
import { keysetPage, keysetQuery, pageAtFrom, pageAtParams } from "../platform/keyset";
import { listIdParam, listSearchParam, searchWords } from "../platform/validation";
import { authorizeSite, type Actor } from "../permissions";

export const AUDIT_PAGE_SIZE = 50;

/** Action names are permission-style ("articles.publish", "users.disable"). */
const actionFilter = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/)
  .optional()
  .catch(undefined);

// An old `?page=N` address is not read: it finds the first page.
const query = z.object({
  article: listIdParam,
  q: listSearchParam,
  actor: listIdParam,
  action: actionFilter,
  ...pageAtParams,
});

/**
 * One page of events, newest first, by keyset on (createdAt, id): optionally about one piece
 * (by id, as the piece's overview links, or by words in its title), by one person, of one action.
 */
export async function listAuditEvents(actor: Actor | null, input: unknown) {
  authorizeSite(actor, "audit.view");
  const { after, before, ...filters } = query.parse(input ?? {});
  const at = pageAtFrom({ after, before });
  const page = keysetQuery({ at: "createdAt", id: "id" }, at, AUDIT_PAGE_SIZE);
  const where: Prisma.AuditEventWhereInput[] = [
    filters.article ? { articleId: filters.article } : {},
    filters.actor ? { actorId: filters.actor } : {},
    filters.action ? { action: filters.action } : {},
    ...searchWords(filters.q).map((word) => ({ article: { title: { contains: word, mode: "insensitive" as const } } })),
    page.where,
  ];
  const rows = await db.auditEvent.findMany({
    where: { AND: where },
    orderBy: page.orderBy,
    take: page.take,
    include: { actor: { select: { id: true, name: true } }, article: { select: { id: true, title: true } } },
  });
  return { ...keysetPage(rows, at, AUDIT_PAGE_SIZE, (e) => ({ at: e.createdAt, id: e.id })), filters };
}

/**
 * The choices of the filters: the people who appear in the log, the actions it holds, and the
 * title of the piece a link filters by. Pieces are searched by title rather than listed: an
 * archive's pieces do not fit a select.
 */
export async function auditFilterChoices(actor: Actor | null, articleId?: string) {
  authorizeSite(actor, "audit.view");
  const [people, actions, piece] = await Promise.all([
    db.user.findMany({ where: { auditEvents: { some: {} } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    // The distinct actions by a skip scan of the (action, createdAt, id) index: one index probe
    // per action, not a pass over every event (PostgreSQL 15 has no skip scan of its own).
    db.$queryRaw<{ action: string }[]>`
      WITH RECURSIVE actions AS (
        (SELECT "action" FROM "AuditEvent" ORDER BY "action" LIMIT 1)
        UNION ALL
        SELECT (SELECT e."action" FROM "AuditEvent" e WHERE e."action" > a."action" ORDER BY e."action" LIMIT 1)
        FROM actions a WHERE a."action" IS NOT NULL
      )
      SELECT "action" FROM actions WHERE "action" IS NOT NULL`,
    articleId ? db.article.findUnique({ where: { id: articleId }, select: { id: true, title: true } }) : null,
  ]);
  return { people, actions: actions.map((a) => a.action), piece };
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
