// The security headers a browser receives, from the running production build: public
// pages carry the cacheable policy; per-request pages carry a fresh nonce that every one
// of their scripts bears; every page has the referrer, sniffing, permissions and HSTS rules.
import type { Browser, BrowserContext } from "playwright-core";
import { makeUser, TEST_PASSWORD } from "../helpers/db";
import { baseUrl, newPage, openBrowser, signIn } from "./support/browser";

let browser: Browser;
let studio: BrowserContext;

const directives = (policy: string | null) =>
  Object.fromEntries(
    (policy ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values.join(" ")]),
  );

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

/** Every <script> tag in the raw HTML, with its nonce attribute (browsers hide it from the DOM). */
const scriptNonces = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => /\snonce="([^"]*)"/.exec(m[0])?.[1] ?? null);

beforeAll(async () => {
  browser = await openBrowser();
  const user = await makeUser("editor");
  const { context, page } = await newPage(browser);
  await signIn(page, user.email, TEST_PASSWORD);
  studio = context;
});
afterAll(() => browser?.close());

async function publicArticlePath() {
  const home = await (await fetch(`${baseUrl()}/`)).text();
  const slug = /href="\/commentaries\/([a-z0-9-]+)"/.exec(home)?.[1];
  if (!slug) throw new Error("The home page links to no piece.");
  return `/commentaries/${slug}`;
}

test("every page sends the referrer, sniffing, permissions and HSTS headers", async () => {
  for (const path of ["/", await publicArticlePath(), "/search?q=maritime", "/feeds/rss.xml", "/sign-in"]) {
    const response = await fetch(`${baseUrl()}${path}`);
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    expect({
      path,
      referrer: response.headers.get("referrer-policy"),
      sniff: response.headers.get("x-content-type-options"),
      permissions: response.headers.get("permissions-policy"),
      hsts: response.headers.get("strict-transport-security"),
    }).toEqual({
      path,
      referrer: "strict-origin-when-cross-origin",
      sniff: "nosniff",
      permissions: "camera=(), microphone=(), geolocation=(), browsing-topics=()",
      hsts: "max-age=63072000; includeSubDomains",
    });
  }
});

test("public pages carry the cacheable policy: no other origin, no plugins, no <base>, no framing, forms to this site", async () => {
  for (const path of ["/", await publicArticlePath(), "/search?q=maritime"]) {
    const policy = directives((await fetch(`${baseUrl()}${path}`)).headers.get("content-security-policy"));
    expect({ path, ...policy }).toMatchObject({
      path,
      "default-src": "'self'",
      "script-src": "'self' 'unsafe-inline'",
      "object-src": "'none'",
      "base-uri": "'none'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
    });
  }
});

test("responses that are not pages carry the policy and the security headers too: unknown paths, near misses of the studio's routes, 404s under /_next and /feeds, the studio's redirect", async () => {
  const paths = [
    "/nope",
    "/nope/deeper",
    "/feeds/unknown",
    "/feeds/authors/nobody/rss.xml",
    "/_next/unknown",
    "/_next/static/unknown.js",
    "/api/unknown",
    "/studio/missing",
    "/studiox",
    "/Studio",
    "/STUDIO/articles",
    "/studio-foo",
    "/sign-inx",
    "/sign-in/extra",
    "/invitex",
    "/previews",
    "/Preview/abc",
  ];
  for (const path of paths) {
    const response = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
    const policy = response.headers.get("content-security-policy");
    expect({ path, status: response.status, ...directives(policy) }).toMatchObject({
      path,
      status: path === "/studio/missing" ? 307 : 404,
      "default-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'none'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
    });
    // One policy, not two joined by a comma.
    expect({ path, policies: (policy ?? "").split(",").length }).toEqual({ path, policies: 1 });
    expect({
      path,
      sniff: response.headers.get("x-content-type-options"),
      hsts: response.headers.get("strict-transport-security"),
      referrer: response.headers.get("referrer-policy"),
    }).toEqual({
      path,
      sniff: "nosniff",
      hsts: "max-age=63072000; includeSubDomains",
      referrer: "strict-origin-when-cross-origin",
    });
  }
});

test("the sign-in page gets a new nonce on every response, and each of its scripts carries it", async () => {
  const [first, second] = [await fetch(`${baseUrl()}/sign-in`), await fetch(`${baseUrl()}/sign-in`)];
  const [a, b] = [first.headers.get("content-security-policy"), second.headers.get("content-security-policy")];
  expect(nonceOf(a)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonceOf(a)).not.toBe(nonceOf(b));
  expect(directives(a)["script-src"]).toBe(`'nonce-${nonceOf(a)}' 'strict-dynamic'`);
  const nonces = scriptNonces(await first.text());
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonceOf(a)]));
});

test("the studio, signed in, gets a new nonce on every response, and each of its scripts carries it", async () => {
  const [first, second] = [await studio.request.get("/studio"), await studio.request.get("/studio")];
  expect(first.url()).toMatch(/\/studio$/);
  const [a, b] = [first.headers()["content-security-policy"], second.headers()["content-security-policy"]];
  expect(nonceOf(a)).toBeTruthy();
  expect(nonceOf(a)).not.toBe(nonceOf(b));
  expect(directives(a)).toMatchObject({
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
  });
  const nonces = scriptNonces(await first.text());
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonceOf(a)]));
  expect(first.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});
