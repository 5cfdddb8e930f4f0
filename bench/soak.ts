// `npm run bench -- --soak N`: N minutes of mixed traffic (bench/soak-load.ts, one run of the
// load generator per minute) against the production server, printing after every minute the
// resident memory of the server's whole process tree and the server process's heap, with
// throughput and errors. The server is started as `npm start` starts it, with
// bench/memory-probe.js preloaded to report its heap. Judged by the last stretch: RSS levels
// off when the last 10 minutes (or the last half of a shorter soak) grow less than
// LEVEL_OFF_PERCENT.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareSaves } from "./saves";
import { runLoadGenerator, start, stop, waitFor } from "./processes";
import { freePort } from "../tests/helpers/free-port";
import type { SoakLoadSpec } from "./soak-load";

/** Growth of resident memory over the judged stretch below which it counts as level. */
export const LEVEL_OFF_PERCENT = 5;

export interface SoakOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  minutes: number;
  connections: number;
  pieces: number;
  /** The server's V8 heap limit (--max-old-space-size), when the soak tests one. */
  heapLimitMiB?: number;
  /** What this run soaks, for the report (the branch, a setting). */
  label: string;
}

interface Minute {
  minute: number;
  treeRssMiB: number;
  serverRssMiB: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  requests: number;
  rps: number;
  p99: number;
  errors: number;
}

interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  counts: Record<string, { requests: number; errors: number }>;
  versions: number[];
}

const MiB = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Resident memory (MiB) of `root` and all its descendants: the start script, tsx and the server. */
function treeRssMiB(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      // Fields after the command's closing parenthesis: state, ppid.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      const kib = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      rss.set(Number(pid), kib ? Number(kib[1]) : 0);
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  const kib = [...rss].filter(([pid]) => inTree(pid)).reduce((sum, [, k]) => sum + k, 0);
  return Math.round(kib / 1024);
}

