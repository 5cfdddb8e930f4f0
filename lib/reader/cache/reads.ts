// Every cached public read: what the reader's pages, feeds, sitemap and metadata read, each
// under the tags that refresh it (./index.ts) and a lifetime (./lifetimes.ts), through `cached`,
// the one call of Next's data cache.
//
// Scheduled pieces appear with no job runner: listings and search are keyed by the newest
// liveFrom that has passed (one indexed query per request), so they change the moment a
// scheduled piece goes live; cached piece pages live at most PAGE_SECONDS.
import "server-only";
import { LRUCache } from "lru-cache";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "../../platform/db";
import { publicGeneration } from "../../platform/public-generation";
import type { FeedFormat, FeedScope, ListingAt, SitemapFile } from "../../platform/paths";
import { listApprovedComments } from "../comments";
import { renderFeed, resolveFeed } from "../feeds";
import { loadPieceFacts } from "../piece-facts";
import { loadPdfSource } from "../pdf/source";
import { movedPieceLocation } from "../legacy-paths";
import { retiredSlugTarget } from "../retired-slugs";
import {
  getPublicDivision,
  getLivePublication,
  getPublicAuthor,
  getPublicSeries,
  getPublicTopic,
  listFilterOptions,
} from "../publications";
import { countLivePublications, listLivePublications, type ListingFilter } from "../listings";
import { pageAtFrom, pageAtQuery } from "../../platform/keyset";
import { listRelatedPieces } from "../related";
import { searchInput, searchPublications, type SearchResult } from "../search";
import { sitemapFileXml, sitemapIndexXml } from "../sitemap";
import { listingTags, liveTagsOf, publicTags } from ".";
import { DERIVED_READ_SECONDS, PAGE_SECONDS } from "./lifetimes";

/** `fn`, kept in Next's data cache under `key` and its arguments, until a tag expires or `lifetime` seconds pass. */
function cached<A extends unknown[], R>(key: string, tags: readonly string[], lifetime: number, fn: (...args: A) => Promise<R>) {
  return unstable_cache(fn, [key], { tags: [...tags], revalidate: lifetime });
}

/** The newest liveFrom that has passed: part of every listing's cache key (see the top of this file); read once per request. */
const liveEpoch = cache(async (): Promise<string> => {
  const rows = await db.$queryRaw<{ epoch: Date | null }[]>`SELECT max("liveFrom") AS epoch FROM "Publication" WHERE "liveFrom" <= now()`;
  return rows[0]?.epoch?.toISOString() ?? "none";
});

// The epoch argument only keys the cache entry; the wrapped function ignores it.
const withEpoch =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  (_epoch: string, ...args: A) =>
    fn(...args);

const cachedListing = cached(
  "listing",
  listingTags,
  PAGE_SECONDS,
  withEpoch((filter: ListingFilter, at: ListingAt) => listLivePublications(filter, pageAtFrom(at))),
);
const cachedListingCount = cached("listing-count", listingTags, PAGE_SECONDS, withEpoch(countLivePublications));
const cachedFilterOptions = cached("filter-options", listingTags, PAGE_SECONDS, withEpoch(listFilterOptions));

/** A page of a listing, by the cursor an address carries (anything that is not one reads the first page). */
export async function publicListing(filter: ListingFilter, at: ListingAt = {}) {
  return cachedListing(await liveEpoch(), filter, pageAtQuery(pageAtFrom(at)));
}

/** How many pieces a listing has, kept apart from its pages: every page of a collection shares one count. */
export async function publicListingCount(filter: ListingFilter) {
  return cachedListingCount(await liveEpoch(), filter);
}

// Search results are kept in this process's memory, bounded, rather than in Next's data cache,
// which writes every entry to disk: readers can type endlessly many distinct queries.
const searchResults = new LRUCache<string, SearchResult>({ max: 1000, ttl: PAGE_SECONDS * 1000 });

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

