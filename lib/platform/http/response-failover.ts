// What a reader gets when the application fails to answer a GET or HEAD (a 5xx, or a throw):
// something better than a server error, if there is something. scripts/server.ts holds such
// an answer back until it is complete and asks for a stand-in: the page's last good copy
// (lib/platform/http/response-cache.ts), or, when the database could not be reached, a short "temporarily
// unavailable" page with 503 and Retry-After. With no stand-in, the application's own answer
// goes out unchanged. Every other answer passes straight through, streamed as Next writes it:
// only its status is looked at, when its head is written.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { RETRY_AFTER_SECONDS } from "../database-unavailable";
import { plainPage } from "./plain-page";

export interface StandIn {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer | string;
}

export interface Failover {
  /** The application threw instead of answering. */
  threw(): void;
}

type Method = (this: ServerResponse, ...args: unknown[]) => unknown;

/**
 * Watches `res` as the application writes it (install it before the application sees `res`,
 * so compression, which Next adds later, wraps it). `standIn` is asked once a failed answer is
 * complete; what it returns is sent through the methods underneath, uncompressed and as given.
 */
export function holdFailures(req: IncomingMessage, res: ServerResponse, standIn: () => StandIn | null): Failover {
  const mayHold = req.method === "GET" || req.method === "HEAD";
  const writeHead = res.writeHead as unknown as Method;
  const write = res.write as unknown as Method;
  const end = res.end as unknown as Method;
  const flushHeaders = res.flushHeaders as unknown as Method;
  let state: "open" | "passing" | "holding" | "settled" = "open";
  let head: unknown[] | null = null;
  const held: unknown[][] = [];
  const whenSent: (() => void)[] = [];

  /** Decides at the first byte of the head: a server error to a GET or HEAD is held. */
  const holding = (status: number) => {
    if (state === "open") state = mayHold && status >= 500 ? "holding" : "passing";
    return state === "holding" || state === "settled";
  };
  const chunkOf = (args: unknown[]) => {
    for (const arg of args) if (typeof arg === "function") whenSent.push(arg as () => void);
    return args.filter((arg) => typeof arg !== "function");
  };

  function settle() {
    if (state === "settled") return;
    state = "settled";
    res.once("finish", () => whenSent.forEach((callback) => callback()));
    const replacement = standIn();
    if (!replacement) {
      // Nothing better: the application's answer, as it wrote it (its head first, written
      // explicitly: an implicit one would come back through the wrappers, which now swallow it).
      writeHead.apply(res, head ?? [res.statusCode]);
      for (const args of held) write.apply(res, args);
      end.call(res);
      return;
    }
    // Headers the application set (its compression's Content-Encoding among them) are not the stand-in's.
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const body = typeof replacement.body === "string" ? Buffer.from(replacement.body) : replacement.body;
    writeHead.call(res, replacement.status, { ...replacement.headers, "content-length": String(body.length) });
    end.call(res, req.method === "HEAD" ? undefined : body);
  }

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (!holding(status)) return writeHead.call(this, status, ...rest);
    // Compression calls it again, bare, before each write: the first call carries the headers.
    head ??= [status, ...rest];
    return this;
  } as ServerResponse["writeHead"];
  res.flushHeaders = function (this: ServerResponse) {
    if (!holding(this.statusCode)) flushHeaders.call(this);
  };
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!holding(this.statusCode)) return write.apply(this, args);
    const chunk = chunkOf(args);
    if (state === "holding") held.push(chunk);
    return true;
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!holding(this.statusCode)) return end.apply(this, args);
    const chunk = chunkOf(args);
    if (state === "holding" && chunk.length && chunk[0] != null) held.push(chunk);
    settle();
    return this;
  } as ServerResponse["end"];

  return {
    threw() {
      if (state === "settled" || res.writableEnded) return;
      if (state === "holding") return settle();
      if (state === "open") res.statusCode = 500;
      res.end();
    },
  };
}

/** 503 with Retry-After: search engines and feed readers come back later instead of dropping the page. */
export function unavailablePage(): StandIn {
  return plainPage(
    503,
    "This page is temporarily unavailable",
    ["The site cannot reach its database just now, so this page cannot be shown. Nothing is lost: please try again in a minute."],
    { "retry-after": String(RETRY_AFTER_SECONDS) },
  );
}