interface ProbeSample {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** The newest probe report of the server process: the one running scripts/server.ts itself, not tsx's launcher. */
function serverSample(probeDir: string): ProbeSample | null {
  for (const file of readdirSync(probeDir)) {
    try {
      // Read from /proc rather than the report: tsx's loader rewrites process.argv.
      const cmdline = readFileSync(`/proc/${path.basename(file, ".json")}/cmdline`, "utf8");
      if (!cmdline.includes("scripts/server.ts") || cmdline.includes("tsx/dist/cli")) continue;
      return JSON.parse(readFileSync(path.join(probeDir, file), "utf8")) as ProbeSample;
    } catch {
      // A process that has ended, or a report being written.
    }
  }
  return null;
}

const loadMinute = (root: string, spec: SoakLoadSpec) =>
  runLoadGenerator<LoadResult>(path.join(__dirname, "soak-load.ts"), spec, path.join(root, ".data/soak-load.json"));

/** Growth (%) of resident memory over the judged stretch: the last 10 minutes, or the last half of a shorter soak. */
function stretchGrowth(minutes: Minute[]): { from: number; percent: number } {
  const last = minutes.at(-1)!;
  const from = Math.max(0, minutes.length - 1 - Math.min(10, Math.floor(minutes.length / 2)));
  const first = minutes[from];
  return { from: first.minute, percent: ((last.treeRssMiB - first.treeRssMiB) / first.treeRssMiB) * 100 };
}

export async function soak(options: SoakOptions) {
  const { root, minutes, connections, pieces } = options;
  const port = await freePort();
  const probeDir = path.join(root, ".data/soak-probe");
  rmSync(probeDir, { recursive: true, force: true });
  mkdirSync(probeDir, { recursive: true });
  const nodeOptions = [
    process.env.NODE_OPTIONS,
    `--require ${path.join(__dirname, "memory-probe.js")}`,
    options.heapLimitMiB ? `--max-old-space-size=${options.heapLimitMiB}` : undefined,
  ]
    .filter(Boolean)
    .join(" ");
  const base = `http://127.0.0.1:${port}`;
  const site = start(
    [process.execPath, require.resolve("tsx/cli"), "scripts/run.ts", "start", "-p", String(port)],
    { ...options.env, PORT: String(port), NODE_OPTIONS: nodeOptions, SOAK_PROBE_DIR: probeDir },
    root,
  );
  const rows: Minute[] = [];
  const kinds: Record<string, { requests: number; errors: number }> = {};
  let died: string | null = null;
  try {
    await waitFor(`${base}/`, site);
    const saves = await prepareSaves(base, connections, 1_000);
    const spec: SoakLoadSpec = {
      base,
      connections,
      duration: 60,
      seed: 0,
      pieces,
      authors: 500,
      topics: 50,
      divisions: 10,
      cookie: saves.headers.cookie,
      drafts: saves.drafts.map((d) => ({ id: new URL(d.url).pathname.split("/").pop()!, version: d.version, body: d.body })),
    };
    const sample = (minute: number, load: LoadResult | null): Minute => {
      const server = serverSample(probeDir);
      return {
        minute,
        treeRssMiB: treeRssMiB(site.pid!),
        serverRssMiB: server ? MiB(server.rss) : 0,
        heapUsedMiB: server ? MiB(server.heapUsed) : 0,
        heapTotalMiB: server ? MiB(server.heapTotal) : 0,
        externalMiB: server ? MiB(server.external) : 0,
        requests: load?.requests ?? 0,
        rps: load ? Math.round(load.rps) : 0,
        p99: load?.p99 ?? 0,
        errors: load?.errors ?? 0,
      };
    };
    // The probe writes every 5 s: wait for a report of the server as it starts.
    await new Promise((r) => setTimeout(r, 6000));
    rows.push(sample(0, null));
    printRow(rows[0], true);
    for (let minute = 1; minute <= minutes; minute++) {
      const load = await loadMinute(root, { ...spec, seed: minute });
      spec.drafts = spec.drafts.map((d, i) => ({ ...d, version: load.versions[i] }));
      for (const [kind, c] of Object.entries(load.counts)) {
        const total = (kinds[kind] ??= { requests: 0, errors: 0 });
        total.requests += c.requests;
        total.errors += c.errors;
      }
      // A fresh probe report, written after the minute's load ended.
      await new Promise((r) => setTimeout(r, 5500));
      if (site.exitCode !== null) {
        died = `the server exited with code ${site.exitCode} during minute ${minute}`;
        console.log(died);
        break;
      }
      rows.push(sample(minute, load));
      printRow(rows.at(-1)!, false);
    }
  } finally {
    await stop(site);
    rmSync(probeDir, { recursive: true, force: true });
  }
  report(options, rows, kinds, died);
}

const HEADER = [
  "minute",
  "RSS tree MiB",
  "RSS server MiB",
  "heap used MiB",
  "heap total MiB",
  "external MiB",
  "requests",
  "req/s",
  "p99 ms",
  "errors",
];

function cells(row: Minute): string[] {
  return [
    row.minute,
    row.treeRssMiB,
    row.serverRssMiB,
    row.heapUsedMiB,
    row.heapTotalMiB,
    row.externalMiB,
    row.requests,
    row.rps,
    row.p99,
    row.errors,
  ].map(String);
}

function printRow(row: Minute, header: boolean) {
  if (header) console.log(HEADER.join("\t"));
  console.log(cells(row).join("\t"));
}

function report(options: SoakOptions, rows: Minute[], kinds: Record<string, { requests: number; errors: number }>, died: string | null) {
  const table = [`| ${HEADER.join(" | ")} |`, `|${HEADER.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${cells(r).join(" | ")} |`)];
  const mix = [
    "| kind | requests | errors (4xx/5xx) |",
    "|---|---|---|",
    ...Object.entries(kinds).map(([kind, c]) => `| ${kind} | ${c.requests} | ${c.errors} |`),
  ];
  const verdict = (() => {
    if (died) return `The server died: ${died}.`;
    if (rows.length < 3) return "Too short to judge.";
    const { from, percent } = stretchGrowth(rows);
    const level = percent < LEVEL_OFF_PERCENT;
    return `RSS of the server's process tree grew ${percent >= 0 ? "+" : ""}${percent.toFixed(1)}% from minute ${from} to minute ${rows.at(-1)!.minute} (${rows[0].treeRssMiB} MiB at start, peak ${Math.max(...rows.map((r) => r.treeRssMiB))} MiB): ${level ? "levels off" : "DOES NOT level off"} (threshold ${LEVEL_OFF_PERCENT}%).`;
  })();
  const markdown = [
    `${options.label}: ${options.minutes}-minute soak, ${options.pieces.toLocaleString("en")} pieces, ${options.connections} connections${options.heapLimitMiB ? `, heap limit ${options.heapLimitMiB} MiB` : ""}.`,
    "",
    ...table,
    "",
    verdict,
    "",
    ...mix,
  ].join("\n");
  console.log(`\n${markdown}\n`);
  const dir = path.join(__dirname, "results");
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const machine = execFileSync("uname", ["-srm"]).toString().trim();
  writeFileSync(path.join(dir, `soak-${stamp}.md`), `# Soak ${stamp}\n\n${machine}\n\n${markdown}\n`);
  writeFileSync(path.join(dir, `soak-${stamp}.json`), JSON.stringify({ ...options, env: undefined, rows, kinds, died, verdict }, null, 2));
  console.log(`Written to bench/results/soak-${stamp}.md and .json`);
}
