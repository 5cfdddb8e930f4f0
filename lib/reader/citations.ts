// "Cite this": APA 7, Chicago (notes and bibliography, bibliography entry for a web page)
// and MLA 9 text, and BibTeX / RIS files, for one live piece.
//
// Names: author profiles store one display name, so "Given Family" is split on the LAST
// space ("Mary Jane Smith" -> given "Mary Jane", family "Smith"). Multi-word family names
// ("Ana de la Cruz") and suffixes therefore come out wrong; a name with no space is used
// whole, as an organisation or mononym would be.
import "server-only";
import { z } from "zod";
import { publicPieceFacts } from "./cache/reads";
import { DERIVED_READ_SECONDS, publicCacheControl } from "./cache/lifetimes";
import { calendarDay, type PieceFacts } from "./piece-facts";
import { orcidUrl } from "../admin/author-identity";
import { doiUrl } from "../platform/identifiers";

export interface PersonName {
  given: string;
  family: string;
}

export function splitName(displayName: string): PersonName {
  const name = displayName.trim().replace(/\s+/g, " ");
  const cut = name.lastIndexOf(" ");
  return cut < 0 ? { given: "", family: name } : { given: name.slice(0, cut), family: name.slice(cut + 1) };
}

/** A run of citation text; italic runs are titles of containers. */
export interface CitationPart {
  text: string;
  italic?: boolean;
}

export interface Citation {
  style: "apa" | "chicago" | "mla";
  /** "APA"; label adds the edition. */
  name: string;
  label: string;
  parts: CitationPart[];
  /** The same citation as plain text, for copying. */
  text: string;
}

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** MLA abbreviates months of more than four letters. */
const mlaMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const bibtexMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A title followed by a period, unless it already ends in a mark of its own. */
const closeTitle = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);
const closeSentence = (text: string) => (text.endsWith(".") ? text : `${text}.`);

/** "Amara" -> "A.", "Mary Jane" -> "M. J.", "Jean-Paul" -> "J.-P." */
const initials = (given: string) =>
  given
    .split(" ")
    .filter(Boolean)
    .map((word) =>
      word
        .split("-")
        .map((piece) => `${Array.from(piece)[0] ?? ""}.`)
        .join("-"),
    )
    .join(" ");

const invertedFull = ({ given, family }: PersonName) => (given ? `${family}, ${given}` : family);
const direct = ({ given, family }: PersonName) => (given ? `${given} ${family}` : family);

function apaAuthors(names: PersonName[]) {
  const each = names.map(({ given, family }) => (given ? `${family}, ${initials(given)}` : family));
  if (each.length <= 1) return each.join("");
  if (each.length === 2) return `${each[0]}, & ${each[1]}`;
  return `${each.slice(0, -1).join(", ")}, & ${each.at(-1)}`;
}

function chicagoAuthors(names: PersonName[]) {
  const [first, ...rest] = names;
  if (!first) return "";
  if (rest.length === 0) return invertedFull(first);
  if (rest.length === 1) return `${invertedFull(first)}, and ${direct(rest[0])}`;
  return `${invertedFull(first)}, ${rest.slice(0, -1).map(direct).join(", ")}, and ${direct(rest.at(-1)!)}`;
}

function mlaAuthors(names: PersonName[]) {
  const [first, second] = names;
  if (!first) return "";
  if (names.length === 1) return invertedFull(first);
  if (names.length === 2) return `${invertedFull(first)}, and ${direct(second)}`;
  return `${invertedFull(first)}, et al`;
}

function citation(style: Citation["style"], name: string, edition: string, parts: CitationPart[]): Citation {
  const kept = parts.filter((p) => p.text);
  return { style, name, label: `${name} (${edition})`, parts: kept, text: kept.map((p) => p.text).join("") };
}

/** The three text styles, in the order they are shown. */
export function citeTexts(piece: PieceFacts): Citation[] {
  const names = piece.authors.map((a) => splitName(a.name));
  const { year, month, day } = calendarDay(piece.publishedAt, piece.site.timeZone);
  const { name: site, organisation } = piece.site;
  const ownPublisher = organisation && organisation !== site;
  const byline = (text: string) => (text ? `${closeSentence(text)} ` : "");
  const { doi, seriesNumber } = piece.identity;
  // Each style prefers the DOI, as a URL, to the page's address when the piece has one.
  const link = doi ? doiUrl(doi) : piece.url;

  const apa = citation("apa", "APA", "7th edition", [
    {
      text: `${byline(apaAuthors(names))}(${year}, ${monthNames[month - 1]} ${day}). ${seriesNumber ? `${piece.title} (${seriesNumber}). ` : `${closeTitle(piece.title)} `}`,
    },
    { text: site, italic: true },
    { text: `. ${link}` },
  ]);
  const chicago = citation("chicago", "Chicago", "17th edition, notes and bibliography", [
    {
      text:
        `${byline(chicagoAuthors(names))}“${closeTitle(piece.title)}”${seriesNumber ? ` ${closeSentence(seriesNumber)}` : ""} ${site}.` +
        `${ownPublisher ? ` ${organisation},` : ""} ${monthNames[month - 1]} ${day}, ${year}. ${link}.`,
    },
  ]);
  const mla = citation("mla", "MLA", "9th edition", [
    { text: `${byline(mlaAuthors(names))}“${closeTitle(piece.title)}” ` },
    { text: site, italic: true },
    {
      text: `, ${ownPublisher ? `${organisation}, ` : ""}${day} ${mlaMonths[month - 1]} ${year}, ${doi ? doiUrl(doi) : piece.url.replace(/^https?:\/\//, "")}.`,
    },
  ]);
  return [apa, chicago, mla];
}

// ---- Files for reference managers.

const bibtexSpecials: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

