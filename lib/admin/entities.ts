// Rules shared by the things editors maintain (authors, divisions, series, topics,
// disclaimers): names, slugs, short-text limits, rich-text
// markup, and the message that refuses to delete something still in use.
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import { RichTextError, validateRichText } from "../content";
import { markupToProse } from "../content/markup";
import { SLUG_RULE, slugOf, slugPattern } from "../platform/slugs";
import { ConflictError, ValidationError } from "../platform/errors";

export const nameField = (what: string) =>
  z.string().trim().min(1, `Give the ${what} a name.`).max(200, "Names are at most 200 characters.");

/** Empty means "make one from the name". */
export const slugField = z
  .string()
  .trim()
  .max(120, "Slugs are at most 120 characters.")
  .refine((s) => s === "" || slugPattern.test(s), SLUG_RULE)
  .default("");

export const textField = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${max.toLocaleString("en-GB")} characters.`)
    .default("");

/** An optional id from a select: "" means none. */
export const optionalId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((v) => v || null);

export function slugFrom(slug: string, name: string): string {
  if (slug) return slug;
  const made = slugOf(name);
  if (!made) throw new ValidationError("The name has no letters or digits to make a slug from; enter a slug.", { slug: ["Enter a slug."] });
  return made;
}

/** Markup from a textarea to a validated prose document; problems are reported against `field`. */
export function proseFromMarkup(markup: string, field: string, label: string): JSONContent {
  try {
    return validateRichText("prose", markupToProse(markup));
  } catch (error) {
    if (error instanceof RichTextError) throw new ValidationError(`${label}: ${error.message}`, { [field]: [error.message] });
    throw error;
  }
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Throws a ConflictError naming what still uses a thing, e.g. "... is used by 2 pieces and 1 series; ...". */
export function refuseWhileUsed(subject: string, uses: string[], remedy: string) {
  if (uses.length === 0) return;
  const list = uses.length === 1 ? uses[0] : `${uses.slice(0, -1).join(", ")} and ${uses[uses.length - 1]}`;
  throw new ConflictError(`${subject} is used by ${list}; ${remedy}`);
}
