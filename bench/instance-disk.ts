// `npx tsx bench/instance-disk.ts --url http://localhost:3000 [--pieces 5000] [--missing 5000]`:
// what a crawler walking the archive costs an instance in disk (and Redis, with REDIS_URL).
// Requests distinct piece pages (slugs drawn at random from DATABASE_URL's live pieces) and as
// many random addresses under /commentaries/ that do not exist, 10 at a time, and prints the size
// of .next (and of .next/cache) before and after, with the statuses seen. Start the server with
// `npm start` first, on the same DATABASE_URL (the 100,000-piece bench archive, say).
import { readdirSync, lstatSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { createClient } from "redis";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const base = option("url", "http://localhost:3000");
const pieces = Number(option("pieces", "5000"));
const missing = Number(option("missing", "5000"));
const nextDir = path.resolve(__dirname, "..", ".next");

/** Bytes under `dir`, as `du -sb` counts them (files only, links not followed). */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(full);
    else total += lstatSync(full).size;
  }
  return total;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function redisBytes(): Promise<number | null> {
  if (!process.env.REDIS_URL) return null;
  const client = createClient({ url: process.env.REDIS_URL });
  await client.connect();
  const info = await client.info("memory");
  await client.close();
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

async function liveSlugs(count: number): Promise<string[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ slug: string }>(
    `SELECT slug FROM "Publication" WHERE "liveFrom" <= now() ORDER BY random() LIMIT $1`,
    [count],
  );
  await client.end();
  return rows.map((r) => r.slug);
}

/** Requests every path, `concurrency` at a time; the count of each status. */
async function requestAll(paths: string[], concurrency = 10): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const response = await fetch(`${base}${paths[next++]}`);
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

async function main() {
  const before = { next: bytesUnder(nextDir), cache: bytesUnder(path.join(nextDir, "cache")), redis: await redisBytes() };
  const slugs = await liveSlugs(pieces);
  const paths = [
    ...slugs.map((slug) => `/commentaries/${slug}`),
    ...Array.from({ length: missing }, () => `/commentaries/no-such-piece-${randomBytes(6).toString("hex")}`),
  ];
  const started = Date.now();
  const statuses = await requestAll(paths);
  const seconds = (Date.now() - started) / 1000;
  const after = { next: bytesUnder(nextDir), cache: bytesUnder(path.join(nextDir, "cache")), redis: await redisBytes() };
  console.log(`${paths.length} requests (${slugs.length} distinct pieces, ${missing} missing addresses) in ${seconds.toFixed(0)} s`);
  console.log(`statuses: ${[...statuses].map(([status, n]) => `${status}×${n}`).join(", ")}`);
  console.log("| | before | after |\n|---|---|---|");
  console.log(`| .next | ${mib(before.next)} | ${mib(after.next)} |`);
  console.log(`| .next/cache | ${mib(before.cache)} | ${mib(after.cache)} |`);
  if (before.redis !== null && after.redis !== null) console.log(`| Redis used_memory | ${mib(before.redis)} | ${mib(after.redis)} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
