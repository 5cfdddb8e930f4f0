// The one Prisma client: PostgreSQL through `pg` and @prisma/adapter-pg, configured by
// DATABASE_URL (the start scripts point it at the embedded database when it is unset).
//
// Every wait on the database is bounded (DATABASE_*_TIMEOUT_MS), so a database that stops
// answering (frozen, a stalled disk or network, TCP still up) costs a request seconds and a 503,
// not as long as the outage lasts (lib/platform/database-unavailable.ts recognises each timeout):
// - connectionTimeoutMillis: opening a connection, and waiting for a free one in the pool;
// - statement_timeout: the server cancels a long statement (57014), the connection stays usable;
// - query_timeout: the client stops waiting for an answer ("Query read timeout"), which works
//   even when the server is frozen; a second after statement_timeout, so a merely slow query
//   gets the server's clean cancel first;
// - transactionOptions: Prisma waits at most the connect timeout for a transaction to start and
//   rolls back one open longer than the transaction timeout; idle_in_transaction_session_timeout
//   lets the server end a session its client left inside a transaction as long.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool, type PoolClient } from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { config } from "./env";

/** How much longer the client waits for an answer than the server lets a statement run. */
const CLIENT_MARGIN_MS = 1_000;

/**
 * A connection handed back still inside a transaction is in an unknown state: the adapter
 * releases a transaction's connection after its ROLLBACK even when that ROLLBACK timed out on a
 * frozen server (never sent, or unanswered), and the next borrower's statements would then run
 * inside the dead transaction and be lost with it. Ending it here (the pool emits "release"
 * before it decides) makes the pool discard it; pg already discards one released with an error,
 * as a timed-out query outside a transaction is.
 */
function discardUnsettled(error: Error | undefined, client: PoolClient) {
  if (!error && client.getTransactionStatus() !== "I") void client.end().catch(() => {});
}

function createPool(connectionString: string) {
  const {
    DATABASE_POOL_SIZE: max,
    DATABASE_CONNECT_TIMEOUT_MS: connect,
    DATABASE_QUERY_TIMEOUT_MS: query,
    DATABASE_TRANSACTION_TIMEOUT_MS: transaction,
  } = config();
  const pool = new Pool({
    connectionString,
    max,
    connectionTimeoutMillis: connect,
    statement_timeout: query,
    query_timeout: query + CLIENT_MARGIN_MS,
    idle_in_transaction_session_timeout: transaction,
  });
  pool.on("release", discardUnsettled);
  return pool;
}

/** A client of the database at `connectionString` with the configured pool and timeouts (tests reach the database through proxies with it). */
export function connectDatabase(connectionString: string): PrismaClient {
  const { DATABASE_CONNECT_TIMEOUT_MS: maxWait, DATABASE_TRANSACTION_TIMEOUT_MS: timeout } = config();
  return new PrismaClient({
    adapter: new PrismaPg(createPool(connectionString), { disposeExternalPool: true }),
    transactionOptions: { maxWait, timeout },
  });
}

function createClient() {
  const { DATABASE_URL: connectionString } = config();
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start` (they start the embedded database), or set DATABASE_URL.",
    );
  }
  return connectDatabase(connectionString);
}

// Dev servers reload modules; keep one client (and one pool) per process.
const globalForDb = globalThis as unknown as { standfirstDb?: PrismaClient };

export const db: PrismaClient = globalForDb.standfirstDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.standfirstDb = db;

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
