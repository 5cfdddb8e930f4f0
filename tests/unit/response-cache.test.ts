// The server's response cache (lib/platform/http/response-cache.ts) in a real HTTP server, in front of a
// handler that answers as Next does: shareable pages with s-maxage, per-request pages private.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { bumpPublicGeneration } from "@/lib/platform/public-generation";
import { createResponseCache } from "@/lib/platform/http/response-cache";

let server: Server;
let base: string;
let rendered: string[];
let clock = 0;

/** Stands in for Next: each render says how many times this path has been rendered. */
function next(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  rendered.push(url.pathname);
  const count = rendered.filter((p) => p === url.pathname).length;
  const respond = (status: number, headers: Record<string, string>, body: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
    // Written in two chunks, as a streamed render is.
    res.write(body.slice(0, 5));
    res.end(body.slice(5));
  };
  const shared = { "cache-control": "s-maxage=60, stale-while-revalidate=31535940", vary: "rsc, Accept-Encoding" };
  switch (url.pathname) {
    case "/page":
      return respond(200, shared, `<p>render ${count} ${"é".repeat(3)}</p>`);
    case "/stale":
      return respond(200, { ...shared, "x-nextjs-cache": "STALE" }, `stale ${count}`);
    case "/private":
      return respond(200, { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }, `private ${count}`);
    case "/cookie":
      return respond(200, { ...shared, "set-cookie": "a=b" }, `cookie ${count}`);
    case "/missing":
      return respond(404, shared, `missing ${count}`);
    case "/short":
      return respond(200, { ...shared, "cache-control": "s-maxage=2" }, `short ${count}`);
    case "/everything-varies":
      return respond(200, { ...shared, vary: "*" }, `star ${count}`);
    case "/big":
      return respond(200, shared, "x".repeat(2000));
    default:
      return respond(500, {}, "unexpected");
  }
}

beforeAll(async () => {
  const cache = createResponseCache({ maxBytes: 8 * 1024, maxAgeSeconds: 10 });
  server = createServer((req, res) => {
    if (!cache.handle(req, res)) next(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  rendered = [];
  // Every test starts from an empty cache.
  bumpPublicGeneration();
  const realNow = Date.now.bind(Date);
  jest.spyOn(Date, "now").mockImplementation(() => realNow() + clock);
});
afterEach(() => jest.restoreAllMocks());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(base + path, { headers });
  return { status: response.status, body: await response.text(), hit: response.headers.get("x-response-cache") === "HIT", response };
};

test("a shareable page is rendered once and then answered from memory, byte for byte", async () => {
  const first = await get("/page");
  const second = await get("/page");
  expect(first).toMatchObject({ status: 200, body: "<p>render 1 ééé</p>", hit: false });
  expect(second).toMatchObject({ status: 200, body: "<p>render 1 ééé</p>", hit: true });
  expect(second.response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(second.response.headers.get("content-length")).toBe(String(Buffer.byteLength(first.body)));
  expect(rendered).toEqual(["/page"]);
});

test("a HEAD request is answered from the GET's entry, with no body", async () => {
  await get("/page");
  const head = await fetch(base + "/page", { method: "HEAD" });
  expect(head.headers.get("x-response-cache")).toBe("HIT");
  expect(await head.text()).toBe("");
  expect(rendered).toEqual(["/page"]);
});

test("after a refresh of public content the next request is rendered afresh", async () => {
  await get("/page");
  bumpPublicGeneration();
  expect(await get("/page")).toMatchObject({ body: "<p>render 2 ééé</p>", hit: false });
});

test("an entry is served for at most maxAgeSeconds, though its s-maxage is longer", async () => {
  await get("/page");
  clock += 9_000;
  expect((await get("/page")).hit).toBe(true);
  clock += 2_000;
  expect(await get("/page")).toMatchObject({ body: "<p>render 2 ééé</p>", hit: false });
});

test("an entry is served no longer than its own s-maxage when that is shorter", async () => {
  await get("/short");
  clock += 1_000;
  expect((await get("/short")).hit).toBe(true);
  clock += 1_500;
  expect(await get("/short")).toMatchObject({ body: "short 2", hit: false });
});

test("variants named by Vary are kept apart", async () => {
  await get("/page");
  const rsc = await get("/page", { rsc: "1" });
  expect(rsc).toMatchObject({ body: "<p>render 2 ééé</p>", hit: false });
  expect((await get("/page", { rsc: "1" })).hit).toBe(true);
  expect(await get("/page")).toMatchObject({ body: "<p>render 1 ééé</p>", hit: true });
});

test.each<Record<string, string>>([{ "cache-control": "no-cache" }, { "cache-control": "max-age=0" }, { pragma: "no-cache" }])(
  "a reader asking for a fresh copy (%p) gets one, which is then stored",
  async (headers) => {
    await get("/page");
    expect(await get("/page", headers)).toMatchObject({ body: "<p>render 2 ééé</p>", hit: false });
    expect(await get("/page")).toMatchObject({ body: "<p>render 2 ééé</p>", hit: true });
  },
);

test("a reader asking to accept stale copies (max-stale) gets nothing older than fresh", async () => {
  await get("/page");
  clock += 11_000;
  expect(await get("/page", { "cache-control": "max-stale=3600" })).toMatchObject({ body: "<p>render 2 ééé</p>", hit: false });
});

test("a response to a request with credentials in Authorization is not stored", async () => {
  await get("/page", { authorization: "Basic YTpi" });
  expect((await get("/page")).hit).toBe(false);
});

test.each([
  ["a per-request (private) page", "/private"],
  ["a response that sets a cookie", "/cookie"],
  ["a stale copy Next is regenerating", "/stale"],
  ["a 404", "/missing"],
  ["a response that varies on everything (Vary: *)", "/everything-varies"],
  ["a body larger than an eighth of the cache", "/big"],
])("%s is never stored", async (_, path) => {
  await get(path);
  expect((await get(path)).hit).toBe(false);
  expect(rendered).toEqual([path, path]);
});

test("other methods always reach the application", async () => {
  await get("/page");
  const response = await fetch(base + "/page", { method: "POST" });
  expect(response.headers.get("x-response-cache")).toBeNull();
  expect(rendered).toEqual(["/page", "/page"]);
});
