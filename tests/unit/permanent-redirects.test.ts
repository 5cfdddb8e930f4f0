// A former slug's permanent redirect as the production server sends it (scripts/server.ts wires
// normalisePermanentRedirects in front of Next): one Location, and 301 for GET and HEAD, even when
// the application answers 308 with its Location twice (as Next replays a cached redirect, #82117).
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { normalisePermanentRedirects } from "@/lib/platform/http/permanent-redirects";

let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    normalisePermanentRedirects(req, res);
    if (req.url === "/cached-redirect") {
      // As Next replays a cached page redirect: the header appended once more, the head implicit.
      res.statusCode = 308;
      res.setHeader("location", "/commentaries/new-slug");
      res.appendHeader("location", "/commentaries/new-slug");
      return res.end();
    }
    if (req.url === "/temporary") {
      res.writeHead(307, { location: "/elsewhere" });
      return res.end();
    }
    // Node's types allow one Location; a replay can still hand it two.
    res.setHeader("location", ["/a", "/a"]);
    res.writeHead(308, "Permanent Redirect");
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Status and raw headers as they came over the wire (repeated headers kept apart). */
function fetchRaw(path: string, method = "GET"): Promise<{ status: number; locations: string[]; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      res.resume();
      const values: string[] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) if (/^location$/i.test(res.rawHeaders[i])) values.push(res.rawHeaders[i + 1]);
      resolve({ status: res.statusCode ?? 0, locations: values, headers: res.headers });
    });
    req.on("error", reject);
    req.end();
  });
}

test("a 308 with its Location twice goes out as a 301 with one Location", async () => {
  await expect(fetchRaw("/cached-redirect")).resolves.toMatchObject({ status: 301, locations: ["/commentaries/new-slug"] });
  await expect(fetchRaw("/cached-redirect", "HEAD")).resolves.toMatchObject({ status: 301, locations: ["/commentaries/new-slug"] });
});

test("a head written with a reason phrase and a repeated Location is cleaned the same way", async () => {
  await expect(fetchRaw("/written")).resolves.toMatchObject({ status: 301, locations: ["/a"] });
});

test("a temporary redirect, and anything but GET or HEAD, keep their status", async () => {
  await expect(fetchRaw("/temporary")).resolves.toMatchObject({ status: 307, locations: ["/elsewhere"] });
  await expect(fetchRaw("/written", "POST")).resolves.toMatchObject({ status: 308 });
});
