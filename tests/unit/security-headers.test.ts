// Every response carries a Content-Security-Policy and the other security headers: the
// cacheable policy from next.config.js's headers, or a per-request one from proxy.ts, never
// neither. Paths are matched with Next's own matchers, configured as its server uses them
// (next/dist/server/lib/router-utils/filesystem.js for headers, the middleware manifest for
// the proxy); tests/e2e/headers.e2e.test.ts checks the same against the production build, and
// tests/unit/next-literals.test.ts that proxy.ts's matcher is the one csp-policy.js derives.
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { modifyRouteRegex } from "next/dist/lib/redirect-status";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { NextRequest } from "next/server";
import { config as proxyConfig, proxy } from "@/proxy";
import { contentSecurityPolicy } from "@/lib/platform/http/csp-policy";

interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

// What `next build` compiles proxy.ts's matcher into; exported at run time, though not in Next's types.
const { getMiddlewareMatchers } = require("next/dist/build/analysis/get-page-static-info") as {
  getMiddlewareMatchers: (matcher: string[], nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const nextConfig = require("../../next.config.js") as (phase: string) => { headers: () => Promise<HeaderRule[]> };
let rules: HeaderRule[];
beforeAll(async () => {
  rules = await nextConfig(PHASE_PRODUCTION_BUILD).headers();
});

const headerMatch = (source: string) =>
  getPathMatch(source, {
    strict: true,
    removeUnnamedParams: true,
    regexModifier: (regex: string) => modifyRouteRegex(regex),
    sensitive: false,
  });
/** The header names next.config.js gives a path. */
const staticHeaders = (path: string) =>
  rules.filter((rule) => headerMatch(rule.source)(path)).flatMap((rule) => rule.headers.map((h) => h.key.toLowerCase()));
const proxyRuns = getMiddlewareRouteMatcher(getMiddlewareMatchers(proxyConfig.matcher, {}));
const takenByProxy = (path: string) => proxyRuns(path, { headers: {}, cookies: {} } as never, {});

const policyOf = async (path: string) =>
  (await proxy(new NextRequest(new URL(path, "http://site.test")))).headers.get("content-security-policy");

const perRequest = [
  "/studio",
  "/studio/",
  "/studio/articles/x/edit",
  "/studio/missing",
  "/sign-in",
  "/sign-in/extra",
  "/invite",
  "/invite/abc",
  "/preview",
  "/preview/abc",
];
// Paths that begin like a per-request route but are none: each was a 404 without any policy.
const nearMisses = [
  "/studiox",
  "/studio-foo",
  "/Studio",
  "/STUDIO/articles",
  "/studio.txt",
  "/sign-inx",
  "/Sign-In",
  "/invitex",
  "/INVITE/abc",
  "/previews",
  "/Preview/abc",
];
const elsewhere = [
  "/",
  "/nope",
  "/nope/deeper",
  "/feeds/unknown",
  "/feeds/authors/x/rss.xml",
  "/_next/unknown",
  "/_next/static/unknown.js",
  "/api/unknown",
  "/commentaries/nope",
  "/search",
  "/series/x",
  "/s",
  "/stud",
  "/x/studio",
];

test.each([...perRequest, ...nearMisses, ...elsewhere])(
  "%s gets exactly one Content-Security-Policy, and the other security headers",
  (path) => {
    const fromConfig = staticHeaders(path).filter((key) => key === "content-security-policy").length;
    expect({ path, policies: fromConfig + (takenByProxy(path) ? 1 : 0) }).toEqual({ path, policies: 1 });
    expect(staticHeaders(path)).toEqual(
      expect.arrayContaining([
        "x-content-type-options",
        "referrer-policy",
        "permissions-policy",
        "x-frame-options",
        "strict-transport-security",
      ]),
    );
  },
);

test.each(perRequest)("%s, a per-request route, gets a nonce from the proxy", async (path) => {
  expect(takenByProxy(path)).toBe(true);
  expect(await policyOf(path)).toMatch(/script-src 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
});

test.each(nearMisses)("%s, no route at all, gets the cacheable policy from the proxy", async (path) => {
  expect(takenByProxy(path)).toBe(true);
  expect(await policyOf(path)).toBe(contentSecurityPolicy({}));
});
