// The site's settings: name, organisation, base URL, time zone, labels... (one row, edited by admins
// through lib/admin/site-settings.ts).
import "server-only";
import { cache } from "react";
import { db } from "./db";
import type { SiteSettings } from "../generated/prisma/client";
import { configuredSiteUrl } from "./env";
import { urlOn } from "./paths";

/** What a site has before an admin saves its settings (the columns' defaults). */
const unsavedSettings: Omit<SiteSettings, "updatedAt"> = {
  id: 1,
  siteName: "Standfirst",
  organisation: "Standfirst",
  baseUrl: null,
  timeZone: "UTC",
  defaultLanguage: "en",
  notesLabel: "Notes",
  aboutLabel: "About the writer",
  disclaimerLabel: "Disclaimer",
  defaultLicence: "CC-BY-ND-4.0",
  doiPrefix: "",
  doiPattern: "",
  crossrefDepositorName: "",
  crossrefDepositorEmail: "",
  crossrefRegistrant: "",
  fourEyes: true,
};

export const getSiteSettings = cache(async () => {
  const settings = await db.siteSettings.findUnique({ where: { id: 1 } });
  const saved = settings ?? { ...unsavedSettings, updatedAt: new Date(0) };
  return { ...saved, baseUrl: saved.baseUrl ?? configuredSiteUrl() };
});

/**
 * The site's address: the base URL in the site settings, or, while they name none, SITE_URL or the
 * address the site is served on (configuredSiteUrl). Every absolute link takes it from here (share, invitation and reset links, feeds,
 * sitemap, metadata, citations), so they all name the same host.
 */
export async function siteUrl(): Promise<string> {
  return (await getSiteSettings()).baseUrl;
}

/** A path of this site (from `paths`) as an absolute URL on its address. */
export async function absoluteUrl(path: string): Promise<string> {
  return urlOn(await siteUrl(), path);
}
