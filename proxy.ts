// Runs before the routes rendered per request (see `config.matcher`) to give each response
// a fresh CSP nonce. Next.js reads the policy from the request headers and puts the nonce
// on its own scripts. This only shapes headers: sessions and permissions are checked by
// lib/ in every page, action and route handler, never here.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isPerRequestPath } from "./lib/platform/http/csp-policy";

export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === "development";
  if (!isPerRequestPath(request.nextUrl.pathname)) {
    // A path the matcher takes only because it begins like a per-request route ("/studiox"):
    // next.config.js's header rule leaves it out, so the cacheable policy is set here.
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ dev }));
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, dev });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Literal strings only: Next.js reads this at build time. It is `proxyMatcher` of
// lib/platform/http/csp-policy.js (each per-request prefix, any case, and whatever follows it in the first
// segment), which is what next.config.js's cacheable-policy rule leaves out.
export const config = {
  matcher: [
    "/:area([Ss][Tt][Uu][Dd][Ii][Oo][^/]*)/:path*",
    "/:area([Ss][Ii][Gg][Nn]-[Ii][Nn][^/]*)/:path*",
    "/:area([Ii][Nn][Vv][Ii][Tt][Ee][^/]*)/:path*",
    "/:area([Pp][Rr][Ee][Vv][Ii][Ee][Ww][^/]*)/:path*",
  ],
};
