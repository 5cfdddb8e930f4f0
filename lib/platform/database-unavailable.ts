// "The database cannot be reached just now", told apart from every other failure. Such an
// error is nobody's mistake and goes away by itself: saves answer 503 with Retry-After (the
// editor keeps the text and retries), pages answer their last good copy or 503 (scripts/server.ts).
//
// Recognised from what pg, @prisma/adapter-pg and Prisma really throw (tests/integration/
// database-unavailable.test.ts produces each one against a real server): a refused or dropped
// socket, a server shutting down or refusing new connections, and every timeout of
// lib/platform/db.ts when the database stops answering (tests/integration/database-timeouts.test.ts
// freezes one). Bad SQL, constraint violations, a wrong database name or password are not
// outages and stay ordinary errors.

/** What a writer or reader is told; the same text for the save route and the server actions (lib/platform/http/domain-errors.ts). */
export const DATABASE_UNAVAILABLE = "The database is unavailable just now. Nothing was lost; try again in a moment.";

/** The Retry-After of every 503 this causes: long enough for a restart or a fail-over. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * Prisma's codes for "cannot reach", "timed out", "server closed the connection", "too many
 * connections", and P2028, a transaction that could not start within maxWait or outlived its timeout.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2028", "P2037"]);
/** @prisma/adapter-pg's kinds for socket failures and a full server (its convertDriverError). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Node's socket and DNS errors, as pg passes them on when it connects or loses the socket. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
/**
 * SQLSTATEs: class 08 (connection exceptions), 57P01-57P03 (administrator or crash shutdown,
 * "the database system is starting up"), 53300 (too many connections), 57014 (a statement
 * cancelled by statement_timeout; the app cancels nothing else) and 25P03 (a session ended by
 * idle_in_transaction_session_timeout).
 */
const OUTAGE_STATES = new Set(["57P01", "57P02", "57P03", "53300", "57014", "25P03"]);
const outageState = (code: string) => code.startsWith("08") || OUTAGE_STATES.has(code);
/**
 * pg's own messages (English whatever the server's locale) when its socket goes away or never
 * comes, when no pooled connection frees up in time, and when an answer does not come within
 * query_timeout (Prisma passes that one on as pg's bare Error).
 */
const PG_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Query read timeout$)/;

type Fields = { code?: unknown; kind?: unknown; originalCode?: unknown; meta?: unknown; driverAdapterError?: unknown; cause?: unknown };

const asFields = (value: unknown): Fields | null => (typeof value === "object" && value !== null ? (value as Fields) : null);

export function isDatabaseUnavailable(error: unknown): boolean {
  // The error, what it wraps (Error.cause), and the driver's error Prisma keeps in meta.
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length && seen.size < 10) {
    const current = queue.shift();
    const fields = asFields(current);
    if (!fields || seen.has(current)) continue;
    seen.add(current);
    const code = typeof fields.code === "string" ? fields.code : "";
    const original = typeof fields.originalCode === "string" ? fields.originalCode : "";
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || outageState(original)) return true;
    if (typeof fields.kind === "string" && (ADAPTER_KINDS.has(fields.kind) || (fields.kind === "postgres" && outageState(code))))
      return true;
    // pg's DatabaseError carries the SQLSTATE in `code` and a severity.
    if ("severity" in fields && /^[0-9A-Z]{5}$/.test(code) && outageState(code)) return true;
    if (current instanceof Error && PG_MESSAGES.test(current.message)) return true;
    queue.push(fields.cause, asFields(asFields(fields.meta)?.driverAdapterError ?? null)?.cause);
  }
  return false;
}
