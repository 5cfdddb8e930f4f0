// `npm run bench`: generates the archive into its own database, builds the site, serves it
// with `npm start`, and measures it with autocannon from a second process, beside two
// references measured in the same run: one HTML file served by a bare Node server (the
// physical limit) and a trivial dynamic Next.js page (the framework's own cost). The site is
// asked as real traffic asks it (bench/traffic.ts): pieces across the whole archive, distinct
// searches, deep listing pages, every author and topic, the studio signed in; one hot URL is
// kept as the response cache's row. Prints one table, the sitemap's time and size, EXPLAIN
// plans of the public queries, the server's memory after each pass and Lighthouse scores, and
// writes them to bench/results/.
//
//   npm run bench -- [--pieces 100000] [--fresh] [--connections 20] [--duration 10] [--passes 2] [--skip-build] [--skip-lighthouse]
//                    [--generate-only] [--database standfirst_bench]
//   npm run bench -- --media: upload-and-process of a 6 MB photo and each rendition's first and later request
//   (bench/media.ts), on disk and on s3rver, in the bench database; no archive, no build.
//   npm run bench -- --wordpress [--posts 5000]: the WordPress import of a generated export into a site of its
//   own (the database --database + "_wordpress", made afresh), timed (bench/wordpress-import.ts).
//   npm run bench -- --pdf: the time and size of a piece's PDF, 3,000 words with 40 notes, with and without a figure
//   and a table (bench/pdf.ts); no database, no build.
//   npm run bench -- --growth: each scenario's p99 by archive size, from the stored results (bench/growth.ts).
//   npm run bench -- --soak 30 [--heap-limit MiB] [--label text] [--pieces ...] [--connections ...] [--skip-build]: the
//   soak instead (bench/soak.ts): N minutes of mixed traffic, memory printed every minute.
// First: lets this script load lib/ modules marked server-only.
import "../scripts/server-only-outside-next";
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../scripts/db/embedded";
import { applyMigrations } from "../scripts/db/migrations";
import { generateArchive } from "./generate";
import { explainPublicQueries } from "./explain";
import { growthTable, latestBySize } from "./growth";
import { lighthouseScores, scoreTable, type PageScore } from "./lighthouse";
import { residentMiB, run, runLoadGenerator, start, stop, waitFor } from "./processes";
import { oneByOne, type SingleUser } from "./one-by-one";
import { measureSitemap, type SitemapFileMeasure } from "./sitemap-check";
import { trafficScenarios, type Traffic } from "./traffic";

const root = path.resolve(__dirname, "..");
const { values: args } = parseArgs({
  options: {
    pieces: { type: "string", default: "100000" },
    fresh: { type: "boolean", default: false },
    connections: { type: "string", default: "20" },
    duration: { type: "string", default: "10" },
    passes: { type: "string", default: "2" },
    growth: { type: "boolean", default: false },
    media: { type: "boolean", default: false },
    pdf: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    "generate-only": { type: "boolean", default: false },
    database: { type: "string", default: "standfirst_bench" },
    soak: { type: "string" },
    "heap-limit": { type: "string" },
    label: { type: "string", default: "soak" },
    wordpress: { type: "boolean", default: false },
    posts: { type: "string", default: "5000" },
  },
});
const pieces = Number(args.pieces);
const connections = Number(args.connections);
const duration = Number(args.duration);
const passCount = Number(args.passes);
/** Seconds of the warm-up before each measured run. */
const WARM_UP = 2;
/**
 * Addresses handed to one run of a real-traffic scenario per second it lasts: more than the site
 * answers a second when it renders, so each address is asked once while the archive has enough.
 */
const ADDRESSES_PER_SECOND = 300;
const resultsDir = path.join(__dirname, "results");

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Answers per HTTP status ("200": 1234): errors include every answer that is not 2xx. */
  statuses: Record<string, number>;
  /** Different addresses asked. */
  distinct: number;
  /** Mean response size: at these rates a large one is limited by bytes, not by work. */
  kb: number;
  /** The machine's one-minute load average as the measured run began (the machine is shared). */
  load: number;
}

function load(spec: object): Promise<Omit<Measure, "load">> {
  return runLoadGenerator(path.join(__dirname, "load.ts"), spec, path.join(root, ".data/bench-load.json"));
}

