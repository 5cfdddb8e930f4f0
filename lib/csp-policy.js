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

/** Routes rendered per request, which carry a nonce. Kept in step with proxy.ts's matcher. */
const perRequestPrefixes = ["/studio", "/sign-in", "/invite", "/preview"];

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

module.exports = { contentSecurityPolicy, perRequestPrefixes };
