// What identifies an author beyond their name: their ORCID iD and their links elsewhere
// (a university page, Google Scholar...). Editors type them on the author form; readers see
// them on the author's page and under each piece; machines get them as JSON-LD `sameAs` and
// in the citation files. The reader's side reads stored values through `storedLinks`.
import "server-only";
import { z } from "zod";
import { ValidationError } from "../platform/errors";

/** The form's rows of links; more would crowd "About the writer" under every piece. */
export const MAX_AUTHOR_LINKS = 6;

// A type, not an interface, so Prisma takes an array of them as JSON.
export type AuthorLink = { label: string; url: string };

/** The address ORCID's display guidelines ask iDs to be shown as (https, orcid.org, the hyphenated iD). */
export const orcidUrl = (orcid: string) => `https://orcid.org/${orcid}`;

/**
 * The check character of an ORCID iD's first 15 digits: ISO 7064 MOD 11-2, as ORCID documents it
 * ("Structure of the ORCID Identifier"). 10 is written "X".
 */
export function orcidCheckCharacter(digits: string): string {
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

// The iD alone (hyphens optional, a lower-case x accepted), or any form of its orcid.org address.
const ORCID_SHAPE = /^(?:(?:https?:\/\/)?(?:www\.)?orcid\.org\/)?(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dXx])\/?$/;

/** An ORCID iD as typed, stored bare ("0000-0002-1825-0097"); "" for none. Throws a ValidationError naming the problem. */
export function parseOrcid(raw: string): string {
  const typed = raw.trim();
  if (!typed) return "";
  const match = ORCID_SHAPE.exec(typed);
  if (!match) {
    throw orcidError(
      `"${typed.slice(0, 60)}" is not an ORCID iD: an iD is 16 digits in four groups, like 0000-0002-1825-0097 (the last may be X), or its https://orcid.org/ address.`,
    );
  }
  const id = [match[1], match[2], match[3], match[4].toUpperCase()].join("-");
  const digits = id.replace(/-/g, "");
  if (orcidCheckCharacter(digits.slice(0, 15)) !== digits[15]) {
    throw orcidError(
      `The ORCID iD ${id} is not valid: its last character is a check digit that does not match the others. Check it for a mistyped digit.`,
    );
  }
  return id;
}

const orcidError = (message: string) => new ValidationError(message, { orcid: [message] });

const isHttpUrl = (text: string) => {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
};

const linkLabel = z.string().trim().max(80, "A link's label is at most 80 characters.");
const linkUrl = z.string().trim().max(2000, "A link's address is at most 2,000 characters.");
const formList = (field: z.ZodString) =>
  z
    .union([field, z.array(field)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** The form's rows: `linkLabel` and `linkUrl` sent once per row, in order (a single row arrives as a string). */
export const authorLinksInput = z.object({ linkLabel: formList(linkLabel), linkUrl: formList(linkUrl) });

const linkError = (message: string) => new ValidationError(message, { linkUrl: [message] });

/** The rows as links: empty rows dropped, each kept row with a label and an http(s) address. */
export function parseAuthorLinks({ linkLabel: labels, linkUrl: urls }: z.output<typeof authorLinksInput>): AuthorLink[] {
  const links: AuthorLink[] = [];
  for (let row = 0; row < Math.max(labels.length, urls.length); row++) {
    const label = labels[row] ?? "";
    const url = urls[row] ?? "";
    if (!label && !url) continue;
    if (!url) throw linkError(`The link "${label}" has no address: add its https:// address or clear its label.`);
    if (!isHttpUrl(url)) {
      throw linkError(
        `"${url.slice(0, 80)}" is not a web address: links start with https:// or http:// and name a site, like https://scholar.google.com/….`,
      );
    }
    if (!label)
      throw linkError(`The link to ${url.slice(0, 80)} needs a label readers see, such as "Google Scholar" or "University page".`);
    links.push({ label, url: new URL(url).href });
  }
  if (links.length > MAX_AUTHOR_LINKS)
    throw linkError(`An author has at most ${MAX_AUTHOR_LINKS} links; remove ${links.length - MAX_AUTHOR_LINKS}.`);
  return links;
}

/**
 * Links as stored (JSON): only well-formed http(s) entries, so a row written by hand or by an
 * older import can never put a `javascript:` address into a page.
 */
export function storedLinks(json: unknown): AuthorLink[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { label, url } = entry as Record<string, unknown>;
    return typeof label === "string" && label && typeof url === "string" && isHttpUrl(url) ? [{ label, url }] : [];
  });
}

/** What JSON-LD's Person.sameAs lists: the ORCID record first (the one identifier), then the links. */
export const sameAsOf = (author: { orcid: string; links: AuthorLink[] }) => [
  ...(author.orcid ? [orcidUrl(author.orcid)] : []),
  ...author.links.map((link) => link.url),
];
