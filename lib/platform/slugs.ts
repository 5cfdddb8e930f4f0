// Slugs: the readable part of a public address (/commentaries/<slug>, /topics/<slug>). One rule
// for what a slug may be, and one way to make one from a title or a name.
import slugify from "slugify";

/** Lower-case letters and digits in words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_RULE = "Slugs use lower-case letters, digits and single hyphens.";
const MAX_MADE_SLUG = 100;

/** A slug made from a title or a name ("" when it has no letters or digits). */
export const slugOf = (text: string) =>
  slugify(text, { lower: true, strict: true, locale: "en" }).slice(0, MAX_MADE_SLUG).replace(/-+$/, "");
