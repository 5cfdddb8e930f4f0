// When the application fails a reader's page, the server answers the page's last good copy
// (lib/platform/http/response-cache.ts), held back and replaced by lib/platform/http/response-failover.ts, wired as
// scripts/server.ts wires them, in a real HTTP server in front of a stand-in for Next.
// A change withdraws the copies that may show what it took away; a page with no copy gets 503
// and Retry-After when the database was the cause, and the application's own answer otherwise.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { refreshPublic, tagsForPiece, publicTags } from "@/lib/reader/cache";
import { bumpPublicGeneration, onPublicChange, type Withdrawn } from "@/lib/platform/public-generation";
import { createResponseCache } from "@/lib/platform/http/response-cache";
import { holdFailures, unavailablePage } from "@/lib/platform/http/response-failover";

let server: Server;
let base: string;
let clock = 0;
/** How the stand-in for Next answers: normally, failing (a 500, as when a render throws), or throwing. */
let mode: "up" | "failing" | "throwing" = "up";
/** Whether the failure came from an unreachable database (what lib/platform/http/request-failures.ts tells the server). */
let databaseDown = false;
let renders = 0;
/** Paths answered 404 now (a piece unpublished). */
const gone = new Set<string>();

const shared = { "cache-control": "s-maxage=60, stale-while-revalidate=31535940", vary: "rsc, Accept-Encoding" };
const perRequest = { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate", vary: "rsc, Accept-Encoding" };

/** Stands in for Next: pages link to the pieces they show, as the reader's pages do. */
function next(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  renders += 1;
  if (mode === "throwing") throw new Error("the handler threw");
  if (mode === "failing") {
    // As Next sends a failed render: status set, head implicit, body streamed.
    res.statusCode = 500;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.write("<p>Internal ");
    return res.end("Server Error</p>");
  }
  const respond = (status: number, headers: Record<string, string>, body: string | Buffer) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
    res.write(body.slice(0, 5));
    res.end(body.slice(5));
  };
  if (gone.has(url.pathname)) return respond(404, shared, "not found");
  switch (url.pathname) {
    case "/commentaries/piece-a":
    case "/commentaries/piece-b":
      return respond(200, shared, `<h1>${url.pathname} render ${renders}</h1><link rel="canonical" href="http://site${url.pathname}">`);
    case "/topics/maritime":
      return respond(200, shared, `<a href="/commentaries/piece-a">A</a> <a href="/commentaries/piece-b">B</a> render ${renders}`);
    case "/search":
      return respond(200, perRequest, `<a href="/commentaries/piece-b">B</a> for ${url.searchParams.get("q")} render ${renders}`);
    case "/feeds/rss.xml":
      // Compressed, as Next's compression sends most responses.
      return respond(
        200,
        { ...shared, "content-encoding": "gzip" },
        gzipSync(`<link>http://site/commentaries/piece-a</link> render ${renders}`),
      );
    case "/studio/private":
      return respond(200, shared, `studio ${renders}`);
    default:
      return respond(404, shared, "not found");
  }
}

