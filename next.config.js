// @ts-check
const { PHASE_DEVELOPMENT_SERVER } = require("next/constants");
const { contentSecurityPolicy, perRequestPrefixes } = require("./lib/platform/http/csp-policy");
const { MAX_REQUEST_BODY_BYTES } = require("./lib/platform/http/request-limits");

/** Headers every response carries. @param {boolean} production */
const securityHeaders = (production) => [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  // Browsers honour HSTS only over HTTPS; sent in production so a TLS front end passes it on.
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** Every path except the per-request routes, whose nonce policy proxy.ts sets. */
const cachedPaths = `/((?!${perRequestPrefixes.map((p) => p.slice(1)).join("|")}).*)`;

// Headers are fixed when the config loads (at build time for `next build`), so whether
// this is production comes from the phase, not from NODE_ENV.
/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
  const production = phase !== PHASE_DEVELOPMENT_SERVER;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Native or Node-only packages: loaded at run time rather than bundled.
    serverExternalPackages: ["@node-rs/argon2", "pg", "nodemailer", "jsdom", "mammoth", "@react-pdf/renderer"],
    // Next's cache of rendered pages and cached reads: shared in Redis with REDIS_URL, else an LRU
    // in memory (NEXT_CACHE_MB); never on disk, whose use would grow with every URL requested
    // (cache-handler.mjs). Next's own in-memory copy in front of it is off: with Redis it would
    // keep serving a page another instance's change expired.
    cacheHandler: require.resolve("./cache-handler.mjs"),
    cacheMaxMemorySize: 0,
    // Next.js reads a server action's whole body before the action runs (and checks the
    // session), up to this cap: the route handlers' limit (lib/platform/http/request-limits.js), room for a
    // 1 MB text and its envelope, so a text somewhat over 1 MB is refused by the validation,
    // which says so, rather than by Next.js's transport error.
    experimental: { serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES } },
    // The home page is cached whole and ignores the query string: filtered and later pages of
    // all commentaries live at /commentaries.
    async redirects() {
      return ["division", "topic", "page"].map((key) => ({
        source: "/",
        has: [{ type: /** @type {const} */ ("query"), key }],
        destination: "/commentaries",
        permanent: true,
      }));
    },
    // Old WordPress addresses (/2024/06/slug, /2024/06/03/slug, /?p=123) go to the route that
    // looks them up (lib/reader/legacy-paths.ts): only these shapes, so no other request pays a query.
    // Before the file routes: the home page is one, and it would take /?p= otherwise.
    async rewrites() {
      return {
        beforeFiles: [
          { source: "/:year(\\d{4})/:month(\\d{2})/:rest+", destination: "/legacy/path/:year/:month/:rest+" },
          {
            source: "/",
            has: [{ type: /** @type {const} */ ("query"), key: "p", value: "(?<id>\\d{1,12})" }],
            destination: "/legacy/p/:id",
          },
        ],
        afterFiles: [],
        fallback: [],
      };
    },
    async headers() {
      return [
        { source: "/:path*", headers: securityHeaders(production) },
        { source: cachedPaths, headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev: !production }) }] },
        // Draft previews and outside reviews must never reach a search engine (the pages are dynamic, so never cached).
        ...["/preview/:token", "/review/:token", "/studio/articles/:id/preview"].map((source) => ({
          source,
          headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }],
        })),
      ];
    },
  };
};
