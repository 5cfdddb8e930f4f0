// The site's name, organisation, base URL and time zone (one row, editable by admins).
import { cache } from "react";
import { db } from "./db";
import { config } from "./env";

export const getSiteSettings = cache(async () => {
  const settings = await db.siteSettings.findUnique({ where: { id: 1 } });
  return (
    settings ?? {
      id: 1,
      siteName: "Standfirst",
      organisation: "Standfirst",
      baseUrl: config().SITE_URL ?? "http://localhost:3000",
      timeZone: "UTC",
      updatedAt: new Date(0),
    }
  );
});
