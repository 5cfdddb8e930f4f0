// The public listings: all commentaries (the home page and /commentaries, by division and
// topic) and the pieces of an author, division, series or topic, newest first, a page at a
// time. Pages are named by keyset cursors (lib/platform/keyset.ts), never by an offset: each
// page reads one range of one index, so the 5,000th page costs what the first does, and a
// page's address keeps showing the same pieces however many are published after it.
//
// Order: the piece's publication date (`publishedAt`, the date its card shows; newest first),
// then its id. Not `liveFrom`: a new version of a live piece (a correction) goes live again
// with publishedAt unchanged, and must keep its place and its pages' addresses. A piece is live
// while its `liveFrom` has passed (publishedAt alone is no test: a piece unpublished and
// scheduled again keeps its first date); every index below ends with liveFrom so that test is
// read from the index. An author's and a topic's pieces are read from their link table, which
// carries each publication's `publishedAt` and `liveFrom` (kept equal by the database:
// migration 20261202074442_listing_keyset), so those lists too are one index range, not a scan
// of the author's or topic's whole archive.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { encodeCursor, keysetPage, keysetQuery, pageAtParams, type Cursor, type PageAt } from "../platform/keyset";
import type { Prisma } from "../generated/prisma/client";
import { listingSelect, PAGE_SIZE, toListingItem, type ListingItem } from "./publications";

/** Slugs that narrow a listing; each one that names nothing simply matches nothing. */
export interface ListingFilter {
  division?: string;
  topic?: string;
  author?: string;
  series?: string;
}

/** One page of a listing, with the encoded cursors of the pages either side (`paths`' `at`), null at an end. */
export interface ListingPage {
  items: ListingItem[];
  /** The older page: pass as `after`. */
  next: string | null;
  /** The newer page: pass as `before`. */
  previous: string | null;
}

const querySlug = z
  .string()
  .trim()
  .max(120)
  .regex(/^[a-z0-9-]*$/)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);

/**
 * A listing page's query string (?division=&topic=&after= or &before=); anything malformed is
 * dropped, not refused. `page` is the old offset paging's number, only read to redirect old links.
 */
