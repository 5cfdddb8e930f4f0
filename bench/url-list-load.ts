// Load over many distinct URLs, so that the response cache and ISR cannot answer: each request
// of a scenario draws its path from a list taken from the archive's database (DATABASE_URL).
// Scenarios run one after the other in one process, and print a table (and one JSON line each):
//
//   article-uniform  every live piece, in a shuffled order: no piece is asked for twice in a run
//   article-zipf     pieces by Zipf popularity (s = 1, random ranks), as real readers ask
//   search-one       one word of the archive's vocabulary (words of live pieces' titles)
//   search-two       two different words of it, shuffled pairs: almost never the same query twice
//   <url>            one absolute URL, as it is (the trivial dynamic reference page, say)
//
//   DATABASE_URL=... npx tsx bench/url-list-load.ts --base http://127.0.0.1:3901 \
//     --connections 20 --duration 20 --seed 7 article-uniform search-two http://127.0.0.1:3902/
//
// --seed changes the order, so that a second run asks for pieces the first did not render.
// On a shared machine throughput follows the neighbours' load: --site-pid and --reference-pid
// (the servers' process ids) add the CPU milliseconds each request cost the server that answered
// it, and the database's backends for DATABASE_URL (their own processes), which other load barely moves.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Client } from "pg";
import { random, type Rng } from "./text";

const { values: args, positionals: scenarios } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: "string", default: "http://127.0.0.1:3901" },
    connections: { type: "string", default: "20" },
    duration: { type: "string", default: "20" },
    seed: { type: "string", default: "1" },
    warmup: { type: "string", default: "2" },
    "site-pid": { type: "string" },
    "reference-pid": { type: "string" },
  },
});

function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Draws paths in turn from `list`, from where the last draw stopped (shared by all connections). */
const walk = (list: readonly string[]) => {
  let at = 0;
  return () => list[at++ % list.length];
};

/** Zipf (s = 1) over `list`, whose order is the popularity rank: a draw by its cumulative weights. */
function zipf(rng: Rng, list: readonly string[]) {
  const cumulative = new Float64Array(list.length);
  let sum = 0;
  list.forEach((_, i) => (cumulative[i] = sum += 1 / (i + 1)));
  return () => {
    const target = rng() * sum;
    let low = 0;
    let high = list.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return list[low];
  };
}

const searchPath = (words: string[]) => `/search?q=${encodeURIComponent(words.join(" "))}`;

async function archive(rng: Rng) {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const slugs = (await client.query<{ slug: string }>(`SELECT slug FROM "Publication" WHERE "liveFrom" <= now()`)).rows.map(
      (r) => r.slug,
    );
    // The vocabulary readers would type: the words of titles (a sample of the archive's), stop words out.
    const titles = (await client.query<{ title: string }>(`SELECT title FROM "Publication" TABLESAMPLE SYSTEM (2) LIMIT 5000`)).rows;
    const stop = new Set(["the", "and", "of", "in", "why", "how", "when", "after", "beyond", "rethinking"]);
    const words = [...new Set(titles.flatMap((t) => t.title.toLowerCase().match(/[a-z]{3,}/g) ?? []))].filter((w) => !stop.has(w));
    return { slugs: shuffled(rng, slugs), words: shuffled(rng, words) };
  } finally {
    await client.end();
  }
}

function pathsOf(scenario: string, rng: Rng, data: { slugs: string[]; words: string[] }): () => string {
  const piece = (slug: string) => `/commentaries/${slug}`;
  switch (scenario) {
    case "article-uniform":
      return walk(data.slugs.map(piece));
    case "article-zipf": {
      const draw = zipf(rng, data.slugs);
      return () => piece(draw());
    }
    case "search-one":
      return walk(data.words.map((w) => searchPath([w])));
    case "search-two": {
      const pairs = data.words.flatMap((a, i) => data.words.filter((_, j) => j !== i).map((b) => [a, b]));
      return walk(shuffled(rng, pairs).map(searchPath));
    }
    default:
      throw new Error(`Unknown scenario ${scenario}: article-uniform, article-zipf, search-one, search-two or a URL`);
  }
}

/** CPU time (ms) a process has used so far, threads included; 0 when it is not given. */
function cpuMs(pid: string | undefined): number {
  if (!pid) return 0;
  // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name: user and system ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * CPU time (ms) of each database backend serving DATABASE_URL's database, by process id. A
 * backend that ends during a run (the pool closes idle ones) takes its time with it: an undercount.
 */
async function databaseCpu(): Promise<Map<number, number>> {
  if (!process.env.DATABASE_URL) return new Map();
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return new Map(rows.filter(({ pid }) => existsSync(`/proc/${pid}/stat`)).map(({ pid }) => [pid, cpuMs(String(pid))]));
  } finally {
    await client.end();
  }
}

const databaseCpuSince = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

async function measure(url: string, next: (() => string) | null, seconds: number, pid?: string) {
  const connections = Number(args.connections);
  const [cpuBefore, databaseBefore] = [cpuMs(pid), next ? await databaseCpu() : new Map<number, number>()];
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(next ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: next() }) }] } : {}),
  });
  const statuses = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith("2"));
  const perRequest = (ms: number) => (result.requests.total ? ms / result.requests.total : 0);
  return {
    serverCpuMs: perRequest(cpuMs(pid) - cpuBefore),
    databaseCpuMs: next ? perRequest(databaseCpuSince(databaseBefore, await databaseCpu())) : 0,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    statuses: statuses.map(([code, s]) => `${code}×${s.count}`).join(" "),
    requests: result.requests.total,
    kb: result.requests.average ? result.throughput.average / result.requests.average / 1024 : 0,
  };
}

async function main() {
  const rng = random(Number(args.seed));
  const needsArchive = scenarios.some((s) => !/^https?:/.test(s));
  const data = needsArchive ? await archive(rng) : { slugs: [], words: [] };
  if (needsArchive) console.error(`${data.slugs.length} live pieces, ${data.words.length} words`);
  const rows = [];
  for (const scenario of scenarios) {
    const isUrl = /^https?:/.test(scenario);
    const next = isUrl ? null : pathsOf(scenario, rng, data);
    // The warm-up draws from the same list: what it renders is never drawn again in a walk.
    const pid = isUrl ? args["reference-pid"] : args["site-pid"];
    if (Number(args.warmup) > 0) await measure(isUrl ? scenario : args.base, next, Number(args.warmup), pid);
    const result = await measure(isUrl ? scenario : args.base, next, Number(args.duration), pid);
    console.log(JSON.stringify({ scenario, connections: Number(args.connections), ...result }));
    rows.push({ scenario, ...result });
  }
  console.error(
    "\n" +
      rows
        .map(
          (r) =>
            `${r.scenario.padEnd(28)} ${r.rps.toFixed(1).padStart(7)} req/s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  ${r.kb.toFixed(1).padStart(6)} KB  CPU/request ${r.serverCpuMs.toFixed(1)} ms + database ${r.databaseCpuMs.toFixed(1)} ms  ${r.errors} errors ${r.statuses}`,
        )
        .join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
