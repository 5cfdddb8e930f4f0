// The studio's list of pieces ("All commentaries", /studio/articles): what the person may see
// (permissions.ts's list scope), searched by title and standfirst, filtered by state, division,
// author, assigned editor and due date, newest change first (due filters: soonest due first),
// 50 a page by keyset. Every page, however deep, and every
// search is an index scan (prisma/migrations/*_studio_list_indexes), so the list costs the same
// at 100 pieces and at 100,000.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { ArticleStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { keysetPage, keysetQuery, mergeReads, pageAtFrom, pageAtParams } from "../platform/keyset";
import { listIdParam, listSearchParam, searchWords } from "../platform/validation";
import { articleListScope, authorizeSite, type Actor } from "../permissions";
import { articleScopeBranches } from "./article-scope";
import { getSiteSettings } from "../platform/site-settings";
import { siteWeek } from "../platform/dates";
import { assignableEditors, OPEN_STATUSES } from "./assignments";

export const STUDIO_PAGE_SIZE = 50;

/** The author filter's value for "pieces I created or am an author of", whoever I am. */
export const MINE = "me";

/**
 * The list's query string. Anything the form did not offer (an unknown state, a malformed id,
 * a repeated parameter, a stale cursor) is dropped rather than failing the page: the list falls
 * back to "any" for that filter, or to page 1.
 */
export const studioListQuery = z.object({
  q: listSearchParam,
  status: z.enum(ArticleStatus).optional().catch(undefined),
  division: listIdParam,
  author: listIdParam,
  /** The assigned editor's id, or `me`. */
  assigned: listIdParam,
  /** Pieces still in the works due this week (the site's, Monday to Sunday), or past their due date. */
  due: z.enum(["week", "overdue"]).optional().catch(undefined),
  ...pageAtParams,
});

export type DueFilter = "week" | "overdue";
export type StudioListFilters = {
  q?: string;
  status?: ArticleStatus;
  division?: string;
  author?: string;
  assigned?: string;
  due?: DueFilter;
};

/**
 * Each typed word must appear, in any case, inside the title or the standfirst: "clim pol"
 * finds "Climate policy after Paris". pg_trgm's GIN indexes serve these ILIKE matches.
 */
function searchWhere(q: string): Prisma.ArticleWhereInput[] {
  return searchWords(q).map((word) => ({
    OR: [{ title: { contains: word, mode: "insensitive" } }, { standfirst: { contains: word, mode: "insensitive" } }],
  }));
}

/**
 * The due filters, each one range of the (dueAt, id) index, which the list then reads in due
 * order: soonest (or longest overdue) first.
 */
async function dueWhere(due: DueFilter | undefined): Promise<Prisma.ArticleWhereInput[]> {
  if (!due) return [];
  const now = new Date();
  const range =
    due === "overdue"
      ? { lt: now }
      : await getSiteSettings()
          .then(({ timeZone }) => siteWeek(now, timeZone))
          .then((w) => ({ gte: w.from, lt: w.to }));
  return [{ dueAt: range }, { status: { in: OPEN_STATUSES } }];
}

function filtersWhere(filters: StudioListFilters, actor: Actor): Prisma.ArticleWhereInput[] {
  const where: Prisma.ArticleWhereInput[] = [];
  if (filters.assigned) where.push({ assignedEditorId: filters.assigned === MINE ? actor.id : filters.assigned });
  if (filters.status) where.push({ status: filters.status });
  if (filters.division) where.push({ divisionId: filters.division });
  if (filters.author && filters.author !== MINE) where.push({ authors: { some: { authorId: filters.author } } });
  if (filters.q) where.push(...searchWhere(filters.q));
  return where;
}

/** The parts of the list to read, each by its own index: the person's scope, narrowed to their own pieces for `author=me`. */
function branches(actor: Actor, filters: StudioListFilters): Prisma.ArticleWhereInput[] {
  const scope = articleScopeBranches(articleListScope(actor));
  if (filters.author !== MINE) return scope;
  const own = articleScopeBranches({ kind: "contributor", userId: actor.id });
  return scope.flatMap((part) => own.map((mine) => ({ AND: [part, mine] })));
}

const row = {
  id: true,
  slug: true,
  title: true,
  status: true,
  updatedAt: true,
  scheduledAt: true,
  dueAt: true,
  priority: true,
  assignedEditor: { select: { name: true } },
  division: { select: { name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { displayName: true } } } },
} satisfies Prisma.ArticleSelect;

/**
 * One page of the pieces a person may see, newest change first. A filter only narrows that
 * scope: a writer who names someone else's piece, author or division sees nothing more, and
 * cannot tell an empty result from a piece they may not see. `size` is the page's length (the
 * dashboard shows the first few).
 */
export async function listStudioArticles(actor: Actor | null, input: unknown = {}, size = STUDIO_PAGE_SIZE) {
  const user = authorizeSite(actor, "articles.create");
  const { after, before, ...filters } = studioListQuery.parse(input ?? {});
  const at = pageAtFrom({ after, before });
  // Newest change first; a due filter reads by due date instead, soonest first, so it stays one index range.
  const byDue = filters.due !== undefined;
  const page = byDue ? keysetQuery({ at: "dueAt", id: "id" }, at, size, "asc") : keysetQuery({ at: "updatedAt", id: "id" }, at, size);
  const cursorOf = (r: { updatedAt: Date; dueAt: Date | null; id: string }) => ({ at: byDue && r.dueAt ? r.dueAt : r.updatedAt, id: r.id });
  const due = await dueWhere(filters.due);
  const reads = await Promise.all(
    branches(user, filters).map((part) =>
      db.article.findMany({
        where: { AND: [part, ...filtersWhere(filters, user), ...due, page.where] },
        orderBy: page.orderBy,
        take: page.take,
        select: row,
      }),
    ),
  );
  const rows = mergeReads(reads, cursorOf, page.direction, page.take);
  return { ...keysetPage(rows, at, size, cursorOf), filters };
}

export type StudioArticlesPage = Awaited<ReturnType<typeof listStudioArticles>>;
export type StudioArticleRow = StudioArticlesPage["items"][number];

/** The choices of the list's filters: every division, and the authors (by name) up to a bound. */
export const AUTHOR_CHOICES = 1000;

export async function studioListChoices(actor: Actor | null) {
  authorizeSite(actor, "articles.create");
  const [divisions, authors, editors] = await Promise.all([
    db.division.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.authorProfile.findMany({
      select: { id: true, displayName: true },
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      take: AUTHOR_CHOICES,
    }),
    assignableEditors(),
  ]);
  return { divisions, authors, editors };
}
