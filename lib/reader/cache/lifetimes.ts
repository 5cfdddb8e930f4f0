// How long anything public may be kept, in seconds: every lifetime of every cache, here only.
// Tags expire entries at once when something changes (./index.ts); a lifetime bounds only what
// no change announces, a scheduled piece's time coming.

/**
 * Cached public pages and their reads (Next's data cache, search results): how late a
 * scheduled piece may appear on a page. Each cached page's route says `export const
 * revalidate = 60`, a literal because Next reads it at build time;
 * tests/unit/next-literals.test.ts holds every one equal to this.
 */
export const PAGE_SECONDS = 60;

/**
 * Reads derived from the live pieces beside the pages: feeds, the sitemap, citation files, the
 * facts behind a piece's metadata, the approved comments under a piece. Every change refreshes
 * them by tag; this bounds how late a scheduled piece reaches a feed or the sitemap. Also the
 * Cache-Control of the feed and citation responses.
 */
export const DERIVED_READ_SECONDS = 300;

/**
 * The server's own response cache (lib/platform/http/response-cache.ts, `npm start`): the most
 * it adds to PAGE_SECONDS, after which Next renders a page afresh.
 */
export const RESPONSE_CACHE_SECONDS = 10;

/** The Cache-Control of a public response that browsers and proxies may keep for `seconds`. */
export const publicCacheControl = (seconds: number) => `public, max-age=${seconds}`;
