// @ts-check
// The Content-Security-Policy, in one place for next.config.js (CommonJS, static headers)
// and proxy.ts (per-request nonces).
//
// Two policies, because a nonce must be new on every response and so cannot live in a
// cached page:
// - Pages rendered per request (the studio, sign-in, invitations, previews) get a fresh
//   nonce with 'strict-dynamic' and no 'unsafe-inline': only scripts Next.js marked with
//   this response's nonce, and what they load, run.
// - Cached public pages cannot carry a nonce. Next.js streams each page's data as inline
//   <script> elements whose content differs per page, so neither a nonce nor a fixed hash
//   can name them; those pages allow inline scripts from the page itself and scripts from
//   'self', and nothing else (no other origin, no plugins, no <base>, no framing, forms
//   post only to this site). What keeps injected markup out of them is the escaping and
//   the rich-text schema on the server (README, "Security").

/** Routes rendered per request, which carry a nonce: each prefix and the paths under it. */
const perRequestPrefixes = ["/studio", "/sign-in", "/invite", "/preview"];

// Every response must carry one policy. next.config.js gives the cacheable one to every path
// that does not begin with a prefix above, case-insensitively ("/((?!studio|...).*)", as
// Next matches header sources); proxy.ts takes exactly the rest, so its matcher spells each
// prefix case-insensitively with anything after it in the first segment ("/studiox",
// "/Sign-In", "/previews"). Those near misses are no per-request route (Next's routes are
// case-sensitive) and only ever a 404: proxy.ts gives them the cacheable policy itself.

/** The matcher proxy.ts must declare (Next reads it as a literal there; a unit test compares the two). */
const proxyMatcher = perRequestPrefixes.map(
  (prefix) => `/:area(${[...prefix.slice(1)].map((c) => (/[a-z]/.test(c) ? `[${c.toUpperCase()}${c}]` : c)).join("")}[^/]*)/:path*`,
);

/**
 * Whether a path is a per-request route (one of the prefixes, or under one), which gets a nonce.
 * @param {string} pathname
 */
const isPerRequestPath = (pathname) => perRequestPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/**
 * @param {{ nonce?: string, dev?: boolean }} options
 * @returns {string}
 */
function contentSecurityPolicy({ nonce, dev = false }) {
  // React's development build evaluates code for error overlays and fast refresh.
  const devEval = dev ? " 'unsafe-eval'" : "";
  const scripts = nonce ? `'nonce-${nonce}' 'strict-dynamic'${devEval}` : `'self' 'unsafe-inline'${devEval}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Inline style attributes (the editor positions menus with them); no style from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

module.exports = { contentSecurityPolicy, perRequestPrefixes, proxyMatcher, isPerRequestPath };
