// The licences a piece can be published under: the site's default (SiteSettings.defaultLicence)
// and, per piece, Article.licence. Stored by key; the name and the official deed's address are
// what pages, JSON-LD `license` and citations show. Pure; server-only like the rest of lib/reader
// (the settings form reads it in a server component).
import "server-only";

export interface Licence {
  /** What is stored: an SPDX identifier, or "" for all rights reserved. */
  key: string;
  /** How readers see it named. */
  name: string;
  /** The licence's official page; null when all rights are reserved. */
  url: string | null;
}

export const licences: readonly Licence[] = [
  { key: "CC-BY-4.0", name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  { key: "CC-BY-ND-4.0", name: "CC BY-ND 4.0", url: "https://creativecommons.org/licenses/by-nd/4.0/" },
  { key: "CC-BY-NC-ND-4.0", name: "CC BY-NC-ND 4.0", url: "https://creativecommons.org/licenses/by-nc-nd/4.0/" },
  { key: "CC-BY-SA-4.0", name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  { key: "CC-BY-NC-4.0", name: "CC BY-NC 4.0", url: "https://creativecommons.org/licenses/by-nc/4.0/" },
  { key: "CC0-1.0", name: "CC0 1.0 (public domain dedication)", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  { key: "", name: "All rights reserved", url: null },
];

/** The licence stored under `key`, or null for a key that is not one (a typo, a licence since removed). */
export function licenceFor(key: string): Licence | null {
  return licences.find((licence) => licence.key === key) ?? null;
}
