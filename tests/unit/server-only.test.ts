// The layout's promise (ARCHITECTURE.md, "The dependency rule"): every module that reaches the
// database or a secret is marked server-only, so a client component cannot pull it into the
// browser bundle. A new file in a domain folder without the mark fails here, not in production.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const domains = ["lib/accounts", "lib/editorial", "lib/reader", "lib/admin"];
const platform = ["db", "audit", "mail", "secret-sealing", "site-settings", "rate-limit", "tokens"].map(
  (name) => `lib/platform/${name}.ts`,
);
/** Loaded by scripts/server.ts outside Next, and hold nothing but numbers, and tag names and a pure function of them. */
const unmarked = new Set(["lib/reader/cache/lifetimes.ts", "lib/reader/cache/tags.ts"]);

function tsFilesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    return entry.isDirectory() ? tsFilesUnder(rel) : entry.name.endsWith(".ts") ? [rel] : [];
  });
}

const marked = [...domains.flatMap(tsFilesUnder), ...platform].filter((file) => !unmarked.has(file));

test("the domain folders and platform's database and secret modules are found", () => {
  expect(marked.length).toBeGreaterThan(40);
  expect(marked).toContain("lib/platform/db.ts");
});

test.each(marked)("%s imports server-only", (file) => {
  expect(readFileSync(path.join(root, file), "utf8")).toMatch(/^import "server-only";$/m);
});
