// What public pages read, through Next's data cache, and how it is refreshed.
//
// Tags (the contract other modules use with `refreshPublic`):
//   "publications"          the set or content of live pieces (every public page carries it)
//   "publication:<slug>"    one piece's page
//   "author:<id>", "division:<id>", "series:<id>", "topic:<id>", "disclaimer:<id>"
//                           something a page shows about that thing changed
// A refresh expires the entries at once (revalidateTag with { expire: 0 }), so the next
// request renders afresh: after unpublishing, the piece is gone on the very next request.
//
// Scheduled pieces appear with no job runner: listings and search are keyed by the newest
// liveFrom that has passed (one indexed query per request), so they change the moment a
// scheduled piece goes live; cached piece pages live at most PUBLIC_REVALIDATE_SECONDS.
import { LRUCache } from "lru-cache";
import { revalidateTag, unstable_cache } from "next/cache";
import { db } from "../platform/db";
import { bumpPublicGeneration, publicGeneration } from "../platform/public-generation";
import {
  getDivision,
  getLivePublication,
  getPublicAuthor,
  getSeries,
  getTopic,
  listFilterOptions,
  listLivePublications,
  type ListingFilter,
} from "./publications";
import { searchInput, searchPublications, type SearchResult } from "./search";

/** Upper bound on how long a cached public page may lag behind the clock. */
export const PUBLIC_REVALIDATE_SECONDS = 60;

export const publicTags = {
  publications: "publications",
  publication: (slug: string) => `publication:${slug}`,
  author: (id: string) => `author:${id}`,
  division: (id: string) => `division:${id}`,
  series: (id: string) => `series:${id}`,
  topic: (id: string) => `topic:${id}`,
  disclaimer: (id: string) => `disclaimer:${id}`,
};

/** Pages that list many pieces (bylines, divisions, topic filters): refreshed when any of those change. */
const LISTINGS = "listings";

export interface PieceRefs {
  slug: string;
  divisionId: string | null;
  seriesId: string | null;
  disclaimerId: string | null;
  authorIds: readonly string[];
  topicIds: readonly string[];
}

/** The tags of the pages that show a piece with these references. */
export function tagsForPiece(piece: PieceRefs): string[] {
  return [
    publicTags.publications,
    publicTags.publication(piece.slug),
    ...(piece.divisionId ? [publicTags.division(piece.divisionId)] : []),
    ...(piece.seriesId ? [publicTags.series(piece.seriesId)] : []),
    ...(piece.disclaimerId ? [publicTags.disclaimer(piece.disclaimerId)] : []),
    ...piece.authorIds.map(publicTags.author),
    ...piece.topicIds.map(publicTags.topic),
  ];
}

const refsSelect = {
  slug: true,
  divisionId: true,
  seriesId: true,
  disclaimerId: true,
  authors: { select: { authorId: true } },
  topics: { select: { topicId: true } },
} as const;

/** The tags of every public page that shows the piece, as published now (its live copy) or as it will be. */
export async function tagsForArticle(articleId: string): Promise<string[]> {
  const [publication, article] = await Promise.all([
    db.publication.findUnique({ where: { articleId }, select: refsSelect }),
    db.article.findUnique({ where: { id: articleId }, select: refsSelect }),
  ]);
  const tags = [publication, article].flatMap((row) =>
    row ? tagsForPiece({ ...row, authorIds: row.authors.map((a) => a.authorId), topicIds: row.topics.map((t) => t.topicId) }) : [],
  );
  return [...new Set([publicTags.publications, ...tags])];
}

/**
 * Expires the cached public pages carrying these tags. Call it after the change has been
 * committed, from a server action or route handler (Next needs the request's context).
 */
export function refreshPublic(tags: readonly string[]) {
  const all = new Set(tags);
  // Listings show authors' names, divisions and topics, but do not carry each one's tag.
  if (tags.some((tag) => /^(author|division|topic|series):/.test(tag))) all.add(LISTINGS);
  for (const tag of all) revalidateTag(tag, { expire: 0 });
  // The caches outside Next's keep no tags: any change empties them (changes are rare, refills cheap).
  // The last good copies kept for outages (lib/platform/http/response-cache.ts) lose only what the change
  // may have withdrawn: a change to pieces (unpublished, corrected, a comment removed) takes
  // the copies that show or link to those pieces, named by their own tags (the author and
  // topic tags beside them name the pages that list the pieces); any other change (an
  // author, a division, a disclaimer) takes them all.
  const pieces = tags.filter((tag) => tag.startsWith(PIECE_TAG)).map((tag) => tag.slice(PIECE_TAG.length));
  bumpPublicGeneration(pieces.length ? { pieces } : "everything");
}

const PIECE_TAG = publicTags.publication("");

const cached = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string, tags: string[]) =>
  unstable_cache(fn, [key], { tags, revalidate: PUBLIC_REVALIDATE_SECONDS });

/** The newest liveFrom that has passed: part of every listing's cache key (see the top of this file). */
async function liveEpoch(): Promise<string> {
  const rows = await db.$queryRaw<{ epoch: Date | null }[]>`SELECT max("liveFrom") AS epoch FROM "Publication" WHERE "liveFrom" <= now()`;
  return rows[0]?.epoch?.toISOString() ?? "none";
}

const listingTags = [publicTags.publications, LISTINGS];

// The epoch argument only keys the cache entry; the wrapped function ignores it.
const withEpoch =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  (_epoch: string, ...args: A) =>
    fn(...args);

const cachedListing = cached(withEpoch(listLivePublications), "listing", listingTags);
const cachedFilterOptions = cached(withEpoch(listFilterOptions), "filter-options", listingTags);

export async function publicListing(filter: ListingFilter) {
  return cachedListing(await liveEpoch(), filter);
}

// Search results are kept in this process's memory, bounded, rather than in Next's data cache,
// which writes every entry to disk: readers can type endlessly many distinct queries.
const searchResults = new LRUCache<string, SearchResult>({ max: 1000, ttl: PUBLIC_REVALIDATE_SECONDS * 1000 });

export async function publicSearch(input: unknown, timeZone: string): Promise<SearchResult> {
  const parsed = searchInput.parse(input ?? {});
  const key = JSON.stringify([publicGeneration(), await liveEpoch(), parsed, timeZone]);
  const stored = searchResults.get(key);
  if (stored) return stored;
  const result = await searchPublications(parsed, timeZone);
  searchResults.set(key, result);
  return result;
}

export async function publicFilterOptions(timeZone: string) {
  return cachedFilterOptions(await liveEpoch(), timeZone);
}

export const publicAuthor = cached(getPublicAuthor, "author", listingTags);
export const publicDivision = cached(getDivision, "division", listingTags);
export const publicSeries = cached(getSeries, "series", listingTags);
export const publicTopic = cached(getTopic, "topic", listingTags);

async function pieceTagsOf(slug: string): Promise<string[]> {
  const publication = await db.publication.findFirst({ where: { slug, liveFrom: { lte: new Date() } }, select: refsSelect });
  if (!publication) return [publicTags.publications, publicTags.publication(slug)];
  return tagsForPiece({
    ...publication,
    authorIds: publication.authors.map((a) => a.authorId),
    topicIds: publication.topics.map((t) => t.topicId),
  });
}

/** A live piece, cached under its own tags and those of everything it shows. */
export async function publicPiece(slug: string) {
  const tags = await cached(pieceTagsOf, "piece-tags", [publicTags.publications, publicTags.publication(slug)])(slug);
  return cached(getLivePublication, "piece", tags)(slug);
}
