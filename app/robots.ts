import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/public-urls";
import { getSiteSettings } from "@/lib/site-settings";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const { baseUrl } = await getSiteSettings();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/studio", "/preview", "/api"] },
    sitemap: absoluteUrl(baseUrl, "/sitemap.xml"),
  };
}