beforeAll(async () => {
  const cache = createResponseCache({ maxBytes: 64 * 1024, maxAgeSeconds: 10 });
  server = createServer((req, res) => {
    if (cache.handle(req, res)) return;
    const failover = holdFailures(req, res, () => cache.lastGoodCopy(req) ?? (databaseDown ? unavailablePage() : null));
    try {
      next(req, res);
    } catch {
      failover.threw();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  mode = "up";
  databaseDown = false;
  renders = 0;
  gone.clear();
  // Every test starts from an empty cache: a change to everything withdraws every copy.
  bumpPublicGeneration();
  const realNow = Date.now.bind(Date);
  jest.spyOn(Date, "now").mockImplementation(() => realNow() + clock);
});
afterEach(() => jest.restoreAllMocks());

const get = async (path: string, headers: Record<string, string> = {}, method = "GET") => {
  const response = await fetch(base + path, { headers, method });
  return {
    status: response.status,
    body: await response.text(),
    stale: response.headers.get("x-standfirst-stale"),
    cacheControl: response.headers.get("cache-control"),
    retryAfter: response.headers.get("retry-after"),
    response,
  };
};

/** Reads the pages, lets their freshness pass, and makes the application fail. */
async function keepThenFail(paths: string[], failure: typeof mode = "failing") {
  const kept = new Map<string, string>();
  for (const path of paths) kept.set(path, (await get(path)).body);
  clock += 11_000;
  mode = failure;
  databaseDown = true;
  return kept;
}

describe("a reader's page the application fails", () => {
  test("is answered with its last good copy, byte for byte, marked stale and not for a CDN to keep", async () => {
    const kept = await keepThenFail(["/commentaries/piece-a"]);
    const answer = await get("/commentaries/piece-a");
    expect(answer).toMatchObject({ status: 200, body: kept.get("/commentaries/piece-a"), stale: "1", cacheControl: "no-store" });
    expect(Number(answer.response.headers.get("age"))).toBeGreaterThanOrEqual(11);
    // The stand-in is not stored as news: once the application is back, it is asked again.
    mode = "up";
    expect(await get("/commentaries/piece-a")).toMatchObject({ status: 200, stale: null, body: expect.stringContaining("render 3") });
  });

  test("when the application throws instead of answering, the same", async () => {
    const kept = await keepThenFail(["/commentaries/piece-a"], "throwing");
    expect(await get("/commentaries/piece-a")).toMatchObject({ status: 200, body: kept.get("/commentaries/piece-a"), stale: "1" });
  });

  test("a HEAD request gets the copy's headers and no body", async () => {
    await keepThenFail(["/commentaries/piece-a"]);
    expect(await get("/commentaries/piece-a", {}, "HEAD")).toMatchObject({ status: 200, body: "", stale: "1" });
  });

  test("a page rendered per request (search) is kept as a last good copy, though never served while fresh", async () => {
    const first = await get("/search?q=ports");
    const second = await get("/search?q=ports");
    expect(second.body).not.toBe(first.body);
    await keepThenFail([]);
    expect(await get("/search?q=ports")).toMatchObject({ status: 200, body: second.body, stale: "1" });
  });

  test("a per-request page answered to a request with a cookie is not kept: it may be someone's", async () => {
    await get("/search?q=mine", { cookie: "next-auth.session-token=x" });
    await keepThenFail([]);
    expect(await get("/search?q=mine")).toMatchObject({ status: 503, stale: null });
  });

  test("with no copy and the database down: 503, Retry-After and a plain page", async () => {
    await keepThenFail([]);
    const answer = await get("/search?q=never-seen");
    expect(answer).toMatchObject({ status: 503, retryAfter: "30", cacheControl: "no-store" });
    expect(answer.body).toContain("This page is temporarily unavailable");
  });

  test("with no copy and the database up (a bug), the application's own 500 goes out as it wrote it", async () => {
    await keepThenFail([]);
    databaseDown = false;
    expect(await get("/search?q=never-seen")).toMatchObject({ status: 500, body: "<p>Internal Server Error</p>", retryAfter: null });
  });

  test("pages outside the reader's are never answered from a copy", async () => {
    await keepThenFail(["/studio/private"]);
    databaseDown = false;
    expect(await get("/studio/private")).toMatchObject({ status: 500, stale: null });
  });
});

describe("what a change withdraws", () => {
  const pages = ["/commentaries/piece-a", "/commentaries/piece-b", "/topics/maritime", "/search?q=b", "/feeds/rss.xml"];

  async function answersAfter(change: () => void) {
    for (const path of pages) await get(path);
    change();
    await keepThenFail([]);
    return Object.fromEntries(await Promise.all(pages.map(async (path) => [path, (await get(path)).status] as const)));
  }

  test("a change to a piece takes the copies of its page and of every page that links to it, compressed or not", async () => {
    expect(await answersAfter(() => bumpPublicGeneration({ pieces: ["piece-a"] }))).toEqual({
      "/commentaries/piece-a": 503,
      "/commentaries/piece-b": 200,
      "/topics/maritime": 503,
      "/search?q=b": 200,
      "/feeds/rss.xml": 503,
    });
  });

  test("any other change takes every copy", async () => {
    expect(Object.values(await answersAfter(() => bumpPublicGeneration()))).toEqual([503, 503, 503, 503, 503]);
  });

  test("a page that is gone (404) loses its copy", async () => {
    await get("/commentaries/piece-b");
    gone.add("/commentaries/piece-b");
    clock += 11_000;
    expect((await get("/commentaries/piece-b")).status).toBe(404);
    await keepThenFail([]);
    expect((await get("/commentaries/piece-b")).status).toBe(503);
  });

  test("refreshPublic names the pieces a change to pieces withdraws, and withdraws everything for any other change", () => {
    const seen: Withdrawn[] = [];
    const stop = onPublicChange((withdrawn) => seen.push(withdrawn));
    try {
      refreshPublic(
        tagsForPiece({ slug: "piece-a", divisionId: "d1", seriesId: null, disclaimerId: null, authorIds: ["a1"], topicIds: ["t1"] }),
      );
      refreshPublic([publicTags.publication("piece-b")]);
      refreshPublic([publicTags.author("a1")]);
      refreshPublic([publicTags.disclaimer("x1")]);
    } finally {
      stop();
    }
    expect(seen).toEqual([{ pieces: ["piece-a"] }, { pieces: ["piece-b"] }, "everything", "everything"]);
  });
});