export const publicAuthor = cached("author", listingTags, PAGE_SECONDS, getPublicAuthor);
export const publicDivision = cached("division", listingTags, PAGE_SECONDS, getPublicDivision);
export const publicSeries = cached("series", listingTags, PAGE_SECONDS, getPublicSeries);
export const publicTopic = cached("topic", listingTags, PAGE_SECONDS, getPublicTopic);

const pieceTags = (slug: string) => [publicTags.publications, publicTags.publication(slug)];

/** A live piece, cached under its own tags and those of everything it shows; read once per request (page and metadata). */
export const publicPiece = cache(async (slug: string) => {
  const tags = await cached("piece-tags", pieceTags(slug), PAGE_SECONDS, liveTagsOf)(slug);
  return cached("piece", tags, PAGE_SECONDS, getLivePublication)(slug);
});

/**
 * The related reading under a live piece. Its cards show other pieces, so it carries what listings
 * carry ("publications", expired by every publish, unpublish and correction, so a related piece
 * that is withdrawn leaves every page at once; "listings", expired when an author, division or
 * topic a card names changes) besides the piece's own tag.
 */
export const publicRelated = cache((slug: string) =>
  cached("related", [...listingTags, publicTags.publication(slug)], PAGE_SECONDS, listRelatedPieces)(slug),
);

/**
 * Where a slug no live piece has leads now (a piece's former address), or null: read by the piece
 * page only when it finds no piece, under the same tags, so the rename that frees or takes the
 * slug refreshes it.
 */
export const publicMovedPiece = (slug: string) => cached("moved-piece", pieceTags(slug), PAGE_SECONDS, movedPieceLocation)(slug);

/** The slug an author's, division's, series' or topic's former slug leads to now, or null; refreshed with the listings. */
export const publicRetiredSlug = cached("retired-slug", listingTags, PAGE_SECONDS, retiredSlugTarget);

/** What machines need to know about a live piece (metadata, JSON-LD, citations); also once per request. */
export const publicPieceFacts = cache((slug: string) =>
  cached("piece-facts", [...pieceTags(slug), publicTags.site], DERIVED_READ_SECONDS, loadPieceFacts)(slug),
);

/**
 * What a live piece's PDF is made from, and its fingerprint (lib/reader/pdf): under the tags of
 * everything the PDF shows, as the page is, so a change to any of them names a new PDF.
 */
export const publicPdfSource = async (slug: string) => {
  const tags = await cached("piece-tags", pieceTags(slug), PAGE_SECONDS, liveTagsOf)(slug);
  return cached("piece-pdf", tags, DERIVED_READ_SECONDS, loadPdfSource)(slug);
};

/** The approved comments under a live piece; moderation refreshes the piece's tag. */
export const publicComments = (slug: string) =>
  cached("approved-comments", [publicTags.publication(slug)], DERIVED_READ_SECONDS, listApprovedComments)(slug);

/** The sitemap index and its files (XML), refreshed with the pieces and the listings' subjects. */
const sitemapTags = [...listingTags, publicTags.site];
export const publicSitemapIndex = cached("sitemap-index", sitemapTags, DERIVED_READ_SECONDS, () => sitemapIndexXml());
export const publicSitemapFile = cached("sitemap-file", sitemapTags, DERIVED_READ_SECONDS, (file: SitemapFile) => sitemapFileXml(file));

/** A feed's XML, or null when the author, division or topic does not exist; refreshed with its pieces and its subject. */
export async function publicFeed(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  const resolved = await resolveFeed(scope);
  if (!resolved) return null;
  // The scope only keys the entry: the feed it resolved to is what is rendered.
  const render = (_scope: FeedScope, feedFormat: FeedFormat) => renderFeed(resolved, feedFormat);
  return cached("feed", [publicTags.publications, publicTags.site, ...resolved.tags], DERIVED_READ_SECONDS, render)(scope, format);
}
