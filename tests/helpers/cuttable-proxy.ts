// A TCP proxy between the code under test and PostgreSQL that a test can cut, as a stopped
// database looks from the application: connections that were open are dropped at once and
// new ones are refused (ECONNREFUSED) until it is restored on the same port.
import { connect, createServer, type Server, type Socket } from "node:net";

export interface CuttableProxy {
  /** The URL to give the application: `databaseUrl` with its host and port replaced by the proxy's. */
  url: string;
  port: number;
  /** Drops every open connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startCuttableProxy(databaseUrl: string): Promise<CuttableProxy> {
  const target = new URL(databaseUrl);
  const upstream = { host: target.hostname, port: Number(target.port || 5432) };
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        const db = connect(upstream);
        const drop = () => {
          client.destroy();
          db.destroy();
          sockets.delete(client);
          sockets.delete(db);
        };
        for (const socket of [client, db]) {
          sockets.add(socket);
          socket.on("error", drop);
          socket.on("close", drop);
        }
        client.pipe(db).pipe(client);
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
  return { url: proxied.toString(), port, cut: stop, restore: listen, close: stop };
}
