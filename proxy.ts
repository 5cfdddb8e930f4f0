// Runs before the routes rendered per request (see `config.matcher`) to give each response
// a fresh CSP nonce. Next.js reads the policy from the request headers and puts the nonce
// on its own scripts. This only shapes headers: sessions and permissions are checked by
// lib/ in every page, action and route handler, never here.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/csp-policy";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Literal paths only: Next.js reads this at build time. Same list as perRequestPrefixes in lib/csp-policy.js.
export const config = {
  matcher: ["/studio", "/studio/:path*", "/sign-in", "/invite/:path*", "/preview/:path*"],
};
