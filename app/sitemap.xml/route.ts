import { publicSitemapIndex } from "@/lib/reader/cache/reads";
import { sitemapResponse } from "@/lib/reader/sitemap";

export const dynamic = "force-dynamic";

export const GET = async () => sitemapResponse(await publicSitemapIndex());
