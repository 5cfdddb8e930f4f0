// A PostgreSQL wire-protocol server in front of one PGlite database, safe under any number of
// concurrent connections.
//
// Why not @electric-sql/pglite-socket's server: PGlite is a single backend (one session), and
// that server queues each wire message on its own. `pg` sends a query as Parse, Bind, Describe,
// Execute, Sync on the unnamed statement and portal, so two connections' messages interleaved
// and one connection bound or executed another's statement and received its rows (seen: a
// writer's request ran with the admin's session). Here a connection takes the backend when it
// sends its first message and keeps it until the backend is idle again: after a Sync or a
// simple Query that leaves no transaction open. A whole transaction therefore runs alone, and
// an extended-protocol exchange is never split. Other connections wait in arrival order.
//
// It also asks for a password (MD5 challenge), so other local users cannot open the database.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const SYNC = "S".charCodeAt(0);
const QUERY = "Q".charCodeAt(0);
const TERMINATE = "X".charCodeAt(0);
const PASSWORD = "p".charCodeAt(0);
const SYNC_MESSAGE = Uint8Array.from([SYNC, 0, 0, 0, 4]);

export interface WireServerOptions {
  db: PGlite;
  password: string;
  /** A connection that holds the backend this long without sending anything is ended (its transaction rolled back). */
  idleInTransactionMs?: number;
}

/** One exclusive owner of the backend at a time, in arrival order. */
class BackendLock {
  private owner: Connection | null = null;
  private waiting: { conn: Connection; grant: () => void }[] = [];

  holder() {
    return this.owner;
  }

  acquire(conn: Connection): Promise<void> {
    if (this.owner === conn) return Promise.resolve();
    if (!this.owner) {
      this.owner = conn;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ conn, grant }));
  }

  release(conn: Connection) {
    if (this.owner !== conn) return;
    const next = this.waiting.shift();
    this.owner = next?.conn ?? null;
    next?.grant();
  }

  /** A closed connection leaves the queue without ever taking the backend. */
  forget(conn: Connection) {
    this.waiting = this.waiting.filter((w) => w.conn !== conn);
  }
}

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat([Buffer.from("SFATAL\0VFATAL\0", "utf8"), Buffer.from(`C${code}\0M${message}\0\0`, "utf8")]);
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}

const md5 = (text: string | Buffer) => createHash("md5").update(text).digest("hex");

/** What the client must answer to the MD5 challenge (PostgreSQL's "md5" authentication). */
export function md5Answer(user: string, password: string, salt: Buffer) {
  return "md5" + md5(Buffer.concat([Buffer.from(md5(password + user)), salt]));
}

