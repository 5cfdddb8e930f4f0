// A TCP proxy between the code under test and PostgreSQL that a test can cut, as a stopped
// database looks from the application: connections that were open are dropped at once and
// new ones are refused (ECONNREFUSED) until it is restored on the same port. Or freeze, as a
// hung database looks (SIGSTOP, a stalled disk or network): connections stay open and new ones
// are accepted, but no byte passes either way until it thaws, when everything held goes through.
import { connect, createServer, type Server, type Socket } from "node:net";

export interface CuttableProxy {
  /** The URL to give the application: `databaseUrl` with its host and port replaced by the proxy's. */
  url: string;
  port: number;
  /** Drops every open connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again, on the same port. */
  restore(): Promise<void>;
  /** Stops every byte, both ways, on open and new connections, without closing anything. */
  freeze(): void;
  /** Lets the bytes flow again, what was held first. */
  thaw(): void;
  close(): Promise<void>;
}

export async function startCuttableProxy(databaseUrl: string): Promise<CuttableProxy> {
  const target = new URL(databaseUrl);
  const upstream = { host: target.hostname, port: Number(target.port || 5432) };
  const sockets = new Set<Socket>();
  const pairs = new Set<[Socket, Socket]>();
  let server: Server | null = null;
  let port = 0;
  let frozen = false;

  const flow = ([client, db]: [Socket, Socket]) => {
    client.pipe(db);
    db.pipe(client);
  };
  const hold = ([client, db]: [Socket, Socket]) => {
    client.unpipe(db);
    db.unpipe(client);
    client.pause();
    db.pause();
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        const db = connect(upstream);
        const pair: [Socket, Socket] = [client, db];
        const drop = () => {
          client.destroy();
          db.destroy();
          sockets.delete(client);
          sockets.delete(db);
          pairs.delete(pair);
        };
        for (const socket of [client, db]) {
          sockets.add(socket);
          socket.on("error", drop);
          socket.on("close", drop);
        }
        pairs.add(pair);
        if (frozen) hold(pair);
        else flow(pair);
      });
      next.once("error", reject);
      next.listen(port, "127.0.0.1", () => {
        port = (next.address() as { port: number }).port;
        server = next;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      const closing = server;
      server = null;
      closing.close(() => resolve());
    });

  await listen();
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(port);
  return {
    url: proxied.toString(),
    port,
    cut: stop,
    restore: listen,
    // Each only on a change: piping a pair twice would send every byte twice.
    freeze: () => {
      if (frozen) return;
      frozen = true;
      pairs.forEach(hold);
    },
    thaw: () => {
      if (!frozen) return;
      frozen = false;
      pairs.forEach(flow);
    },
    close: stop,
  };
}
