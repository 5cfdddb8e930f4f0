// An HTTP cache in the server's own memory, in front of Next.js's request handler
// (scripts/server.ts). Next serves even a cached (ISR) page at a few per cent of what a bare
// file server manages (bench/): routing, its cache lookup and the React response pipeline run
// for every request. This cache answers repeats of the responses Next marks as shareable
// (`Cache-Control: s-maxage`) without entering the framework, by the parts of HTTP's caching
// rules (RFC 9111) that apply here: shared freshness, Vary, and the request's own no-cache.
// Those few rules are written out below rather than taken from http-cache-semantics, which
// carries an open high-severity advisory (GHSA-ch52-4w7c-c8xp, max-stale) at every version.
//
// It never serves older content than Next would: refreshPublic, which expires Next's cache
// after a change, expires this one too through lib/platform/public-generation.ts (a correction or an
// unpublished piece shows at the next request), and an entry lives at most `maxAgeSeconds`,
// which bounds how much it adds to Next's time-based revalidation (scheduled pieces). Each
// server process has its own.
//
// Past its freshness an entry stays, within the same memory, as the page's last good copy:
// RFC 5861's stale-if-error, answered only in place of a failed response (scripts/server.ts,
// lib/platform/http/response-failover.ts). The reader's pages rendered per request (search, filtered
// listings) are kept that way too, when the request carried no credentials: they are the same
// for everyone, but Next marks them private. A change withdraws the copies that may show what
// it took away (lib/platform/public-generation.ts), and a page that is gone (404) or moved loses its copy.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { onPublicChange, publicGeneration, type Withdrawn } from "../public-generation";
import { isReaderPath, paths } from "../paths";
import type { StandIn } from "./response-failover";

interface Entry {
  status: number;
  headers: Record<string, string | string[]>;
  /** The request headers the response's Vary names, with this request's values. */
  varies: Record<string, string>;
  /** Seconds the response is fresh for a shared cache; 0 for a last good copy only. */
  freshFor: number;
  body: Buffer;
  generation: number;
  storedAt: number;
  /** The slugs of the pieces the body shows or links to; null when it could not be read. */
  pieces: ReadonlySet<string> | null;
}

export interface ResponseCacheOptions {
  /** Memory the stored bodies may take in all. */
  maxBytes: number;
  /** Longest time an entry is served, whatever its s-maxage. */
  maxAgeSeconds: number;
}

export interface ResponseCache {
  /** Answers `req` from the cache and returns true; or returns false, and stores the response if it may. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The last good copy of the reader's page `req` asks for, to send in place of a failure; or null. */
  lastGoodCopy(req: IncomingMessage): StandIn | null;
}

/** Response headers as strings under lower-case names, less those about the connection. */
function stringHeaders(headers: OutgoingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value !== undefined && !HOP_BY_HOP.has(key)) out[key] = Array.isArray(value) ? value : String(value);
  }
  return out;
}

/** Marks a last good copy sent in place of a failed response. */
export const STALE_HEADER = "x-standfirst-stale";

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "age"]);

const directives = (header: string | string[] | undefined): Map<string, string> =>
  new Map(
    String(header ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase().split("=") as [string, string?])
      .filter(([name]) => name)
      .map(([name, value]) => [name, (value ?? "").replace(/^"|"$/g, "")]),
  );

/** Seconds a shared cache may serve the response, by its Cache-Control; 0 when it may not store it. */
function sharedFreshness(cacheControl: string | string[] | undefined): number {
  const cc = directives(cacheControl);
  if (cc.has("private") || cc.has("no-store") || cc.has("no-cache")) return 0;
  const seconds = Number(cc.get("s-maxage") ?? cc.get("max-age") ?? 0);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/** The request header values a response varies on; null for `Vary: *` (nothing matches it). */
function varyValues(vary: string | string[] | undefined, req: IncomingMessage): Record<string, string> | null {
  const names = String(vary ?? "")
    .split(",")
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  if (names.includes("*")) return null;
  return Object.fromEntries(names.map((name) => [name, String(req.headers[name] ?? "")]));
}

/** A reader's reload (no-cache, max-age=0) asks for a copy from the application. */
function wantsFresh(req: IncomingMessage): boolean {
  const cc = directives(req.headers["cache-control"]);
  return cc.has("no-cache") || cc.get("max-age") === "0" || /no-cache/i.test(String(req.headers.pragma ?? ""));
}

/** writeHead's other form of headers: [name, value, name, value, ...]. */
function pairs(list: unknown[]): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (let i = 0; i + 1 < list.length; i += 2) out[String(list[i])] = String(list[i + 1]);
  return out;
}

const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
};

/** The body as text, undoing the Content-Encoding Next's compression gave it; null when unknown. */
function bodyText(body: Buffer, encoding: string | string[] | undefined): string | null {
  try {
    switch (
      String(encoding ?? "identity")
        .trim()
        .toLowerCase()
    ) {
      case "identity":
        return body.toString("latin1");
      case "gzip":
        return gunzipSync(body).toString("latin1");
      case "br":
        return brotliDecompressSync(body).toString("latin1");
      case "deflate":
        return inflateSync(body).toString("latin1");
      default:
        return null;
    }
  } catch {
    return null;
  }
}

const PIECE_PATH = paths.piece("");
// Slugs are lower-case letters, digits and hyphens (slugify); a link may be relative or absolute.
const PIECE_LINK = new RegExp(`${PIECE_PATH}([a-z0-9-]+)`, "g");

