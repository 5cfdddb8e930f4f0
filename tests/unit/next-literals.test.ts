// Next.js reads some exports at build time, as written: a route's `revalidate` and the proxy's
// `matcher` must be literals, so they cannot name the constants the code declares. These tests
// read the files as text and hold each literal equal to its constant.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isPerRequestPath, perRequestPrefixes, proxyMatcher } from "@/lib/platform/http/csp-policy";
import { paths } from "@/lib/platform/paths";
import { PAGE_SECONDS } from "@/lib/reader/cache/lifetimes";

const root = path.resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const routeFiles = filesUnder(path.join(root, "app")).map((file) => ({
  file: path.relative(root, file),
  text: readFileSync(file, "utf8"),
}));

test("every route that exports `revalidate` says PAGE_SECONDS of lib/reader/cache/lifetimes.ts, as a literal", () => {
  const exports = routeFiles.flatMap(({ file, text }) =>
    [...text.matchAll(/^export\b.*\brevalidate\b.*$/gm)].map((match) => ({ file, line: match[0] })),
  );
  // The cached pages: the home page, a piece, and each of four collections with its pages after and before a cursor.
  expect(exports.length).toBeGreaterThanOrEqual(14);
  for (const { file, line } of exports) {
    expect({ file, line }).toEqual({ file, line: `export const revalidate = ${PAGE_SECONDS};` });
  }
});

/** The proxy file at the root (proxy.ts, or middleware.ts as Next called it before 16). */
function proxySource(): { file: string; text: string } {
  const found = ["proxy.ts", "middleware.ts"].filter((name) => existsSync(path.join(root, name)));
  expect(found).toHaveLength(1);
  return { file: found[0], text: readFileSync(path.join(root, found[0]), "utf8") };
}

test("the proxy's matcher, a literal list, is the one csp-policy.js derives from the per-request prefixes", () => {
  const { file, text } = proxySource();
  // Only string literals, separated by commas: anything else Next could not read.
  const declared = /\bmatcher\s*:\s*\[((?:\s*"(?:[^"\\]|\\.)*"\s*,?)*)\s*\]/.exec(text);
  expect({ file, matcher: declared ? "a list of string literals" : "something else" }).toEqual({
    file,
    matcher: "a list of string literals",
  });
  const body = declared?.[1] ?? "";
  const literals = [...body.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  expect(literals).toEqual(proxyMatcher);
  expect(proxyMatcher).toHaveLength(perRequestPrefixes.length);
});

test("the pages rendered per request are under the per-request prefixes, and the reader's pages are not", () => {
  const perRequest = [
    paths.studio.home(),
    paths.studio.article("a1"),
    paths.studio.preview("a1"),
    paths.studio.admin.item("authors", "a1"),
    paths.signIn(),
    paths.signIn({ callbackUrl: paths.studio.home() }).split("?")[0],
    paths.invite("t"),
    paths.preview("t"),
  ];
  for (const page of perRequest) expect({ page, perRequest: isPerRequestPath(page) }).toEqual({ page, perRequest: true });
  const cached = [
    paths.home(),
    paths.piece("p"),
    paths.author("a", { after: "1717408800000.p1" }),
    paths.topic("t", { before: "1717408800000.p1" }),
    paths.topic("t"),
    paths.feed({ kind: "site" }, "rss"),
    paths.search(),
  ];
  for (const page of cached) expect({ page, perRequest: isPerRequestPath(page) }).toEqual({ page, perRequest: false });
});
