import { z } from "zod";
import { slugPattern } from "@/lib/platform/slugs";
import { paths } from "@/lib/platform/paths";
import { publicFeed, publicRetiredSlug } from "@/lib/reader/cache/reads";
import { feedResponse, noSuchFeed } from "@/lib/reader/feeds";

export const dynamic = "force-dynamic";

// The path segments of lib/platform/paths.ts's feedSegments.
const kinds = { authors: "author", divisions: "division", series: "series", topics: "topic" } as const;

const params = z.object({
  kind: z.enum(["authors", "divisions", "series", "topics"]).transform((k) => kinds[k]),
  // Only what a slug can be reaches the database: "%00" would otherwise fail there as a 500.
  slug: z.string().min(1).max(200).regex(slugPattern),
  file: z.enum(["rss.xml", "atom.xml"]).transform((f) => (f === "rss.xml" ? "rss" : "atom")),
});

export async function GET(_request: Request, context: { params: Promise<{ kind: string; slug: string; file: string }> }) {
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return noSuchFeed();
  const { kind, slug, file } = parsed.data;
  const xml = await publicFeed({ kind, slug }, file);
  // A feed readers subscribed to under a former slug moves with its author, division, series or topic.
  const moved = xml === null ? await publicRetiredSlug(kind, slug) : null;
  return feedResponse(xml, file, moved === null ? null : paths.feed({ kind, slug: moved }, file));
}
