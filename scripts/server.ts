// The production HTTP server: Next.js's request handler behind Node's http server, so that
// every request's X-Forwarded-For ends with the address of the socket peer. `next start`
// only fills that header when it is absent, which lets a client talking to it directly
// claim any address and dodge per-address rate limits (lib/platform/http/client-ip.ts). Cached public
// pages are answered before Next is entered, from lib/platform/http/response-cache.ts; when Next fails
// them, their last good copy stands in (lib/platform/http/response-failover.ts). Bad addresses and
// oversize server actions are refused before either (lib/platform/http/request-refusals.ts).
// With REDIS_URL, what other instances change reaches this one's caches through Redis
// (lib/platform/public-changes.ts; README, "Running on several machines").
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { appendPeer } from "../lib/platform/http/client-ip";
import { watchRequest } from "../lib/platform/http/request-failures";
import { createResponseCache } from "../lib/platform/http/response-cache";
import { holdFailures, unavailablePage } from "../lib/platform/http/response-failover";
import { normalisePermanentRedirects } from "../lib/platform/http/permanent-redirects";
import { requestRefusal, sendRefusal } from "../lib/platform/http/request-refusals";
import { config } from "../lib/platform/env";
import { listenForExpiredTags } from "../lib/platform/public-changes";
import { bumpPublicGeneration } from "../lib/platform/public-generation";
import { sharedCacheSettings } from "../lib/platform/shared-cache";
import { RESPONSE_CACHE_SECONDS } from "../lib/reader/cache/lifetimes";
import { withdrawnBy } from "../lib/reader/cache/tags";

/** How long a start waits for the channel of public changes before serving without it. */
const CHANNEL_WAIT_MS = 5_000;

/**
 * Bumps this process's public generation for every change another instance announces
 * (cache-handler.mjs), and for everything after the channel was lost. Returns how to stop.
 */
async function hearOtherInstances(): Promise<() => Promise<void>> {
  const shared = sharedCacheSettings();
  if (!shared) return async () => undefined;
  const listener = listenForExpiredTags(shared.url, shared.changesChannel, {
    onTags: (tags) => {
      const withdrawn = withdrawnBy(tags);
      if (withdrawn) bumpPublicGeneration(withdrawn);
    },
    onMissed: () => bumpPublicGeneration("everything"),
  });
  // Redis down at start-up should not keep the site down: the response cache's entries live
  // RESPONSE_CACHE_SECONDS at most, which bounds what a missed announcement leaves behind.
  const waited = await Promise.race([
    listener.ready.then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => setTimeout(resolve, CHANNEL_WAIT_MS, false).unref()),
  ]);
  if (!waited)
    console.error(
      `Redis did not answer within ${CHANNEL_WAIT_MS / 1000} s: serving; other instances' changes reach this one once it does.`,
    );
  return listener.close;
}

function option(names: string[], fallback: string) {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => names.includes(a));
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

async function main() {
  // Checked before Next starts (config() throws naming each bad variable): a bad setting should not cost a start-up.
  const settings = config();
  const port = Number(option(["-p", "--port"], String(settings.PORT)));
  const hostname = option(["-H", "--hostname"], settings.HOSTNAME);
  /** Memory for the response cache (lib/platform/http/response-cache.ts); 0 turns it off. */
  const cacheMiB = settings.RESPONSE_CACHE_MB;
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const stopHearing = await hearOtherInstances();
  const cache = cacheMiB > 0 ? createResponseCache({ maxBytes: cacheMiB * 1024 * 1024, maxAgeSeconds: RESPONSE_CACHE_SECONDS }) : null;
  const server = createServer((req, res) => {
    // An address Next cannot decode, or one that would carry a NUL to the database, gets a 4xx
    // naming the problem instead of a 500 (lib/platform/http/request-refusals.ts).
    const refusal = requestRefusal(req);
    if (refusal) return sendRefusal(req, res, refusal);
    // Answered from memory; or the cache watches what goes out, to keep it (installed first,
    // so it sees what the failover below sends, never a failure it held back).
    if (cache?.handle(req, res)) return;
    req.headers["x-forwarded-for"] = appendPeer(req.headers["x-forwarded-for"], req.socket.remoteAddress);
    normalisePermanentRedirects(req, res);
    // A failed answer to a GET is replaced by the page's last good copy, or by 503 when the
    // database was unreachable (lib/platform/http/response-failover.ts); other failures go out as they are.
    const request = watchRequest();
    const failover = holdFailures(req, res, () => cache?.lastGoodCopy(req) ?? (request.databaseUnavailable() ? unavailablePage() : null));
    request
      .run(() => handle(req, res))
      .catch((error: unknown) => {
        console.error(error);
        request.note(error);
        failover.threw();
      });
  });
  // A client or load balancer reuses an idle connection until its own timeout (nginx and cloud
  // balancers keep 60 s or more). Closing first races with a request already on its way, which
  // then meets a reset connection: the server keeps idle connections longer than they do.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () =>
    console.log(`Standfirst listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`),
  );
  const stop = () => server.close(() => void stopHearing().finally(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
