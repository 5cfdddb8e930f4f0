// `npm run bench -- --growth`: how each scenario's p99 grows with the archive, from the stored
// results of the real-traffic bench (bench/results/*.json), the latest run at each archive size.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const stored = z.object({
  bench: z.literal("traffic"),
  pieces: z.number(),
  duration: z.number(),
  stamp: z.string(),
  loadAverage: z.object({ start: z.number(), end: z.number() }),
  results: z.record(z.string(), z.object({ p99: z.number(), rps: z.number(), errors: z.number(), requests: z.number() })),
  sitemap: z.array(z.object({ firstMs: z.number(), status: z.number() })),
});
type Stored = z.infer<typeof stored>;

/** The latest stored run of each archive size, smallest archive first. */
export function latestBySize(dir: string): Stored[] {
  const bySize = new Map<number, Stored>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const parsed = stored.safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
    // Older results (one URL per target) and soak results measure something else.
    if (parsed.success) bySize.set(parsed.data.pieces, parsed.data);
  }
  return [...bySize.values()].sort((a, b) => a.pieces - b.pieces);
}

export function growthTable(runs: Stored[]): string {
  if (runs.length === 0) return "No real-traffic results in bench/results yet: run `npm run bench` first.";
  const scenarios = [...new Set(runs.flatMap((run) => Object.keys(run.results)))];
  const cell = (run: Stored, name: string) => {
    const m = run.results[name];
    if (!m) return "-";
    // No answer within the run: every request took longer than the run.
    if (m.requests === 0) return `>${run.duration * 1000} (none answered)`;
    return `${m.p99}${m.errors ? ` (${m.errors} errors)` : ""}`;
  };
  const sitemapCell = (run: Stored) => {
    const slowest = Math.max(...run.sitemap.map((f) => f.firstMs));
    const failed = run.sitemap.filter((f) => f.status !== 200).length;
    return `${slowest}${failed ? ` (${failed} failed)` : ""}`;
  };
  const header = ["p99 ms by archive size", ...runs.map((run) => `${run.pieces.toLocaleString("en")} pieces`)];
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...scenarios.map((name) => `| ${[name, ...runs.map((run) => cell(run, name))].join(" | ")} |`),
    `| sitemap, slowest file (first request, ms) | ${runs.map(sitemapCell).join(" | ")} |`,
    "",
    `Runs: ${runs.map((run) => `${run.pieces.toLocaleString("en")} pieces ${run.stamp} (load average ${run.loadAverage.start.toFixed(1)} -> ${run.loadAverage.end.toFixed(1)})`).join("; ")}.`,
  ].join("\n");
}