class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private phase: "startup" | "auth" | "ready" | "closed" = "startup";
  private startupPacket: Buffer | null = null;
  private user = "";
  private readonly salt = randomBytes(4);
  private pending: Buffer[] = [];
  private working = false;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly socket: Socket,
    private readonly server: PgliteWireServer,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.receive(chunk));
    socket.on("error", () => this.close());
    socket.on("close", () => this.close());
  }

  private receive(chunk: Buffer) {
    if (this.phase === "closed") return;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    try {
      if (this.phase === "startup" && !this.readStartup()) return;
      if (this.phase === "auth" && !this.readPassword()) return;
      if (this.phase === "ready") this.readMessages();
    } catch (error) {
      this.fail("08P01", (error as Error).message);
    }
  }

  /** The untyped first packets: SSL/GSS negotiation (refused), cancel (unsupported), startup. */
  private readStartup(): boolean {
    while (this.phase === "startup") {
      if (this.buffer.length < 8) return false;
      const length = this.buffer.readInt32BE(0);
      if (length < 8 || length > 10_000) throw new Error("invalid startup packet length");
      if (this.buffer.length < length) return false;
      const packet = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      const code = packet.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        this.socket.write("N");
      } else if (code === CANCEL_REQUEST) {
        // PGlite has no second backend to interrupt; a cancel request is answered by closing.
        this.close();
        return false;
      } else if (code === PROTOCOL_3) {
        const params = packet.subarray(8).toString("utf8").split("\0");
        for (let i = 0; i + 1 < params.length; i += 2) if (params[i] === "user") this.user = params[i + 1]!;
        this.startupPacket = Buffer.from(packet);
        this.phase = "auth";
        const challenge = Buffer.alloc(13);
        challenge.write("R", 0);
        challenge.writeInt32BE(12, 1);
        challenge.writeInt32BE(5, 5);
        this.salt.copy(challenge, 9);
        this.socket.write(challenge);
      } else {
        throw new Error(`unsupported protocol version ${code >> 16}.${code & 0xffff}`);
      }
    }
    return true;
  }

  private readPassword(): boolean {
    if (this.buffer.length < 5) return false;
    const length = this.buffer.readInt32BE(1) + 1;
    if (this.buffer.length < length) return false;
    if (this.buffer[0] !== PASSWORD) throw new Error("expected a password message");
    const answer = Buffer.from(this.buffer.subarray(5, length - 1).toString("utf8"));
    this.buffer = this.buffer.subarray(length);
    const expected = Buffer.from(md5Answer(this.user, this.server.password, this.salt));
    if (answer.length !== expected.length || !timingSafeEqual(answer, expected)) {
      this.fail("28P01", `password authentication failed for user "${this.user}"`);
      return false;
    }
    this.phase = "ready";
    // The backend's own greeting (AuthenticationOk, parameters, ReadyForQuery) follows.
    this.pending.push(this.startupPacket!);
    this.startupPacket = null;
    return true;
  }

  private readMessages() {
    while (this.buffer.length >= 5) {
      const length = this.buffer.readInt32BE(1) + 1;
      if (length < 5) throw new Error("invalid message length");
      if (this.buffer.length < length) break;
      this.pending.push(Buffer.from(this.buffer.subarray(0, length)));
      this.buffer = this.buffer.subarray(length);
    }
    void this.work();
  }

  /** Runs this connection's messages in order, holding the backend until it is idle again. */
  private async work() {
    if (this.working) return;
    this.working = true;
    this.clearIdleTimer();
    try {
      while (this.pending.length && this.phase === "ready") {
        await this.server.lock.acquire(this);
        if (this.phase !== "ready") break;
        // Messages up to and including the next Sync or Query go to the backend together.
        const batch: Buffer[] = [];
        let boundary = false;
        while (this.pending.length && !boundary) {
          const message = this.pending[0]!;
          if (message[0] === TERMINATE) break;
          batch.push(this.pending.shift()!);
          boundary = message[0] === SYNC || message[0] === QUERY || message[0] === 0;
        }
        if (batch.length) await this.server.exec(Buffer.concat(batch), (data) => this.write(data));
        if (this.pending[0]?.[0] === TERMINATE) {
          this.close();
          break;
        }
        if (boundary && !this.server.db.isInTransaction()) this.server.lock.release(this);
      }
    } catch (error) {
      this.fail("XX000", (error as Error).message);
    } finally {
      this.working = false;
    }
    if (this.phase === "ready" && this.server.lock.holder() === this) this.startIdleTimer();
  }

  private write(data: Uint8Array) {
    if (this.phase !== "closed" && this.socket.writable) this.socket.write(Buffer.from(data));
  }

  private startIdleTimer() {
    const ms = this.server.idleInTransactionMs;
    this.idleTimer = setTimeout(() => this.fail("25P03", "terminating connection due to idle-in-transaction timeout"), ms);
    this.idleTimer.unref();
  }

  private clearIdleTimer() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private fail(code: string, message: string) {
    if (this.phase === "closed") return;
    if (this.socket.writable) this.socket.write(errorResponse(code, message));
    this.close();
  }

  close() {
    if (this.phase === "closed") return;
    this.phase = "closed";
    this.clearIdleTimer();
    this.pending = [];
    this.socket.end();
    this.socket.destroy();
    this.server.forget(this);
    void this.server.releaseFrom(this);
  }
}

export class PgliteWireServer {
  readonly db: PGlite;
  readonly password: string;
  readonly idleInTransactionMs: number;
  readonly lock = new BackendLock();
  private readonly connections = new Set<Connection>();
  private server: Server | null = null;

  constructor(options: WireServerOptions) {
    this.db = options.db;
    this.password = options.password;
    this.idleInTransactionMs = options.idleInTransactionMs ?? 60_000;
  }

  /** Runs wire messages on the backend; the caller holds the lock. */
  exec(message: Uint8Array, onData: (data: Uint8Array) => void) {
    return this.db.runExclusive(() => this.db.execProtocolRawStream(message, { onRawData: onData }));
  }

  /**
   * A connection that ends while it holds the backend may leave an extended-protocol
   * exchange or a transaction open: close both before the next connection runs.
   */
  async releaseFrom(conn: Connection) {
    this.lock.forget(conn);
    if (this.lock.holder() !== conn) return;
    try {
      await this.exec(SYNC_MESSAGE, () => {});
      if (this.db.isInTransaction()) await this.exec(simpleQuery("ROLLBACK"), () => {});
    } finally {
      this.lock.release(conn);
    }
  }

  forget(conn: Connection) {
    this.connections.delete(conn);
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const server = createServer((socket) => this.connections.add(new Connection(socket, this)));
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        this.server = server;
        resolve((server.address() as { port: number }).port);
      });
    });
  }

  async close() {
    for (const conn of [...this.connections]) conn.close();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    // Let the last holder's clean-up finish before the database closes.
    await this.db.runExclusive(async () => {});
  }
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(sql + "\0", "utf8");
  const head = Buffer.alloc(5);
  head.write("Q", 0);
  head.writeInt32BE(text.length + 4, 1);
  return Buffer.concat([head, text]);
}
