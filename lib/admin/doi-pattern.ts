// The DOI settings' grammar: the prefix Crossref gives a member ("10.12345") and the pattern a
// piece's DOI suffix is made from at publication ("{series}.{year}.{seq:3}"). Pure, so the
// settings form's hint, the settings' validation and whoever expands the pattern share it.
import "server-only";

/** A DOI prefix: "10." and a registrant code of four or more digits (sub-divisions by dots allowed). */
export const DOI_PREFIX = /^10\.\d{4,9}(\.\d+)*$/;

/** The tokens a pattern may use, and what each becomes. */
export const doiPatternTokens = [
  { token: "{year}", means: "the year of first publication (2026)" },
  { token: "{seq}", means: "the piece's number within its year on this site (1, 2, 3…)" },
  { token: "{seq:N}", means: "the same, zero-padded to N digits ({seq:3} gives 007)" },
  { token: "{series}", means: "the piece's series slug (empty when it has none)" },
  { token: "{slug}", means: "the piece's slug at first publication" },
] as const;

const TOKEN = /\{(year|seq|seq:[1-9]|series|slug)\}/g;
/** What Crossref recommends a suffix be made of: letters, digits and - . _ ; ( ) / */
const SUFFIX_TEXT = /^[A-Za-z0-9\-._;()/]*$/;

/** Why `pattern` cannot make DOI suffixes, or null when it can ("" is allowed: editors type each DOI). */
export function doiPatternProblem(pattern: string): string | null {
  if (pattern === "") return null;
  const unknown = pattern.replace(TOKEN, "").match(/\{[^}]*\}?/);
  if (unknown) return `The DOI pattern uses ${unknown[0]}, which is not a token: use {year}, {seq}, {seq:3}, {series} or {slug}.`;
  if (!SUFFIX_TEXT.test(pattern.replace(TOKEN, ""))) {
    return "The DOI pattern may contain only letters, digits, the tokens and - . _ ; ( ) /.";
  }
  // Two pieces must never get the same DOI: the pattern must name something that differs between them.
  if (!/\{(seq|seq:[1-9]|slug)\}/.test(pattern)) return "The DOI pattern needs {seq} or {slug}, or two pieces would get the same DOI.";
  return null;
}
