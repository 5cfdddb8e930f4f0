// The load generator, run as its own process so that it does not share an event loop with
// the servers it measures: autocannon against one URL, printing one JSON line.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { z } from "zod";

const spec = z.object({
  url: z.string().url(),
  connections: z.number().int().positive(),
  duration: z.number().positive(),
  method: z.enum(["GET", "PUT"]).default("GET"),
  headers: z.record(z.string(), z.string()).default({}),
  /** For saves: each connection takes one draft and sends its body with the version it last saw. */
  saves: z.array(z.object({ url: z.string().url(), version: z.number().int(), body: z.record(z.string(), z.unknown()) })).optional(),
});

/** Per connection: which draft it saves, and the version the server last returned. */
interface DraftContext {
  draft?: number;
  version?: number;
}

async function main() {
  const options = spec.parse(JSON.parse(readFileSync(process.argv[2], "utf8")));
  let nextDraft = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    method: options.method,
    headers: options.headers,
    ...(options.saves
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request, ctx: object) => {
                const context = ctx as DraftContext;
                if (context.draft === undefined) {
                  context.draft = nextDraft++ % options.saves!.length;
                  context.version = options.saves![context.draft].version;
                }
                const draft = options.saves![context.draft];
                return { ...request, method: "PUT", path: new URL(draft.url).pathname, body: JSON.stringify({ baseVersion: context.version, article: draft.body }) };
              },
              onResponse: (status: number, body: string, ctx: object) => {
                const context = ctx as DraftContext;
                if (status === 200) context.version = (JSON.parse(body) as { version: number }).version;
              },
            },
          ],
        }
      : {}),
  });
  console.log(
    JSON.stringify({
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
