// A database that stops answering (frozen: TCP up, no bytes back, as under SIGSTOP) costs a
// request the configured timeout and a 503, not as long as it stays frozen; after it thaws
// everything works again and nothing saved is lost. The app's modules are loaded afresh here
// with DATABASE_URL through a proxy the test freezes (tests/helpers/cuttable-proxy.ts) and short
// timeouts (lib/platform/db.ts); checks read the database directly.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/platform/database-unavailable";
import { db } from "@/lib/platform/db";
import { authSecret } from "@/lib/platform/env";
import { sampleBody } from "../helpers/db";
import { startCuttableProxy, type CuttableProxy } from "../helpers/cuttable-proxy";

const TIMEOUTS = { DATABASE_CONNECT_TIMEOUT_MS: "1000", DATABASE_QUERY_TIMEOUT_MS: "1000", DATABASE_TRANSACTION_TIMEOUT_MS: "2000" };
/**
 * The longest a request may take while the database is frozen: a query's answer is awaited
 * 2 s (query timeout and the client's margin), a transaction's ROLLBACK as long again, plus
 * room for a busy machine. Without the timeouts each call waits as long as the freeze lasts.
 */
const WITHIN_MS = 6_000;
const ORIGIN = "http://studio.test";

const loadApp = async () => ({
  PUT: (await import("@/app/api/articles/[id]/route")).PUT,
  saveArticleAction: (await import("@/lib/actions/articles")).saveArticleAction,
  createArticle: (await import("@/lib/editorial/working-copy")).createArticle,
  listLivePublications: (await import("@/lib/reader/listings")).listLivePublications,
  createSession: (await import("@/lib/accounts/sessions")).createSession,
  makeUser: (await import("../helpers/db")).makeUser,
  actorFor: (await import("../helpers/actors")).actorFor,
  setRequest: (await import("../helpers/next-headers")).setRequest,
  db: (await import("@/lib/platform/db")).db,
});

let proxy: CuttableProxy;
let app: Awaited<ReturnType<typeof loadApp>>;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  proxy = await startCuttableProxy(process.env.DATABASE_URL!);
  const global = globalThis as { standfirstDb?: unknown };
  const directClient = global.standfirstDb;
  for (const name of ["DATABASE_URL", ...Object.keys(TIMEOUTS)]) saved[name] = process.env[name];
  Object.assign(process.env, TIMEOUTS, { DATABASE_URL: proxy.url });
  // A fresh module registry makes a fresh client (lib/platform/db.ts keeps one per process on globalThis).
  delete global.standfirstDb;
  jest.resetModules();
  try {
    app = await loadApp();
  } finally {
    global.standfirstDb = directClient;
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});
afterEach(() => proxy.thaw());
afterAll(async () => {
  await app.db.$disconnect();
  await proxy.close();
});

const body = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** How long a call took, and what it gave or threw. */
async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const start = Date.now();
  try {
    const value = await call();
    return { ms: Date.now() - start, value };
  } catch (error) {
    return { ms: Date.now() - start, error };
  }
}

async function writerWithPiece() {
  const user = await app.makeUser("writer");
  const piece = await app.createArticle(await app.actorFor(user), { title: "Kept through the freeze", body: sampleBody });
  const session = await app.createSession(user.id);
  const token = await encode({ token: { sid: session.id }, secret: authSecret() });
  app.setRequest({ cookies: { "next-auth.session-token": token }, headers: { host: "studio.test", origin: ORIGIN } });
  const put = (baseVersion: number, text: string) =>
    app.PUT(
      new NextRequest(new URL(`/api/articles/${piece.id}`, ORIGIN), {
        method: "PUT",
        body: JSON.stringify({ baseVersion, article: { title: "Kept through the freeze", body: body(text) } }),
        headers: { host: "studio.test", origin: ORIGIN, cookie: `next-auth.session-token=${token}` },
      }),
      { params: Promise.resolve({ id: piece.id }) },
    );
  return { piece, put };
}

test("frozen: the autosave route, the save action and a reader's query answer 503 within the timeouts; thawed, saving works and nothing is lost", async () => {
  const { piece, put } = await writerWithPiece();
  const before = await put(1, "Saved before the freeze.");
  expect(before.status).toBe(200);
  expect(await before.json()).toMatchObject({ id: piece.id, version: 2 });

  proxy.freeze();
  // Twice each: first on pooled connections (no answer comes), then on new ones (no greeting comes).
  for (let round = 0; round < 2; round++) {
    const route = await timed(() => put(2, "Typed while frozen."));
    expect(route.ms).toBeLessThan(WITHIN_MS);
    expect(route.value!.status).toBe(503);
    expect(route.value!.headers.get("Retry-After")).toBe("30");
    expect(await route.value!.json()).toEqual({ error: DATABASE_UNAVAILABLE, fieldErrors: {} });

    const action = await timed(() => app.saveArticleAction({ id: piece.id, baseVersion: 2, article: { title: "T", body: body("x") } }));
    expect(action.ms).toBeLessThan(WITHIN_MS);
    expect(action.value).toEqual({ ok: false, status: 503, error: DATABASE_UNAVAILABLE });

    const reader = await timed(() => app.listLivePublications());
    expect(reader.ms).toBeLessThan(WITHIN_MS);
    expect(isDatabaseUnavailable(reader.error)).toBe(true);
  }

  proxy.thaw();
  const after = await put(2, "Saved after the thaw.");
  expect(after.status).toBe(200);
  expect(await after.json()).toMatchObject({ id: piece.id, version: 3 });
  const stored = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  expect(stored.version).toBe(3);
  expect(JSON.stringify(stored.body)).toContain("Saved after the thaw.");
  const revisions = await db.revision.findMany({ where: { articleId: piece.id }, orderBy: { createdAt: "asc" } });
  expect(revisions.map((r) => JSON.stringify(r.body).includes("Saved before the freeze."))).toEqual([false, true, false]);
  expect(revisions).toHaveLength(3);
});

test("a transaction frozen midway fails, and its connection is not handed to the next request still inside it", async () => {
  await app.db.topic.count();
  const frozenMidway = await timed(() =>
    app.db.$transaction(async (tx) => {
      await tx.topic.create({ data: { name: "Rolled back", slug: "rolled-back" } });
      proxy.freeze();
      return tx.topic.count();
    }),
  );
  expect(frozenMidway.ms).toBeLessThan(WITHIN_MS);
  expect(isDatabaseUnavailable(frozenMidway.error)).toBe(true);

  proxy.thaw();
  // Every later write commits: none runs inside the transaction the freeze interrupted.
  for (let i = 0; i < 4; i++) await app.db.topic.create({ data: { name: `After ${i}`, slug: `after-${i}` } });
  expect((await db.topic.findMany({ orderBy: { slug: "asc" } })).map((t) => t.slug)).toEqual(["after-0", "after-1", "after-2", "after-3"]);
});
