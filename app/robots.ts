import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const { baseUrl } = await getSiteSettings();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/studio", "/preview", "/api"] },
    sitemap: absoluteUrl(baseUrl, "/sitemap.xml"),
  };
}
