// The site's own settings, edited by admins on /studio/admin/settings: its name and organisation,
// public address, time zone and language, the reader's headings, the default licence, the DOI and
// Crossref details, and the four-eyes rule. Everything public shows some of them, so a change
// refreshes every public page, feed, sitemap and citation, on every instance.
import "server-only";
import { z } from "zod";
import { authorizeSite, type Actor } from "../permissions";
import { changedFields, recordAudit } from "../platform/audit";
import { db } from "../platform/db";
import { configuredSiteUrl } from "../platform/env";
import { getSiteSettings } from "../platform/site-settings";
import { parseInput } from "../platform/validation";
import { refreshWholeSite } from "../reader/cache";
import { licenceFor } from "../reader/licences";
import { DOI_PREFIX, doiPatternProblem } from "./doi-pattern";

/** The languages the site can be set to (issue 14 widens the list). */
export const siteLanguages = [
  { code: "en", name: "English" },
  { code: "id", name: "Bahasa Indonesia" },
] as const;

const required = (label: string, max: number) =>
  z.string().trim().min(1, `${label} cannot be empty.`).max(max, `${label} is at most ${max} characters.`);
const optional = (label: string, max: number) => z.string().trim().max(max, `${label} is at most ${max} characters.`);

/**
 * An http(s) origin with no path, query or fragment: every link in the app is a root path
 * ("/commentaries/…"), so a site served under a sub-path would break them all. Empty: null,
 * the configured or served address.
 */
const baseUrlField = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return null;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: "custom", message: `"${text}" is not a web address: write it as https://example.org.` });
      return z.NEVER;
    }
    const problem =
      url.protocol !== "http:" && url.protocol !== "https:"
        ? "The public address must start with https:// or http://."
        : url.username || url.password
          ? "The public address cannot carry a user name or password."
          : url.pathname !== "/" || url.search || url.hash
            ? `The public address is the site's origin only (${url.origin}): the site is served from the root of its host.`
            : null;
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return url.origin;
  });

/** A name from the IANA time-zone database, as Intl (and so every date the site shows) knows it. */
const timeZoneField = z
  .string()
  .trim()
  .refine((zone) => {
    if (zone === "") return false;
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "Choose a time zone from the list, such as Asia/Singapore or Europe/London.");

/** A checkbox sent after a hidden "false" of the same name: the last value is the box's. */
const switchField = z.preprocess((value) => (Array.isArray(value) ? value.at(-1) : value), z.enum(["true", "false"]));

const settingsInput = z.object({
  siteName: required("The site name", 120),
  organisation: required("The organisation", 200),
  baseUrl: baseUrlField,
  timeZone: timeZoneField,
  defaultLanguage: z.enum(
    siteLanguages.map((l) => l.code),
    { error: "Choose the site's language from the list." },
  ),
  notesLabel: required("The notes heading", 60),
  aboutLabel: required("The writer heading", 60),
  disclaimerLabel: required("The disclaimer heading", 60),
  defaultLicence: z.string().refine((key) => licenceFor(key) !== null, "Choose a licence from the list."),
  doiPrefix: z
    .string()
    .trim()
    .refine(
      (prefix) => prefix === "" || DOI_PREFIX.test(prefix),
      "A DOI prefix is 10. and the digits Crossref gave you, such as 10.12345.",
    ),
  doiPattern: z
    .string()
    .trim()
    .max(120, "The DOI pattern is at most 120 characters.")
    .superRefine((pattern, ctx) => {
      const problem = doiPatternProblem(pattern);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  crossrefDepositorName: optional("The depositor's name", 120),
  crossrefDepositorEmail: z
    .string()
    .trim()
    .refine((email) => email === "" || z.email().safeParse(email).success, "The depositor's email is not an email address."),
  crossrefRegistrant: optional("The registrant", 200),
  fourEyes: switchField.transform((on) => on === "true"),
});

export type SiteSettingsInput = z.input<typeof settingsInput>;

/** What the settings form shows: the saved values (an unset address as ""), and the address used meanwhile. */
export async function getSiteSettingsForm(actor: Actor | null) {
  authorizeSite(actor, "settings.manage");
  const [saved, current] = await Promise.all([db.siteSettings.findUnique({ where: { id: 1 } }), getSiteSettings()]);
  return { values: { ...current, baseUrl: saved?.baseUrl ?? "" }, fallbackUrl: configuredSiteUrl() };
}

/** The saved row's values of the fields being saved, to compare with them. */
const pick = <T extends object>(row: Record<string, unknown>, fields: T) =>
  Object.fromEntries(Object.keys(fields).map((field) => [field, row[field]])) as T;

/** Saves every setting at once (the form sends them all), audited, then refreshes everything readers see. */
export async function updateSiteSettings(actor: Actor | null, input: unknown) {
  const admin = authorizeSite(actor, "settings.manage");
  const data = parseInput(settingsInput, input);
  const before = await db.siteSettings.findUnique({ where: { id: 1 } });
  await db.$transaction(async (tx) => {
    await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "settings.update",
      subject: "site",
      details: before ? changedFields(pick(before, data), data) : { created: data },
    });
  });
  refreshWholeSite();
}
