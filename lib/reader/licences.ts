// The licences a piece may carry (Article.licence, SiteSettings.defaultLicence): Creative Commons
// keys as SPDX names them, and "" for all rights reserved. Pure, for forms and pages alike.

export const licences: readonly { key: string; name: string; url: string }[] = [
  { key: "CC-BY-4.0", name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  { key: "CC-BY-ND-4.0", name: "CC BY-ND 4.0", url: "https://creativecommons.org/licenses/by-nd/4.0/" },
  { key: "CC-BY-NC-ND-4.0", name: "CC BY-NC-ND 4.0", url: "https://creativecommons.org/licenses/by-nc-nd/4.0/" },
  { key: "CC-BY-SA-4.0", name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  { key: "CC-BY-NC-4.0", name: "CC BY-NC 4.0", url: "https://creativecommons.org/licenses/by-nc/4.0/" },
  { key: "CC0-1.0", name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  { key: "", name: "All rights reserved", url: "" },
];

/** The licence of a key, or undefined for a key this site does not know. */
export function licenceFor(key: string) {
  return licences.find((licence) => licence.key === key);
}