export const escapeBibtex = (text: string) => text.replace(/\s+/g, " ").replace(/[\\{}&%$#_^~]/g, (c) => bibtexSpecials[c]);

/** Braces stop BibTeX reading a comma or the word "and" inside a name as a separator. */
const bibtexNamePart = (part: string) => (/,|\band\b/i.test(part) ? `{${escapeBibtex(part)}}` : escapeBibtex(part));

const asciiWord = (text: string) =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, "")
    .split(" ")
    .find(Boolean) ?? "";

// ORCID iDs. Neither BibTeX nor RIS has a field for them. BibTeX: Web of Science's export writes
// `ORCID-Numbers = {Family, Given/0000-...; ...}`, which JabRef and Zotero keep as an extra field
// and BibTeX styles ignore; it is the one convention in use, so it is followed. RIS: `AU` must stay
// the name alone (readers split it), and unknown tags are dropped by some tools, so the iDs go in
// a note (`N1`), which every reference manager imports and shows. (There is no CSL-JSON export.)
const orcidPairs = (piece: PieceFacts) =>
  piece.authors.filter((a) => a.orcid).map((a) => ({ name: invertedFull(splitName(a.name)), orcid: a.orcid }));

function orcidField(piece: PieceFacts): [string, string][] {
  const pairs = orcidPairs(piece);
  return pairs.length ? [["orcid-numbers", `{${pairs.map((p) => `${escapeBibtex(p.name)}/${p.orcid}`).join("; ")}}`]] : [];
}

function orcidNote(piece: PieceFacts): string[] {
  const pairs = orcidPairs(piece);
  return pairs.length ? [risLine("N1", `ORCID iDs: ${pairs.map((p) => `${p.name} ${orcidUrl(p.orcid)}`).join("; ")}`)] : [];
}

export function toBibtex(piece: PieceFacts): string {
  const names = piece.authors.map((a) => splitName(a.name));
  const { year, month, day } = calendarDay(piece.publishedAt, piece.site.timeZone);
  const key = `${asciiWord(names[0]?.family ?? "") || "anon"}${year}${asciiWord(piece.title) || "piece"}`;
  const pad = (n: number) => String(n).padStart(2, "0");
  const fields: [string, string][] = [
    [
      "author",
      `{${names.map((n) => (n.given ? `${bibtexNamePart(n.family)}, ${bibtexNamePart(n.given)}` : bibtexNamePart(n.family))).join(" and ")}}`,
    ],
    // Double braces keep the title's capitals.
    ["title", `{{${escapeBibtex(piece.title)}}}`],
    ["howpublished", `{${escapeBibtex(piece.site.name)}}`],
    ["organization", `{${escapeBibtex(piece.site.organisation)}}`],
    ["year", `{${year}}`],
    ["month", bibtexMonths[month - 1]],
    ["date", `{${year}-${pad(month)}-${pad(day)}}`],
    // URL() has percent-encoded any braces, so the value cannot end the field early.
    ["url", `{${piece.url}}`],
    ...orcidField(piece),
    ...(piece.series ? [["series", `{${escapeBibtex(piece.series.name)}}`] as [string, string]] : []),
    ...(piece.identity.seriesNumber ? [["number", `{${escapeBibtex(piece.identity.seriesNumber)}}`] as [string, string]] : []),
    ...(piece.identity.issn ? [["issn", `{${piece.identity.issn}}`] as [string, string]] : []),
    ...(piece.identity.doi ? [["doi", `{${escapeBibtex(piece.identity.doi)}}`] as [string, string]] : []),
  ];
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n")}\n}\n`;
}

/** One RIS line: two-letter tag, two spaces, hyphen, space, value on a single line. */
const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, " ").trim()}`;

export function toRis(piece: PieceFacts): string {
  const { year, month, day } = calendarDay(piece.publishedAt, piece.site.timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  const lines = [
    risLine("TY", "ELEC"),
    ...piece.authors.map((a) => risLine("AU", invertedFull(splitName(a.name)))),
    risLine("TI", piece.title),
    risLine("T2", piece.site.name),
    risLine("PB", piece.site.organisation),
    risLine("PY", String(year)),
    risLine("DA", `${year}/${pad(month)}/${pad(day)}/`),
    risLine("UR", piece.url),
    ...(piece.series ? [risLine("T3", piece.series.name)] : []),
    ...(piece.identity.seriesNumber ? [risLine("M1", piece.identity.seriesNumber)] : []),
    ...(piece.identity.issn ? [risLine("SN", piece.identity.issn)] : []),
    ...(piece.identity.doi ? [risLine("DO", piece.identity.doi)] : []),
    ...(piece.standfirst ? [risLine("AB", piece.standfirst)] : []),
    ...orcidNote(piece),
    "ER  - ",
  ];
  // The RIS format ends lines with CR LF.
  return `${lines.join("\r\n")}\r\n`;
}

const citationFiles = {
  bibtex: { extension: "bib", contentType: "application/x-bibtex; charset=utf-8", render: toBibtex },
  ris: { extension: "ris", contentType: "application/x-research-info-systems; charset=utf-8", render: toRis },
} as const;

/** The HTTP answer for /commentaries/<slug>/cite/<format>: a file to save, or 404. */
export async function citationDownload(slug: string, format: string): Promise<Response> {
  const parsed = z.enum(["bibtex", "ris"]).safeParse(format);
  const file = parsed.success ? citationFiles[parsed.data] : null;
  const piece = file ? await publicPieceFacts(slug) : null;
  if (!file || !piece) return new Response("No such citation.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(file.render(piece), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${piece.slug}.${file.extension}"`,
      "Cache-Control": publicCacheControl(DERIVED_READ_SECONDS),
    },
  });
}
