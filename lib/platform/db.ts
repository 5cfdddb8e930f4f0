// The one Prisma client: PostgreSQL through `pg` and @prisma/adapter-pg, configured by
// DATABASE_URL (the start scripts point it at the embedded database when it is unset).
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { config } from "./env";

function createClient() {
  const { DATABASE_URL: connectionString, DATABASE_POOL_SIZE: max } = config();
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start` (they start the embedded database), or set DATABASE_URL.",
    );
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

// Dev servers reload modules; keep one client (and one pool) per process.
const globalForDb = globalThis as unknown as { standfirstDb?: PrismaClient };

export const db: PrismaClient = globalForDb.standfirstDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.standfirstDb = db;

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
