// @ts-check
// Where the instances of one site meet in Redis, in one place for cache-handler.mjs (loaded by
// Next.js itself, outside its bundle: Next's data and page cache) and scripts/server.ts (the
// response cache's relay of public changes). Plain CommonJS so both can load it as it is;
// lib/platform/env.ts checks the variables at start-up.

/** The site's keys and channel in Redis; null when REDIS_URL is unset (one machine, caches in memory). */
function sharedCacheSettings(env = process.env) {
  const url = env.REDIS_URL || null;
  if (!url) return null;
  const prefix = env.REDIS_KEY_PREFIX || "standfirst:";
  return {
    url,
    /** Next's cache entries of one build: RSC payloads of two builds must never mix during a rolling deploy. */
    cacheKeyPrefix: (/** @type {string} */ buildId) => `${prefix}${buildId}:`,
    /** Every instance hears on it which public tags another expired (scripts/server.ts). */
    changesChannel: `${prefix}public-changes`,
  };
}

/** Memory for Next's cache when there is no Redis (an LRU in each process), in MiB. */
const nextCacheBytes = (env = process.env) => Number(env.NEXT_CACHE_MB || 64) * 1024 * 1024;

module.exports = { sharedCacheSettings, nextCacheBytes };
