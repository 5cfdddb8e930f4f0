// Summarises a V8 CPU profile of the server (node --cpu-prof) into the share of busy time per
// package or file, and per function, inclusive of callees: the profile behind the bench's
// figures for a target that is out of reach. Idle time is left out of "busy".
//
//   NODE_ENV=production node --cpu-prof --cpu-prof-dir=.data/profile --import tsx scripts/server.ts -p 3901
//   (load it, stop it with Ctrl-C) then: npx tsx bench/profile-summary.ts .data/profile/<file>.cpuprofile
import { readFileSync } from "node:fs";
import { z } from "zod";

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** Where a frame's code lives: a package, a chunk of the Next build, a Node internal or a project file. */
function place(url: string): string {
  if (!url) return "(native, GC)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  // Next bundles React's server renderers into its own files: name the file.
  if (pkg === "next") return "next: " + url.split("/next/dist/").pop();
  if (pkg) return pkg;
  if (url.includes("/.next/")) return ".next build: " + url.split("/.next/")[1].split("/").slice(0, 3).join("/");
  return url.replace(/^file:\/\/\/.*?\/(lib|scripts|app)\//, "$1/");
}

function main() {
  const profile = profileSchema.parse(JSON.parse(readFileSync(process.argv[2], "utf8")));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  let busy = 0;
  const selfByPlace = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, time] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    busy += time;
    selfByPlace.set(place(frame.url), (selfByPlace.get(place(frame.url)) ?? 0) + time);
    // Each function counted once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      const key = `${f.functionName || "(anonymous)"}  ${place(f.url)}`;
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + time);
      seen.add(key);
    }
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, t]) => `${((100 * t) / busy).toFixed(1).padStart(5)}%  ${name}`);
  console.log(`busy ${(busy / 1e6).toFixed(1)} s`);
  console.log("\nself time by place:\n" + top(selfByPlace, 15).join("\n"));
  console.log("\ninclusive time by function:\n" + top(inclusive, 30).join("\n"));
}

main();
