import { publicSitemapFile } from "@/lib/reader/cache/reads";
import { sitemapResponse } from "@/lib/reader/sitemap";
import { parseSitemapFile } from "@/lib/platform/paths";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await ctx.params).file);
  return sitemapResponse(file ? await publicSitemapFile(file) : null);
}
