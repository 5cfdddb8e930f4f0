// The load generator, run as its own process so that it does not share an event loop with
// the servers it measures: autocannon against one URL or a list of paths on one server (each
// request takes the next, so a list of distinct pages is asked once each), printing one JSON line.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { z } from "zod";

const spec = z.object({
  url: z.string().url(),
  connections: z.number().int().positive(),
  duration: z.number().positive(),
  method: z.enum(["GET", "PUT"]).default("GET"),
  headers: z.record(z.string(), z.string()).default({}),
  /** Paths on `url`'s server asked in turn, from the start again when all were asked. */
  paths: z.array(z.string().startsWith("/")).min(1).optional(),
  /** For saves: each connection takes one draft and sends its body with the version it last saw. */
  saves: z.array(z.object({ url: z.string().url(), version: z.number().int(), body: z.record(z.string(), z.unknown()) })).optional(),
});

/** What one request holds between being set up and answered: the draft it saves. */
interface DraftContext {
  draft?: number;
}

async function main() {
  const options = spec.parse(JSON.parse(readFileSync(process.argv[2], "utf8")));
  // Each draft is saved by one request at a time, with the version its last save returned (as
  // autosave does). autocannon resets a connection's context after every response, so the
  // drafts are lent from a pool: taken when a request is set up, given back when it is answered.
  const versions = options.saves?.map((d) => d.version) ?? [];
  const free = versions.map((_, i) => i);
  const paths = options.paths ?? [];
  let asked = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    method: options.method,
    headers: options.headers,
    // A page rendered for the first time on a busy shared machine can take seconds: a slow
    // answer is measured (p99), not dropped as an error.
    timeout: 60,
    ...(paths.length
      ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[asked++ % paths.length] }) }] }
      : {}),
    ...(options.saves
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request, ctx: object) => {
                const context = ctx as DraftContext;
                const draft = free.shift();
                if (draft === undefined) throw new Error("More requests in flight than drafts: give each connection its own draft.");
                context.draft = draft;
                const { url, body } = options.saves![draft];
                return {
                  ...request,
                  method: "PUT",
                  path: new URL(url).pathname,
                  body: JSON.stringify({ baseVersion: versions[draft], article: body }),
                };
              },
              onResponse: (status: number, body: string, ctx: object) => {
                const draft = (ctx as DraftContext).draft!;
                if (status === 200) versions[draft] = (JSON.parse(body) as { version: number }).version;
                free.push(draft);
              },
            },
          ],
        }
      : {}),
  });
  // What the answers were, per status: an error count alone does not say what went wrong.
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  console.log(
    JSON.stringify({
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
      statuses,
      // Distinct addresses asked: fewer than the requests when a list ran out and started again.
      distinct: paths.length ? Math.min(asked, paths.length) : 1,
      kb: result.requests.average ? result.throughput.average / result.requests.average / 1024 : 0,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
