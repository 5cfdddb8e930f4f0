// The embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) keeping its data
// under .data/, served over the PostgreSQL wire protocol so the app talks to it through
// the same driver and DATABASE_URL as to a real server. One process owns the data folder.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where local state lives; STANDFIRST_DATA_DIR moves it (the browser tests use a fresh one per run). */
export const dataRoot = path.resolve(process.env.STANDFIRST_DATA_DIR ?? path.resolve(__dirname, "../../.data"));

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

export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
  host?: string;
  /** Keep nothing on disk (tests). */
  inMemory?: boolean;
} = {}): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");

  let unlock = () => {};
  let db;
  if (options.inMemory) {
    db = await PGlite.create();
  } else {
    const dataDir = options.dataDir ?? path.join(dataRoot, "pglite");
    mkdirSync(dataDir, { recursive: true });
    unlock = lock(dataDir);
    db = await PGlite.create(dataDir);
  }
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: 20 });
  try {
    await server.start();
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
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