/** The pieces a page shows or links to: itself, the listed, the cited. */
function linkedPieces(url: string, body: Buffer, encoding: string | string[] | undefined): Set<string> | null {
  const text = bodyText(body, encoding);
  if (text === null) return null;
  return new Set([...`${url} ${text}`.matchAll(PIECE_LINK)].map((match) => match[1]));
}

/** The request carries no identity: what it was answered is what anyone would be. */
const anonymous = (req: IncomingMessage) => !req.headers.cookie && !req.headers.authorization;

export function createResponseCache({ maxBytes, maxAgeSeconds }: ResponseCacheOptions): ResponseCache {
  // Each URL keeps the variants its responses' Vary headers tell apart (HTML, or the RSC payload, say).
  const store = new LRUCache<string, Entry[]>({
    maxSize: maxBytes,
    sizeCalculation: (variants) =>
      Math.max(
        1,
        variants.reduce((sum, e) => sum + e.body.length, 0),
      ),
  });

  // A change withdraws the copies that show or link to the pieces it names, or every copy.
  onPublicChange((withdrawn: Withdrawn) => {
    if (withdrawn === "everything") return store.clear();
    const shows = (entry: Entry) => entry.pieces === null || withdrawn.pieces.some((slug) => entry.pieces?.has(slug));
    // Collected first: the store is not changed while it is walked.
    const affected = [...store.entries()].filter(([, variants]) => variants.some(shows));
    for (const [url, variants] of affected) {
      const kept = variants.filter((entry) => !shows(entry));
      if (kept.length) store.set(url, kept);
      else store.delete(url);
    }
  });

  // Not expired by a refresh, and younger than both the cap and the response's own freshness.
  const usable = (entry: Entry, now: number) =>
    entry.generation === publicGeneration() && now - entry.storedAt < Math.min(maxAgeSeconds, entry.freshFor) * 1000;
  // The variant this request asks for.
  const answers = (entry: Entry, req: IncomingMessage) =>
    Object.entries(entry.varies).every(([name, value]) => String(req.headers[name] ?? "") === value);

  function serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (wantsFresh(req)) return false;
    const now = Date.now();
    const entry = store.get(req.url ?? "/")?.find((e) => usable(e, now) && answers(e, req));
    if (!entry) return false;
    const age = String(Math.floor((now - entry.storedAt) / 1000));
    res.writeHead(entry.status, { ...entry.headers, "content-length": String(entry.body.length), age, "x-response-cache": "HIT" });
    res.end(req.method === "HEAD" ? undefined : entry.body);
    return true;
  }

  function record(req: IncomingMessage, res: ServerResponse) {
    const startedIn = publicGeneration();
    const chunks: Buffer[] = [];
    let size = 0;
    let complete = true;
    const keep = (chunk: unknown, encoding: unknown) => {
      const buffer = toBuffer(chunk, encoding);
      if (buffer === null) complete = chunk == null || typeof chunk === "function";
      else if ((size += buffer.length) <= maxBytes / 8) chunks.push(buffer);
      else complete = false;
    };
    // Headers given to writeHead are sent without passing through getHeaders(): keep them too.
    let written: OutgoingHttpHeaders = {};
    const writeHead = res.writeHead;
    const write = res.write;
    const end = res.end;
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
      written = Array.isArray(headers) ? pairs(headers) : ((headers as OutgoingHttpHeaders | undefined) ?? {});
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    } as ServerResponse["writeHead"];
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse["write"];
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse["end"];

    res.once("finish", () => {
      if (req.method !== "GET") return;
      const url = req.url ?? "/";
      const headers = stringHeaders({ ...res.getHeaders(), ...written });
      // A last good copy answered in place of a failure is not news.
      if (STALE_HEADER in headers) return;
      // Gone (404) or moved: whatever was kept of the page is no longer good.
      if (res.statusCode >= 300 && res.statusCode < 500 && res.statusCode !== 304) return void store.delete(url);
      // Only a complete 200, made before any refresh, with no cookie for its reader, and not a
      // stale copy Next is regenerating behind.
      if (res.statusCode !== 200 || !complete) return;
      if (publicGeneration() !== startedIn || "set-cookie" in headers || headers["x-nextjs-cache"] === "STALE" || req.headers.authorization)
        return;
      const freshFor = sharedFreshness(headers["cache-control"]);
      const varies = varyValues(headers.vary, req);
      if (varies === null) return;
      // A reader's page Next renders per request is kept only as a last good copy.
      if (freshFor === 0 && !(isReaderPath(new URL(url, "http://x").pathname) && anonymous(req))) return;
      const body = Buffer.concat(chunks);
      const pieces = linkedPieces(url, body, headers["content-encoding"]);
      // The new entry replaces the variant it answers for; other variants stay (fresh, or as last good copies).
      const others = (store.get(url) ?? []).filter((e) => !answers(e, req));
      store.set(url, [
        ...others.slice(-3),
        { status: res.statusCode, headers, varies, freshFor, body, generation: startedIn, storedAt: Date.now(), pieces },
      ]);
    });
  }

  return {
    handle(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      if (serve(req, res)) return true;
      record(req, res);
      return false;
    },
    lastGoodCopy(req) {
      const url = req.url ?? "/";
      if ((req.method !== "GET" && req.method !== "HEAD") || !isReaderPath(new URL(url, "http://x").pathname)) return null;
      const entry = store.get(url)?.find((e) => answers(e, req));
      if (!entry) return null;
      return {
        status: entry.status,
        headers: {
          ...entry.headers,
          age: String(Math.floor((Date.now() - entry.storedAt) / 1000)),
          // Not to be kept by a CDN or browser: the next request should find the application again.
          "cache-control": "no-store",
          [STALE_HEADER]: "1",
        },
        body: entry.body,
      };
    },
  };
}
