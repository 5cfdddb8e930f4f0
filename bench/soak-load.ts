// One minute (or `duration` seconds) of the soak's mixed traffic, run as its own process like
// load.ts: every request picks its kind and target afresh, so the server sees the archive's
// breadth (pieces chosen uniformly and by a Zipf law, distinct searches, deep listing pages,
// feeds, signed-in studio pages and autosaves) rather than a few hot URLs its caches answer.
// Prints one JSON line: requests, errors and latency of the run, and the count per kind.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { z } from "zod";
import { pick, random, zipf, type Rng } from "./text";

export const soakLoadSpec = z.object({
  base: z.string().url(),
  connections: z.number().int().positive(),
  duration: z.number().positive(),
  seed: z.number().int(),
  pieces: z.number().int().positive(),
  authors: z.number().int().positive(),
  topics: z.number().int().positive(),
  divisions: z.number().int().positive(),
  /** The signed-in editor's cookie, for studio pages and saves. */
  cookie: z.string(),
  /** One draft per connection, saved with the version the server last returned (as autosave does). */
  drafts: z.array(z.object({ id: z.string(), version: z.number().int(), body: z.record(z.string(), z.unknown()) })),
});
export type SoakLoadSpec = z.infer<typeof soakLoadSpec>;

const PAGE_SIZE = 12;
const words = `policy security trade climate energy maritime digital fiscal treaty alliance budget reform
governance migration tariff semiconductor carbon pandemic election sovereignty infrastructure diplomacy
resilience coalition drought labour inflation cyber satellite navy port corridor regional strategic
credible fragile contested bilateral domestic global`
  .split(/\s+/)
  .filter(Boolean);

interface Request {
  kind: string;
  method: "GET" | "PUT";
  path: string;
  /** Index of the draft a save lends from the pool. */
  draft?: number;
}

/** The mix, in shares of all requests: mostly readers, some of the studio, a few saves. */
function choose(spec: SoakLoadSpec, rng: Rng, searchCounter: () => number, takeDraft: () => number | undefined): Request {
  const roll = rng();
  const get = (kind: string, path: string): Request => ({ kind, method: "GET", path });
  const pieceSlug = (n: number) => `bench-${n}`;
  if (roll < 0.25) return get("piece (uniform)", `/commentaries/${pieceSlug(Math.floor(rng() * spec.pieces))}`);
  if (roll < 0.4) return get("piece (Zipf)", `/commentaries/${pieceSlug(zipf(rng, spec.pieces) - 1)}`);
  if (roll < 0.55) {
    // Two or three words and a counter-chosen page: nearly every search is one the server has not seen.
    const query = Array.from({ length: 2 + Math.floor(rng() * 2) }, () => pick(rng, words)).join(" ");
    const page = 1 + (searchCounter() % 3);
    return get("search (distinct)", `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`);
  }
  if (roll < 0.67) {
    // OFFSET paging over the whole archive: the deepest pages are the costliest queries.
    return get("listing (deep page)", `/commentaries?page=${1 + Math.floor(rng() * Math.ceil(spec.pieces / PAGE_SIZE))}`);
  }
  if (roll < 0.75) {
    const which = rng();
    if (which < 0.25) return get("home, collections", "/");
    if (which < 0.5) return get("home, collections", `/authors/bench-author-${Math.floor(rng() * spec.authors)}`);
    if (which < 0.75) return get("home, collections", `/topics/bench-topic-${Math.floor(rng() * spec.topics)}`);
    return get("home, collections", `/divisions/bench-division-${Math.floor(rng() * spec.divisions)}`);
  }
  if (roll < 0.82) {
    const format = rng() < 0.5 ? "rss" : "atom";
    const which = rng();
    if (which < 0.3) return get("feed", `/feeds/${format}.xml`);
    if (which < 0.65) return get("feed", `/feeds/authors/bench-author-${Math.floor(rng() * spec.authors)}/${format}.xml`);
    return get("feed", `/feeds/topics/bench-topic-${Math.floor(rng() * spec.topics)}/${format}.xml`);
  }
  if (roll < 0.94) {
    const id = pick(rng, spec.drafts).id;
    const studio = ["/studio", "/studio/review", `/studio/articles/${id}`, `/studio/articles/${id}/edit`, `/studio/articles/${id}/history`];
    return get("studio page (signed in)", pick(rng, studio));
  }
  const draft = takeDraft();
  // Every draft is being saved already: this request reads the dashboard instead.
  if (draft === undefined) return get("studio page (signed in)", "/studio");
  return { kind: "autosave", method: "PUT", path: `/api/articles/${spec.drafts[draft].id}`, draft };
}

interface Context {
  request?: Request;
}

async function main() {
  const spec = soakLoadSpec.parse(JSON.parse(readFileSync(process.argv[2], "utf8")));
  const rng = random(spec.seed);
  let searches = 0;
  const versions = spec.drafts.map((d) => d.version);
  const free = versions.map((_, i) => i);
  const counts: Record<string, { requests: number; errors: number }> = {};
  const count = (kind: string, error: boolean) => {
    const entry = (counts[kind] ??= { requests: 0, errors: 0 });
    entry.requests += 1;
    if (error) entry.errors += 1;
  };
  const origin = new URL(spec.base).origin;
  const result = await autocannon({
    url: spec.base,
    connections: spec.connections,
    duration: spec.duration,
    // A page rendered for the first time on a busy shared machine can take seconds: a slow
    // answer is measured (p99), not dropped as an error.
    timeout: 60,
    requests: [
      {
        setupRequest: (request: autocannon.Request, ctx: object) => {
          const chosen = choose(
            spec,
            rng,
            () => searches++,
            () => free.shift(),
          );
          (ctx as Context).request = chosen;
          const studio = chosen.path.startsWith("/studio") || chosen.method === "PUT";
          const headers: Record<string, string> = studio ? { cookie: spec.cookie } : {};
          if (chosen.method === "PUT") Object.assign(headers, { "content-type": "application/json", origin });
          return {
            ...request,
            method: chosen.method,
            path: chosen.path,
            headers,
            body:
              chosen.draft === undefined
                ? undefined
                : JSON.stringify({ baseVersion: versions[chosen.draft], article: spec.drafts[chosen.draft].body }),
          };
        },
        onResponse: (status: number, body: string, ctx: object) => {
          const chosen = (ctx as Context).request!;
          count(chosen.kind, status >= 400);
          if (chosen.draft === undefined) return;
          if (status === 200) versions[chosen.draft] = (JSON.parse(body) as { version: number }).version;
          free.push(chosen.draft);
        },
      },
    ],
  });
  console.log(
    JSON.stringify({
      requests: result.requests.total,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      counts,
      versions,
    }),
  );
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
