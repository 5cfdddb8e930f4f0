// The formats of a piece's identifiers, pure so forms, the server and tests share them: ISSN
// (ISO 3297, mod-11 check digit), DOI (Crossref's recommended characters), and the patterns a
// series number and a DOI suffix are made from ("ISI Commentaries No. {year}/{seq:3}").

/** "12345679", "1234-5679" or "1234 567x" as "1234-5679", or null when it is not an ISSN (check digit included). */
export function normaliseIssn(value: string): string | null {
  const compact = value.replace(/[\s-]/g, "").toUpperCase();
  if (!/^\d{7}[\dX]$/.test(compact)) return null;
  const sum = [...compact.slice(0, 7)].reduce((total, digit, i) => total + Number(digit) * (8 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  if (compact[7] !== (check === 10 ? "X" : String(check))) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/**
 * A DOI as Crossref recommends them: "10." + a registrant code of 4 to 9 digits, "/", and a suffix of
 * letters, digits and - . _ ; ( ) / : only (what survives in URLs, citations and XML unescaped).
 */
export const DOI_FORMAT = /^10\.\d{4,9}\/[A-Za-z0-9\-._;()/:]+$/;
export const DOI_PREFIX_FORMAT = /^10\.\d{4,9}$/;

/** Accepts a pasted "https://doi.org/10.…" or "doi:10.…" too; DOIs are case-insensitive, kept as typed. */
export function cleanDoi(value: string): string {
  return value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "");
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** What a pattern's tokens stand for when a piece is numbered: the year and the series' sequence. */
export interface PatternValues {
  year: number;
  seq?: number;
  /** DOI patterns only: the series' slug and the piece's slug. */
  series?: string;
  slug?: string;
}

const TOKEN = /\{([a-z]+)(?::(\d))?\}/g;

/** The tokens a series number pattern may use; {seq} must be one of them, once. */
const numberTokens = new Set(["year", "seq"]);
/** The tokens of the site's DOI suffix pattern. */
const doiTokens = new Set(["year", "seq", "series", "slug"]);

function patternProblem(pattern: string, allowed: ReadonlySet<string>, what: string): string | null {
  const names = [...pattern.matchAll(TOKEN)].map((m) => m[1]);
  const unknown = names.find((name) => !allowed.has(name));
  if (unknown)
    return `${what} uses {${unknown}}, which is not a token. Use ${[...allowed].map((t) => `{${t}}`).join(", ")} (and {seq:3} for three digits).`;
  if (/[{}]/.test(pattern.replace(TOKEN, ""))) return `${what} has a brace that is not part of a token such as {year} or {seq:3}.`;
  return null;
}

/** Why a series number pattern is refused, or null. Empty means "not numbered" and is fine. */
export function numberPatternProblem(pattern: string): string | null {
  if (!pattern) return null;
  const problem = patternProblem(pattern, numberTokens, "The number pattern");
  if (problem) return problem;
  const seqs = [...pattern.matchAll(TOKEN)].filter((m) => m[1] === "seq").length;
  if (seqs !== 1) return "The number pattern needs {seq} (or {seq:3} for 001, 002…) exactly once, so each piece gets its own number.";
  return null;
}

/** Why the site's DOI suffix pattern is refused, or null. It must tell pieces apart: {seq} or {slug}. */
export function doiPatternProblem(pattern: string): string | null {
  if (!pattern) return null;
  const problem = patternProblem(pattern, doiTokens, "The DOI pattern");
  if (problem) return problem;
  const names = [...pattern.matchAll(TOKEN)].map((m) => m[1]);
  if (!names.includes("seq") && !names.includes("slug")) return "The DOI pattern needs {seq} or {slug}, so each piece gets its own DOI.";
  if (!DOI_FORMAT.test(`10.1234/${fillPattern(pattern, { year: 2024, seq: 1, series: "s", slug: "s" })}`)) {
    return "The DOI pattern may use letters, digits and - . _ ; ( ) / : only.";
  }
  return null;
}

/** Whether a pattern's period is the year: a series numbered per year restarts its sequence each January. */
export const patternHasYear = (pattern: string) => /\{year\}/.test(pattern);

/** The pattern with its tokens filled, or null when it needs a value that is missing (a {seq} outside a numbered series). */
export function fillPattern(pattern: string, values: PatternValues): string | null {
  let missing = false;
  const filled = pattern.replace(TOKEN, (_, name: string, width?: string) => {
    if (name === "seq") {
      if (values.seq === undefined) return ((missing = true), "");
      return String(values.seq).padStart(width ? Number(width) : 1, "0");
    }
    const value = name === "year" ? String(values.year) : name === "series" ? values.series : name === "slug" ? values.slug : undefined;
    if (!value) return ((missing = true), "");
    return value;
  });
  return missing ? null : filled;
}
