// @ts-check
// Next.js's cache of rendered pages and cached reads (ISR and unstable_cache), through
// @fortedigital/nextjs-cache-handler (next.config.js's `cacheHandler`). Next's own handler keeps
// every rendered path on local disk, without bound, and apart on each instance. This one keeps:
// - with REDIS_URL, one cache in Redis that every instance shares: a tag expired on one instance
//   (refreshPublic, lib/reader/cache/) is expired for all, and the expired tags are then
//   announced on a channel, so each instance's response cache drops what they named
//   (scripts/server.ts, lib/platform/public-changes.ts);
// - without it (one machine), a least-recently-used cache in this process's memory, bounded by
//   NEXT_CACHE_MB.
// Either way nothing is written to disk at run time. `next build` always uses the memory cache:
// a build must not read or fill the cache of the site that is running.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";
import sharedCache from "./lib/platform/shared-cache.js";

const { sharedCacheSettings, nextCacheBytes } = sharedCache;
const settings = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? null : sharedCacheSettings();

// One connection per process. Commands fail at once while it is down (no offline queue): the
// cache then misses and pages render from the database, rather than requests waiting for Redis;
// node-redis keeps reconnecting (and a start-up never waits for it).
const redis = settings ? createClient({ url: settings.url, disableOfflineQueue: true, pingInterval: 10_000 }) : null;
redis?.on("error", (error) => console.error(`Redis (the shared cache): ${error instanceof Error ? error.message : error}`));
redis?.connect().catch(() => undefined);

CacheHandler.onCreation(({ buildId }) => {
  if (!redis || !settings) return { handlers: [createLruHandler({ maxItemsNumber: 10_000, maxItemSizeBytes: nextCacheBytes() })] };
  return { handlers: [createRedisHandler({ client: redis, keyPrefix: settings.cacheKeyPrefix(buildId ?? "dev"), timeoutMs: 2_000 })] };
});

export default class SharedCacheHandler extends CacheHandler {
  /**
   * Expires the tags in the shared cache, then tells the other instances which ones, before the
   * change's response goes out (Next awaits this): their response caches drop what they named,
   * and what they render next is read from a cache that no longer holds it.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    await super.revalidateTag(tags);
    if (!redis || !settings) return;
    await redis
      .publish(settings.changesChannel, JSON.stringify(typeof tags === "string" ? [tags] : tags))
      .catch((error) => console.error(`Redis: could not announce expired tags: ${error instanceof Error ? error.message : error}`));
  }
}