export const listingParams = z.object({
  division: querySlug,
  topic: querySlug,
  ...pageAtParams,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** The ids a filter's slugs name, or null when one of them names nothing (an empty listing). */
async function resolve(filter: ListingFilter) {
  const find = (slug: string | undefined, lookup: (slug: string) => Promise<{ id: string } | null>) =>
    slug === undefined ? Promise.resolve(undefined) : lookup(slug).then((row) => row?.id ?? null);
  const [divisionId, seriesId, topicId, authorId] = await Promise.all([
    find(filter.division, (slug) => db.division.findUnique({ where: { slug }, select: { id: true } })),
    find(filter.series, (slug) => db.series.findUnique({ where: { slug }, select: { id: true } })),
    find(filter.topic, (slug) => db.topic.findUnique({ where: { slug }, select: { id: true } })),
    find(filter.author, (slug) => db.authorProfile.findUnique({ where: { slug }, select: { id: true } })),
  ]);
  if (divisionId === null || seriesId === null || topicId === null || authorId === null) return null;
  return { divisionId, seriesId, topicId, authorId };
}

type Scope = NonNullable<Awaited<ReturnType<typeof resolve>>>;

/** What to read a page with: a query in the listing's order (`where` and `orderBy` from keysetQuery, or an offset) and a count. */
interface Source {
  rows(query: { where: object; orderBy: object[]; take: number; skip?: number }): Promise<{ cursor: Cursor; item: ListingItem }[]>;
  count(): Promise<number>;
}

/**
 * Where a scope's pieces are read from: an author's or topic's link table (its index on
 * authorId or topicId, publishedAt, publicationId), else the publications (their index on
 * publishedAt, by division or series where given). Other filters narrow the rows read.
 */
function sourceOf(scope: Scope): Source {
  const now = new Date();
  const { divisionId, seriesId, topicId, authorId } = scope;
  const narrowing: Prisma.PublicationWhereInput = {
    ...(divisionId ? { divisionId } : {}),
    ...(seriesId ? { seriesId } : {}),
    ...(topicId && authorId ? { topics: { some: { topicId } } } : {}),
  };
  const narrowed = Object.keys(narrowing).length > 0 ? { publication: narrowing } : {};
  const linkSelect = { publishedAt: true, publicationId: true, publication: { select: listingSelect } } as const;
  const fromLink = (row: { publishedAt: Date; publicationId: string; publication: Parameters<typeof toListingItem>[0] }) => ({
    cursor: { at: row.publishedAt, id: row.publicationId },
    item: toListingItem(row.publication),
  });
  if (authorId) {
    const where: Prisma.PublicationAuthorWhereInput = { authorId, liveFrom: { lte: now }, ...narrowed };
    return {
      rows: async ({ where: page, ...rest }) =>
        (await db.publicationAuthor.findMany({ where: { AND: [where, page] }, ...rest, select: linkSelect })).map(fromLink),
      count: () => db.publicationAuthor.count({ where }),
    };
  }
  if (topicId) {
    const where: Prisma.PublicationTopicWhereInput = { topicId, liveFrom: { lte: now }, ...narrowed };
    return {
      rows: async ({ where: page, ...rest }) =>
        (await db.publicationTopic.findMany({ where: { AND: [where, page] }, ...rest, select: linkSelect })).map(fromLink),
      count: () => db.publicationTopic.count({ where }),
    };
  }
  const where: Prisma.PublicationWhereInput = { liveFrom: { lte: now }, ...narrowing };
  return {
    rows: async ({ where: page, ...rest }) =>
      (
        await db.publication.findMany({
          where: { AND: [where, page] },
          ...rest,
          select: { ...listingSelect, articleId: true },
        })
      ).map((row) => ({ cursor: { at: row.publishedAt, id: row.articleId }, item: toListingItem(row) })),
    count: () => db.publication.count({ where }),
  };
}

/** The column names of the listing's order in the table a source reads. */
const keysOf = (scope: Scope) =>
  scope.authorId || scope.topicId
    ? ({ at: "publishedAt", id: "publicationId" } as const)
    : ({ at: "publishedAt", id: "articleId" } as const);

/** One page of live pieces matching the filter, newest first: the first page, or the page after or before a cursor. */
export async function listLivePublications(filter: ListingFilter = {}, at: PageAt = null): Promise<ListingPage> {
  const scope = await resolve(filter);
  if (!scope) return { items: [], next: null, previous: null };
  const { where, orderBy, take } = keysetQuery(keysOf(scope), at, PAGE_SIZE);
  const rows = await sourceOf(scope).rows({ where, orderBy, take });
  const page = keysetPage(rows, at, PAGE_SIZE, (row) => row.cursor);
  return {
    items: page.items.map((row) => row.item),
    next: page.next && encodeCursor(page.next),
    previous: page.previous && encodeCursor(page.previous),
  };
}

/** How many live pieces match the filter (an index-only count: see bench/explain.ts). */
export async function countLivePublications(filter: ListingFilter = {}): Promise<number> {
  const scope = await resolve(filter);
  return scope ? sourceOf(scope).count() : 0;
}

/**
 * Where page N of the old offset paging (`/page/N`, `?page=N`) starts now: the cursor of the
 * piece before it, to pass as `after`, or null for page 1 and pages past the end. Old links
 * only: this reads past N-1 pages once, where a cursor reads one.
 */
export async function legacyPageCursor(filter: ListingFilter, page: number): Promise<string | null> {
  const scope = await resolve(filter);
  if (!scope || page < 2) return null;
  const { orderBy } = keysetQuery(keysOf(scope), null, 0);
  // The last piece of page N-1, and the first of page N to show that page N is not past the end.
  const [before, first] = await sourceOf(scope).rows({ where: {}, orderBy, take: 2, skip: (page - 1) * PAGE_SIZE - 1 });
  return before && first ? encodeCursor(before.cursor) : null;
}
