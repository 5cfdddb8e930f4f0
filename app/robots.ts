import type { MetadataRoute } from "next";
import { paths } from "@/lib/platform/paths";
import { absoluteUrl } from "@/lib/platform/site-settings";

export const dynamic = "force-dynamic";

// Disallowed are prefixes, whatever follows them, rather than addresses.
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/studio", "/preview", "/api"] },
    sitemap: await absoluteUrl(paths.sitemap()),
  };
}
