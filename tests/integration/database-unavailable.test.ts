// isDatabaseUnavailable over the errors pg, @prisma/adapter-pg and Prisma really throw when
// the database goes away (a closed port, a connection cut under a query, a server shutting
// down or full), against those that are nobody's outage (bad SQL, a taken value, a wrong
// database name). And the server actions' answer to an outage: 503 with a clear message.
import { PrismaPg } from "@prisma/adapter-pg";
import { Client } from "pg";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/platform/database-unavailable";
import { db } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { startCuttableProxy, type CuttableProxy } from "../helpers/cuttable-proxy";
import { setRequest } from "../helpers/next-headers";

const databaseUrl = process.env.DATABASE_URL!;
const prismaAt = (connectionString: string) => new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 2 }) });
const caught = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => new Error("expected a failure, got a result"),
    (error: unknown) => error,
  );

/** A port nothing listens on: the proxy's, once it is cut. */
let closed: CuttableProxy;
let proxy: CuttableProxy;
let viaProxy: PrismaClient;
let onServer: boolean;

beforeAll(async () => {
  closed = await startCuttableProxy(databaseUrl);
  await closed.cut();
  proxy = await startCuttableProxy(databaseUrl);
  viaProxy = prismaAt(proxy.url);
  // PGlite (the embedded default) serves one backend: terminating one, or a per-role limit, needs a real server.
  const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
  onServer = !version.includes("PGlite");
});
afterAll(async () => {
  await viaProxy.$disconnect();
  await proxy.close();
});

describe("the database cannot be reached", () => {
  test("pg connecting to a closed port: ECONNREFUSED", async () => {
    const client = new Client({ connectionString: closed.url });
    const error = await caught(client.connect());
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("a Prisma query on a closed port: P1001, Can't reach database server", async () => {
    const unreachable = prismaAt(closed.url);
    const error = await caught(unreachable.user.count());
    expect(error).toMatchObject({ code: "P1001" });
    expect(String((error as Error).message)).toContain("Can't reach database server");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("a raw query on a closed port: P2010 wrapping the adapter's DatabaseNotReachable", async () => {
    const error = await caught(prismaAt(closed.url).$queryRaw`SELECT 1`);
    expect(error).toMatchObject({ code: "P2010" });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("a transaction on a closed port", async () => {
    const error = await caught(prismaAt(closed.url).$transaction(async (tx) => tx.user.count()));
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("the connection is cut while a query runs: Connection terminated unexpectedly", async () => {
    await viaProxy.$queryRaw`SELECT 1`;
    const running = caught(viaProxy.$queryRaw`SELECT pg_sleep(2)`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.cut();
    const error = await running;
    expect(String((error as Error).message)).toMatch(/Connection terminated/);
    expect(isDatabaseUnavailable(error)).toBe(true);
    // While it stays down, new queries are refused.
    expect(isDatabaseUnavailable(await caught(viaProxy.user.count()))).toBe(true);
    await proxy.restore();
    await expect(viaProxy.user.count()).resolves.toEqual(expect.any(Number));
  });

  test("the server terminates the connection (shutdown, fail-over): 57P01", async () => {
    if (!onServer) return console.log("skipped on the embedded PGlite: it has one backend");
    const running = caught(viaProxy.$queryRaw`SELECT pg_sleep(2), 'outage-probe'`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%outage-probe%' AND pid <> pg_backend_pid()`;
    const error = await running;
    expect(JSON.stringify((error as { meta?: unknown }).meta)).toContain("57P01");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("the server has no connection left for us: 53300", async () => {
    if (!onServer) return console.log("skipped on the embedded PGlite: it has no connection limits");
    await db.$executeRawUnsafe(`DROP ROLE IF EXISTS standfirst_full`);
    await db.$executeRawUnsafe(`CREATE ROLE standfirst_full LOGIN CONNECTION LIMIT 0`);
    try {
      const url = new URL(databaseUrl);
      url.username = "standfirst_full";
      url.password = "";
      const full = prismaAt(url.toString());
      const error = await caught(full.user.count());
      expect(error).toMatchObject({ code: "P2037" });
      expect(String((error as Error).message)).toContain("too many connections");
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await db.$executeRawUnsafe(`DROP ROLE IF EXISTS standfirst_full`);
    }
  });
});

describe("errors that are not an outage", () => {
  test("bad SQL", async () => {
    const error = await caught(db.$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`));
    expect(error).toMatchObject({ code: "P2010" });
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  test("a taken unique value", async () => {
    await db.topic.create({ data: { slug: "taken", name: "Taken" } });
    const error = await caught(db.topic.create({ data: { slug: "taken", name: "Taken again" } }));
    expect(error).toMatchObject({ code: "P2002" });
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  test("a database that does not exist (a configuration mistake, not an outage)", async () => {
    if (!onServer) return console.log("skipped on the embedded PGlite: it serves any database name");
    const url = new URL(databaseUrl);
    url.pathname = "/standfirst_no_such_database";
    const error = await caught(prismaAt(url.toString()).user.count());
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  test.each([
    ["a domain error", new NotFoundError()],
    ["a plain error", new Error("boom")],
    ["a string", "Connection terminated"],
    ["nothing", null],
  ])("%s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("server actions (lib/actions/define.ts)", () => {
  const countAction = defineAction(z.object({}), async () => prismaAt(closed.url).user.count());

  test("answer an outage with status 503 and the message, instead of throwing a server error", async () => {
    setRequest({});
    await expect(countAction({})).resolves.toEqual({ ok: false, status: 503, error: DATABASE_UNAVAILABLE });
  });

  test("still let other failures through, as before", async () => {
    setRequest({});
    const failing = defineAction(z.object({}), async () => db.$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`));
    await expect(failing({})).rejects.toMatchObject({ code: "P2010" });
  });
});