/** The bench's own database: `--database` (standfirst_bench) on the DATABASE_URL server, or an embedded one under .data/bench. */
async function database(
  name = args.database,
  { fresh = args.fresh, dataDir = ".data/bench", port = 54339 } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  // A name of this script's own making, never a caller's SQL: it is spliced into DROP and CREATE.
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database ${name}: use lower-case letters, digits and _`);
  const server = process.env.DATABASE_URL;
  if (!server) {
    if (fresh) rmSync(path.join(root, dataDir), { recursive: true, force: true });
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(root, dataDir), port });
    return { url: embedded.url, stop: embedded.stop };
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { url: url.toString(), stop: async () => {} };
}

async function main() {
  if (args.growth) {
    console.log(growthTable(latestBySize(resultsDir)));
    return;
  }
  if (args.wordpress) return wordpressBench();
  if (args.pdf) {
    const { pdfBench } = await import("./pdf");
    return pdfBench();
  }
  const started = loadavg()[0];
  const db = await database();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // This process also signs the editor's session cookie for the save benchmark.
  Object.assign(process.env, { DATABASE_URL: db.url, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET });
  try {
    await applyMigrations(db.url);
    if (args.media) {
      const { mediaBench } = await import("./media");
      await mediaBench();
      return;
    }
    const { db: prisma } = await import("../lib/platform/db");
    if ((await prisma.user.count()) === 0) {
      const { seed } = await import("../prisma/seed");
      await seed(prisma, () => {});
    }
    const generated = await generateArchive(db.url, { pieces, authors: 500, divisions: 10, topics: 50, log: (l) => console.log(`  ${l}`) });
    if (generated.created) console.log(`Generated ${generated.created} pieces in ${generated.seconds.toFixed(0)} s.`);
    if (args["generate-only"]) return;
    if (args.soak) {
      if (!args["skip-build"]) await run([process.execPath, require.resolve("tsx/cli"), "scripts/run.ts", "build"], env, root);
      const { soak } = await import("./soak");
      await soak({
        root,
        env,
        minutes: Number(args.soak),
        connections,
        pieces,
        heapLimitMiB: args["heap-limit"] ? Number(args["heap-limit"]) : undefined,
        label: args.label,
      });
      return;
    }

    console.log("\nQuery plans (public queries at this size):");
    const plans = await explainPublicQueries(db.url);
    for (const plan of plans) console.log(`\n-- ${plan.name}${plan.seqScan ? "  ** SEQUENTIAL SCAN **" : ""}\n${plan.text}`);

    if (!args["skip-build"]) {
      await run([process.execPath, require.resolve("tsx/cli"), "scripts/run.ts", "build"], env, root);
      await run([process.execPath, require.resolve("next/dist/bin/next"), "build", "bench/reference-app"], env, root);
    }
    // Next keeps cached reads on disk across restarts: with --skip-build they would be the last
    // run's, possibly of another archive (its sitemap, its pieces). Every run starts without them.
    rmSync(path.join(root, ".next/cache/fetch-cache"), { recursive: true, force: true });
    const sitePort = 3901;
    const referencePort = 3902;
    const staticPort = 3903;
    const site = start(
      [process.execPath, require.resolve("tsx/cli"), "scripts/run.ts", "start", "-p", String(sitePort)],
      { ...env, PORT: String(sitePort) },
      root,
    );
    const reference = start(
      [process.execPath, require.resolve("next/dist/bin/next"), "start", "bench/reference-app", "-p", String(referencePort)],
      env,
      root,
    );
    const base = `http://127.0.0.1:${sitePort}`;
    let staticServer: ChildProcess | undefined;
    try {
      await waitFor(`${base}/`, site);
      await waitFor(`http://127.0.0.1:${referencePort}/`, reference);
      const article = `${base}/commentaries/bench-${Math.floor(pieces / 2)}`;
      const html = await (await fetch(article)).text();
      const file = path.join(root, ".data/bench-article.html");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, html);
      staticServer = start(
        [process.execPath, require.resolve("tsx/cli"), path.join(__dirname, "static-server.ts"), file, String(staticPort)],
        env,
        root,
      );
      await waitFor(`http://127.0.0.1:${staticPort}/`, staticServer);

      console.log("\nThe sitemap, each file asked twice:");
      const sitemap = await measureSitemap(base);
      for (const f of sitemap) console.log(`  ${f.path}: ${f.status}, ${f.firstMs} ms then ${f.secondMs} ms, ${f.kb} KB, ${f.urls} URLs`);

      const traffic = await trafficScenarios(db.url);
      console.log(
        `Real traffic over ${traffic.counts.pieces} live pieces, ${traffic.counts.authors} authors, ${traffic.counts.topics} topics, ` +
          `${traffic.counts.words} searchable words.`,
      );

      // Imported here: it loads lib/platform/db, which must see the bench database's DATABASE_URL.
      const { editorSession, prepareSaves } = await import("./saves");
      const { cookie } = await editorSession();
      // The studio as one editor sees it: ten pages of each kind, one at a time, before any load.
      const singleUser: SingleUser[] = [];
      for (const scenario of traffic.scenarios.filter((s) => s.signedIn)) {
        singleUser.push(await oneByOne(scenario.name, base, scenario.take(10), { cookie }));
        const u = singleUser[singleUser.length - 1];
        console.log(`one editor: ${u.name}: median ${u.medianMs} ms, slowest ${u.slowestMs} ms (${statusText(u.statuses)})`);
      }
      // Fresh drafts for every run of the load generator: each run saves from the versions it
      // was given, and the previous run has moved them on.
      const saveSpec = async () => {
        const saves = await prepareSaves(base, connections);
        return { url: saves.drafts[0].url, method: "PUT", headers: saves.headers, saves: saves.drafts };
      };
      // Each target gives the spec of one run lasting `seconds`: real-traffic scenarios give fresh addresses every time.
      const targets: [string, (seconds: number) => object | Promise<object>][] = [
        ["static file (reference)", () => ({ url: `http://127.0.0.1:${staticPort}/` })],
        ["trivial dynamic Next.js page (reference)", () => ({ url: `http://127.0.0.1:${referencePort}/` })],
        ["article, one URL (the response cache)", () => ({ url: article })],
        ["home", () => ({ url: `${base}/` })],
        ["feed (RSS)", () => ({ url: `${base}/feeds/rss.xml` })],
        ...traffic.scenarios.map((scenario): [string, (seconds: number) => object] => [
          scenario.name,
          (seconds) => ({
            url: `${base}/`,
            paths: scenario.take(ADDRESSES_PER_SECOND * seconds),
            headers: scenario.signedIn ? { cookie } : {},
          }),
        ]),
        ["studio: save a 10,000-word draft", saveSpec],
      ];
      const passes: Record<string, Measure>[] = [];
      const memory: number[] = [];
      for (let pass = 1; pass <= passCount; pass++) {
        const results: Record<string, Measure> = {};
        for (const [name, spec] of targets) {
          // A short warm-up fills caches and JIT before the measured run.
          // Requests a slow target left unanswered when its run ended are still being served:
          // wait for them to drain, or they would be counted against the next target.
          await settled(article);
          await load({ connections, duration: WARM_UP, ...(await spec(WARM_UP)) });
          const machineLoad = loadavg()[0];
          results[name] = { ...(await load({ connections, duration, ...(await spec(duration)) })), load: machineLoad };
          const m = results[name];
          console.log(
            `pass ${pass}: ${name}: ${m.rps.toFixed(0)} req/s, p99 ${m.requests ? m.p99 : `>${duration * 1000}`} ms, ${m.errors} errors (${statusText(m.statuses) || "none answered"}), ${m.distinct} addresses, load ${machineLoad.toFixed(1)}`,
          );
        }
        passes.push(results);
        memory.push(residentMiB("scripts/server.ts"));
        console.log(`pass ${pass}: server resident memory ${memory.at(-1)} MiB`);
      }

      const scores = args["skip-lighthouse"]
        ? []
        : await lighthouseScores([
            ["article", article],
            ["home", `${base}/`],
          ]);
      report({
        results: passes[passes.length - 1],
        memory,
        plans: plans.map((p) => ({ name: p.name, seqScan: p.seqScan })),
        scores,
        generateSeconds: generated.seconds,
        sitemap,
        singleUser,
        traffic,
        loadAverage: { start: started, end: loadavg()[0] },
      });
    } finally {
      if (staticServer) await stop(staticServer);
      await stop(site);
      await stop(reference);
    }
  } finally {
    const { db: prisma } = await import("../lib/platform/db");
    await prisma.$disconnect();
    await db.stop();
  }
}

