// Permanent redirects as crawlers expect them. A page's permanentRedirect() (a piece's or a
// collection's former slug, lib/reader/legacy-paths.ts and retired-slugs.ts) answers 308, the only
// permanent status Next lets a page send, and Next replays a cached redirect with its Location header
// twice (vercel/next.js#82117), which some clients join into "/new, /new" and Googlebot refuses.
// The production server (scripts/server.ts) answers such a GET with one Location and 301: for a GET
// the two statuses mean the same, and 301 is the one every crawler and old tool knows.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

type Method = (this: ServerResponse, ...args: unknown[]) => unknown;

/** The first of repeated values: a Location names one address. */
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Installs the rewrite on `res` before the application writes it. */
export function normalisePermanentRedirects(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const appendHeader = res.appendHeader as unknown as Method;
  const writeHead = res.writeHead as unknown as Method;
  res.appendHeader = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    // A second copy of a header that takes one value is dropped, not appended.
    if (/^location$/i.test(name) && this.hasHeader("location")) return this;
    return appendHeader.call(this, name, value);
  } as ServerResponse["appendHeader"];
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 308) {
      status = 301;
      // The reason phrase, when given, would still say "Permanent Redirect" for 308.
      if (typeof rest[0] === "string") rest = rest.slice(1);
    }
    const location = single(this.getHeader("location"));
    if (location !== undefined) this.setHeader("location", String(location));
    const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg));
    if (headers && "location" in headers) headers.location = single(headers.location) as string;
    return writeHead.call(this, status, ...rest);
  } as ServerResponse["writeHead"];
}
