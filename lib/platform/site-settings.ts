// The site's name, organisation, base URL and time zone (one row, editable by admins).
import "server-only";
import { cache } from "react";
import { db } from "./db";
import { configuredSiteUrl } from "./env";
import { urlOn } from "./paths";

export const getSiteSettings = cache(async () => {
  const settings = await db.siteSettings.findUnique({ where: { id: 1 } });
  return (
    settings ?? {
      id: 1,
      siteName: "Standfirst",
      organisation: "Standfirst",
      baseUrl: configuredSiteUrl(),
      timeZone: "UTC",
      updatedAt: new Date(0),
    }
  );
});

/**
 * The site's address: the base URL in the site settings, or, before any are saved, the configured
 * SITE_URL. Every absolute link takes it from here (share, invitation and reset links, feeds,
 * sitemap, metadata, citations), so they all name the same host.
 */
export async function siteUrl(): Promise<string> {
  return (await getSiteSettings()).baseUrl;
}

/** A path of this site (from `paths`) as an absolute URL on its address. */
export async function absoluteUrl(path: string): Promise<string> {
  return urlOn(await siteUrl(), path);
}