/** Waits (at most a minute) until the site answers a cached page within 200 ms, twice in a row. */
async function settled(url: string) {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const started = performance.now();
    // A server too busy to answer within 5 s is not settled: try again.
    await fetch(url, { signal: AbortSignal.timeout(5000) })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
    quick = performance.now() - started < 200 ? quick + 1 : 0;
    if (quick < 2) await new Promise((r) => setTimeout(r, 250));
  }
}

/** "200×1200, 404×3": every status answered, most frequent first. */
const statusText = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code}×${count}`)
    .join(", ");

interface Report {
  results: Record<string, Measure>;
  memory: number[];
  plans: { name: string; seqScan: boolean }[];
  scores: PageScore[];
  generateSeconds: number;
  sitemap: SitemapFileMeasure[];
  singleUser: SingleUser[];
  traffic: Traffic;
  loadAverage: { start: number; end: number };
}

function report({ results, memory, plans, scores, generateSeconds, sitemap, singleUser, traffic, loadAverage }: Report) {
  const staticRps = results["static file (reference)"].rps;
  const dynamicRps = results["trivial dynamic Next.js page (reference)"].rps;
  const rows = Object.entries(results).map(([name, m]) => ({
    name,
    rps: m.rps.toFixed(0),
    // No answer within the run: every request took longer than the run (autocannon counts only answers).
    p50: m.requests ? String(m.p50) : `>${duration * 1000}`,
    p99: m.requests ? String(m.p99) : `>${duration * 1000}`,
    errors: String(m.errors),
    statuses: m.requests ? statusText(m.statuses) : "none answered",
    distinct: String(m.distinct),
    kb: m.kb.toFixed(0),
    vsStatic: `${((m.rps / staticRps) * 100).toFixed(1)}%`,
    vsDynamic: `${((m.rps / dynamicRps) * 100).toFixed(0)}%`,
  }));
  const header = ["target", "req/s", "p50 ms", "p99 ms", "errors", "statuses", "addresses", "KB", "vs static", "vs trivial dynamic"];
  const lines = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${[r.name, r.rps, r.p50, r.p99, r.errors, r.statuses, r.distinct, r.kb, r.vsStatic, r.vsDynamic].join(" | ")} |`),
  ];
  const sitemapHeader = ["sitemap file", "status", "first ms", "second ms", "KB", "URLs"];
  const sitemapLines = [
    `| ${sitemapHeader.join(" | ")} |`,
    `|${sitemapHeader.map(() => "---").join("|")}|`,
    ...sitemap.map((f) => `| ${[f.path, f.status, f.firstMs, f.secondMs, f.kb, f.urls].join(" | ")} |`),
  ];
  const singleHeader = ["one editor, one request at a time", "requests", "median ms", "slowest ms", "statuses"];
  const singleLines = [
    `| ${singleHeader.join(" | ")} |`,
    `|${singleHeader.map(() => "---").join("|")}|`,
    ...singleUser.map((u) => `| ${[u.name, u.requests, u.medianMs, u.slowestMs, statusText(u.statuses)].join(" | ")} |`),
  ];
  const loads = Object.values(results).map((m) => m.load);
  const extra = [
    "",
    `${pieces.toLocaleString("en")} pieces (${traffic.counts.pieces.toLocaleString("en")} live, ${traffic.counts.authors} authors and ${traffic.counts.topics} topics with live pieces, ` +
      `${traffic.counts.words} searchable words), ${connections} connections, ${duration} s per target after a ${WARM_UP} s warm-up ` +
      `(last of ${passCount} passes)${generateSeconds ? `; archive generated in ${generateSeconds.toFixed(0)} s` : ""}.`,
    `Machine load (1-minute average, 2 CPUs, shared): ${loadAverage.start.toFixed(1)} at the start, ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} during the measured runs, ${loadAverage.end.toFixed(1)} at the end.`,
    `Server resident memory after each pass: ${memory.map((m) => `${m} MiB`).join(", ")}.`,
    `Query plans: ${
      plans.filter((p) => p.seqScan).length === 0
        ? "no sequential scan on Publication or Article"
        : "SEQUENTIAL SCANS in " +
          plans
            .filter((p) => p.seqScan)
            .map((p) => p.name)
            .join(", ")
    }.`,
    ...(scores.length ? ["", ...scoreTable(scores)] : []),
  ];
  const markdown = [...lines, "", ...sitemapLines, "", ...singleLines, ...extra].join("\n");
  console.log(`\n${markdown}\n`);
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const machine = execFileSync("uname", ["-srm"]).toString().trim();
  writeFileSync(path.join(resultsDir, `${stamp}.md`), `# Benchmark ${stamp}\n\n${machine}\n\n${markdown}\n`);
  writeFileSync(
    path.join(resultsDir, `${stamp}.json`),
    JSON.stringify(
      {
        bench: "traffic",
        stamp,
        pieces,
        connections,
        duration,
        passes: passCount,
        loadAverage,
        counts: traffic.counts,
        results,
        sitemap,
        singleUser,
        memory,
        plans,
        scores,
        generateSeconds,
      },
      null,
      2,
    ),
  );
  console.log(`Written to bench/results/${stamp}.md and .json`);
}

/** The WordPress import on an empty site of its own: a dry run, the import, and the same import again. */
async function wordpressBench() {
  const db = await database(`${args.database}_wordpress`, { fresh: true, dataDir: ".data/bench-wordpress", port: 54340 });
  process.env.DATABASE_URL = db.url;
  try {
    await applyMigrations(db.url);
    const { db: prisma } = await import("../lib/platform/db");
    const { seed } = await import("../prisma/seed");
    await seed(prisma, () => {});
    const { benchWordPressImport, wordPressTable } = await import("./wordpress-import");
    const load = loadavg()[0];
    const rows = await benchWordPressImport(Number(args.posts), (line) => console.log(line));
    console.log(`\nWordPress import, ${args.posts} posts (load average ${load.toFixed(1)} at the start, 2 CPUs):\n`);
    console.log(wordPressTable(rows));
    await prisma.$disconnect();
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
