// The embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) keeping its data
// under .data/, served over the PostgreSQL wire protocol (./pglite-wire.ts) so the app talks
// to it through the same driver and DATABASE_URL as to a real server. One process owns the
// data folder; a password generated into it keeps other local users out.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config } from "../../lib/platform/env";
import { PgliteWireServer } from "./pglite-wire";

/** Where local state lives; STANDFIRST_DATA_DIR moves it (the browser tests use a fresh one per run). */
export const dataRoot = () => path.resolve(config().STANDFIRST_DATA_DIR ?? path.resolve(__dirname, "../../.data"));

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the folder's lock file, refusing clearly when another live process holds it. */
function lock(dataDir: string) {
  const lockFile = path.join(dataDir, "standfirst.lock");
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is already open in process ${pid}. ` +
          "Stop that process first (one process owns the data), or set DATABASE_URL to use a server.",
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

/** The database's password, generated on first use and kept beside its data (owner-only). */
function passwordFor(dataDir: string) {
  const file = path.join(dataDir, "standfirst.password");
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

export async function startEmbeddedPostgres(
  options: {
    dataDir?: string;
    port?: number;
    host?: string;
    /** Keep nothing on disk (tests). */
    inMemory?: boolean;
  } = {},
): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? config().EMBEDDED_DB_PORT;
  const { PGlite } = await import("@electric-sql/pglite");
  // The studio's title search uses trigram indexes (prisma/migrations/*_studio_list_indexes);
  // PGlite bundles pg_trgm but only offers the extensions it was started with.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const extensions = { pg_trgm };

  let unlock = () => {};
  let db;
  let password;
  if (options.inMemory) {
    db = await PGlite.create({ extensions });
    password = randomBytes(24).toString("hex");
  } else {
    const dataDir = options.dataDir ?? path.join(dataRoot(), "pglite");
    mkdirSync(dataDir, { recursive: true });
    unlock = lock(dataDir);
    password = passwordFor(dataDir);
    db = await PGlite.create(dataDir, { extensions });
  }
  const server = new PgliteWireServer({ db, password });
  let boundPort: number;
  try {
    boundPort = await server.listen(port, host);
  } catch (error) {
    unlock();
    await db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new Error(`Port ${port} is in use: set EMBEDDED_DB_PORT to a free port for the embedded database.`);
    }
    throw error;
  }
  let stopped = false;
  return {
    url: `postgresql://postgres:${password}@${host}:${boundPort}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await db.close();
      unlock();
    },
  };
}
