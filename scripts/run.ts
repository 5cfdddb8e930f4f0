// `npm run dev | build | start`: gets a database ready, then runs Next.js.
// Without DATABASE_URL it starts the embedded PostgreSQL (data under .data/) and owns it
// until Next exits; with DATABASE_URL nothing embedded starts. Either way pending
// migrations are applied first, and an empty database gets the demo content in dev.
// First: lets this script load lib/ modules marked server-only.
import "./server-only-outside-next";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { dataRoot, startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded";
import { applyMigrations } from "./db/migrations";
import { supervise } from "./supervise";
import { config, environmentProblems } from "../lib/platform/env";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "build" && mode !== "start") {
  console.error("Usage: tsx scripts/run.ts dev|build|start [next options]");
  process.exit(2);
}
const root = path.resolve(__dirname, "..");
loadEnvConfig(root, mode === "dev");

/** The secret kept under .data/ for the embedded setup, created on first use. */
function localSecret(): string {
  const file = path.join(dataRoot(), "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataRoot(), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * The production server's memory bounds (README, "Running in production"). Without a heap limit V8
 * sizes the heap by the machine's memory and, under the garbage rendering makes, lets it grow for
 * gigabytes before collecting (bench/soak.ts measured it). glibc gives each thread that allocates
 * its own malloc arena, whose freed memory stays resident: two arenas keep that bounded too.
 */
function serverMemory(): Record<string, string> {
  const heapMiB = config().SERVER_HEAP_MB;
  const inherited = process.env.NODE_OPTIONS ?? "";
  // A limit set by hand in NODE_OPTIONS wins.
  const heap = heapMiB > 0 && !inherited.includes("--max-old-space-size") ? ` --max-old-space-size=${heapMiB}` : "";
  return { NODE_OPTIONS: `${inherited}${heap}`.trim(), MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
}

/** The port given on the command line (`-p 4000`, `--port 4000`, `--port=4000`), if any. */
function portAskedFor(args: string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if ((arg === "-p" || arg === "--port") && args[i + 1]) return args[i + 1];
    if (arg.startsWith("--port=")) return arg.slice("--port=".length);
  }
  return undefined;
}

async function main() {
  // Every variable checked before anything starts (lib/platform/env.ts), each problem named.
  const problems = environmentProblems();
  if (problems.length) {
    console.error(
      `The environment is not valid:\n  ${problems.join("\n  ")}\nSee .env.example and the README's "Configuration". Refusing to start.`,
    );
    process.exit(1);
  }
  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL && mode === "start" && process.env.ALLOW_EMBEDDED_DATABASE !== "1") {
    console.error(
      "DATABASE_URL is not set. `npm start` is the production server: point DATABASE_URL at PostgreSQL, or set " +
        "ALLOW_EMBEDDED_DATABASE=1 to serve a single-machine site from the embedded database (see README, " +
        '"The embedded database"). Refusing to start.',
    );
    process.exit(1);
  }
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres();
    process.env.DATABASE_URL = embedded.url;
    console.log(
      `Embedded PostgreSQL ready (data in ${path.relative(root, dataRoot()) || "."}/pglite, ${embedded.url.replace(/\?.*/, "").replace(/:[^:@/]+@/, ":***@")}).`,
    );
  }
  if (!process.env.NEXTAUTH_SECRET) {
    if (mode !== "dev" && !embedded) {
      console.error(
        "NEXTAUTH_SECRET is not set. In production it must be a long random value, the same on every instance " +
          "(for example `openssl rand -base64 32`). Refusing to start.",
      );
      process.exit(1);
    }
    process.env.NEXTAUTH_SECRET = localSecret();
  }
  // This runs on closed networks too: no telemetry calls home.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  // The port asked for (`npm run dev -- -p 4000`, or PORT), handed to Next as PORT so that it serves
  // there or stops, rather than moving to a free port the links would not name.
  const port = portAskedFor(process.argv.slice(3)) ?? process.env.PORT ?? "3000";
  process.env.PORT = port;
  // The address the site is served on: links follow it until SITE_URL or the site settings name another.
  process.env.NEXTAUTH_URL ??= process.env.SITE_URL ?? `http://localhost:${port}`;

  const applied = await applyMigrations(process.env.DATABASE_URL);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (mode === "dev" || embedded) {
    const { db } = await import("../lib/platform/db");
    if ((await db.user.count()) === 0) {
      const { seed } = await import("../prisma/seed");
      await seed(db, console.log);
    }
    await db.$disconnect();
  }

  // `start` serves through scripts/server.ts, which records each request's real peer address.
  const command =
    mode === "start"
      ? [require.resolve("tsx/cli"), path.join(__dirname, "server.ts"), ...process.argv.slice(3)]
      : [require.resolve("next/dist/bin/next"), mode!, ...process.argv.slice(3)];
  const child = spawn(process.execPath, command, {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: mode === "dev" ? "development" : "production", ...(mode === "start" ? serverMemory() : {}) },
    // Its own process group, which scripts/supervise.ts kills whole if it outstays a stop.
    detached: true,
  });
  const code = await supervise(child).exited;
  if (embedded) {
    await embedded.stop();
    console.log("Embedded PostgreSQL stopped.");
  }
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
