// Citation text and files, checked against hand-written expected strings.
import { citeTexts, escapeBibtex, splitName, toBibtex, toRis } from "@/lib/reader/citations";
import type { PieceFacts } from "@/lib/reader/piece-facts";

const URL = "https://standfirst.example/commentaries/ports-and-power";

function piece(authors: string[], overrides: Partial<PieceFacts> = {}): PieceFacts {
  return {
    slug: "ports-and-power",
    url: URL,
    title: "Ports and Power in the Indian Ocean",
    standfirst: "Who builds the harbours\nshapes the sea lanes.",
    publishedAt: "2026-11-27T09:30:00.000Z",
    modifiedAt: "2026-11-28T10:00:00.000Z",
    authors: authors.map((name) => ({
      name,
      url: `https://standfirst.example/authors/${name.toLowerCase().replace(/ /g, "-")}`,
      jobTitle: "",
      affiliation: "",
      image: null,
      orcid: "",
      sameAs: [],
    })),
    division: null,
    series: null,
    topics: [],
    image: null,
    site: { name: "Standfirst", organisation: "Standfirst Institute", baseUrl: "https://standfirst.example", timeZone: "Europe/London" },
    identity: { seriesNumber: null, issn: "", doi: null, licence: "", firstPublishedIn: "", canonicalUrl: "", licenceLink: null },
    ...overrides,
  };
}

const texts = (p: PieceFacts) => Object.fromEntries(citeTexts(p).map((c) => [c.style, c.text]));

test("two authors: APA, Chicago and MLA", () => {
  expect(texts(piece(["Amara Okafor", "Lucas Martin"]))).toEqual({
    apa: `Okafor, A., & Martin, L. (2026, November 27). Ports and Power in the Indian Ocean. Standfirst. ${URL}`,
    chicago: `Okafor, Amara, and Lucas Martin. “Ports and Power in the Indian Ocean.” Standfirst. Standfirst Institute, November 27, 2026. ${URL}.`,
    mla: "Okafor, Amara, and Lucas Martin. “Ports and Power in the Indian Ocean.” Standfirst, Standfirst Institute, 27 Nov. 2026, standfirst.example/commentaries/ports-and-power.",
  });
});

test("the website's name is italic in APA and MLA, and nothing else is", () => {
  const [apa, chicago, mla] = citeTexts(piece(["Amara Okafor"]));
  expect(apa.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(["Standfirst"]);
  expect(chicago.parts.some((p) => p.italic)).toBe(false);
  expect(mla.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(["Standfirst"]);
  expect(citeTexts(piece(["Amara Okafor"])).map((c) => c.label)).toEqual([
    "APA (7th edition)",
    "Chicago (17th edition, notes and bibliography)",
    "MLA (9th edition)",
  ]);
});

test("one author", () => {
  expect(texts(piece(["Amara Okafor"]))).toEqual({
    apa: `Okafor, A. (2026, November 27). Ports and Power in the Indian Ocean. Standfirst. ${URL}`,
    chicago: `Okafor, Amara. “Ports and Power in the Indian Ocean.” Standfirst. Standfirst Institute, November 27, 2026. ${URL}.`,
    mla: "Okafor, Amara. “Ports and Power in the Indian Ocean.” Standfirst, Standfirst Institute, 27 Nov. 2026, standfirst.example/commentaries/ports-and-power.",
  });
});

test("three authors: APA lists all, Chicago lists all, MLA gives the first and et al.", () => {
  expect(texts(piece(["Amara Okafor", "Lucas Martin", "Jean-Paul Dubois"]))).toEqual({
    apa: `Okafor, A., Martin, L., & Dubois, J.-P. (2026, November 27). Ports and Power in the Indian Ocean. Standfirst. ${URL}`,
    chicago: `Okafor, Amara, Lucas Martin, and Jean-Paul Dubois. “Ports and Power in the Indian Ocean.” Standfirst. Standfirst Institute, November 27, 2026. ${URL}.`,
    mla: "Okafor, Amara, et al. “Ports and Power in the Indian Ocean.” Standfirst, Standfirst Institute, 27 Nov. 2026, standfirst.example/commentaries/ports-and-power.",
  });
});

test("a title's own question mark replaces the period; a publisher named like the site is not repeated", () => {
  const p = piece(["Mary Jane Smith"], {
    title: "Who Owns the Sea?",
    site: { name: "Standfirst", organisation: "Standfirst", baseUrl: "https://standfirst.example", timeZone: "UTC" },
  });
  expect(texts(p)).toEqual({
    apa: `Smith, M. J. (2026, November 27). Who Owns the Sea? Standfirst. ${URL}`,
    chicago: `Smith, Mary Jane. “Who Owns the Sea?” Standfirst. November 27, 2026. ${URL}.`,
    mla: "Smith, Mary Jane. “Who Owns the Sea?” Standfirst, 27 Nov. 2026, standfirst.example/commentaries/ports-and-power.",
  });
});

test("the date is the calendar day in the site's time zone", () => {
  const late = piece(["Amara Okafor"], {
    publishedAt: "2026-11-27T23:30:00.000Z",
    site: { ...piece([]).site, timeZone: "Asia/Singapore" },
  });
  expect(texts(late).apa).toContain("(2026, November 28)");
  expect(toRis(late)).toContain("DA  - 2026/11/28/\r\n");
});

test("names split on the last space; a single word is a family name", () => {
  expect(splitName("Mary Jane  Smith")).toEqual({ given: "Mary Jane", family: "Smith" });
  expect(splitName("Plato")).toEqual({ given: "", family: "Plato" });
  expect(texts(piece(["Plato"])).apa).toMatch(/^Plato\. \(2026/);
});

test("BibTeX: a @misc entry with a stable key, authors in order and the title's capitals kept", () => {
  expect(toBibtex(piece(["Amara Okafor", "Lucas Martin"]))).toBe(
    [
      "@misc{okafor2026ports,",
      "  author = {Okafor, Amara and Martin, Lucas},",
      "  title = {{Ports and Power in the Indian Ocean}},",
      "  howpublished = {Standfirst},",
      "  organization = {Standfirst Institute},",
      "  year = {2026},",
      "  month = nov,",
      "  date = {2026-11-27},",
      `  url = {${URL}}`,
      "}",
      "",
    ].join("\n"),
  );
});

test("BibTeX escapes TeX's special characters and protects 'and' inside a name", () => {
  expect(escapeBibtex("R&D at 50% {new} $cost_of #growth ~ ^ \\")).toBe(
    "R\\&D at 50\\% \\{new\\} \\$cost\\_of \\#growth \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
  );
  const bib = toBibtex(piece(["Smith and Sons", "Élodie Brontë"], { title: "Crème & {Brûlée}" }));
  expect(bib).toContain("author = {Sons, {Smith and} and Brontë, Élodie},");
  expect(bib).toContain("title = {{Crème \\& \\{Brûlée\\}}},");
  expect(bib.startsWith("@misc{sons2026creme,")).toBe(true);
  // Braces balance, so no value can end its field early.
  const depth = [...bib.replace(/\\[{}]/g, "")].reduce((d, c) => d + (c === "{" ? 1 : c === "}" ? -1 : 0), 0);
  expect(depth).toBe(0);
});

test("RIS: one tag per line in the RIS layout, CRLF line ends, authors in order, ending with ER", () => {
  expect(toRis(piece(["Amara Okafor", "Lucas Martin"]))).toBe(
    [
      "TY  - ELEC",
      "AU  - Okafor, Amara",
      "AU  - Martin, Lucas",
      "TI  - Ports and Power in the Indian Ocean",
      "T2  - Standfirst",
      "PB  - Standfirst Institute",
      "PY  - 2026",
      "DA  - 2026/11/27/",
      `UR  - ${URL}`,
      "AB  - Who builds the harbours shapes the sea lanes.",
      "ER  - ",
      "",
    ].join("\r\n"),
  );
});

test("RIS keeps a title with line breaks on one line", () => {
  const ris = toRis(piece(["Amara Okafor"], { title: "Line one\r\nTY  - JOUR" }));
  expect(ris).toContain("TI  - Line one TY - JOUR\r\n");
  expect(ris.split("\r\n").filter((l) => l.startsWith("TY  - "))).toEqual(["TY  - ELEC"]);
});

test("ORCID iDs: BibTeX's orcid-numbers field and an RIS note, the names left as they are", () => {
  const withOrcid = piece(["Amara Okafor", "Lucas Martin"]);
  withOrcid.authors[1] = { ...withOrcid.authors[1], orcid: "0000-0002-1825-0097" };
  const bib = toBibtex(withOrcid);
  expect(bib).toContain("  author = {Okafor, Amara and Martin, Lucas},\n");
  expect(bib).toContain("  orcid-numbers = {Martin, Lucas/0000-0002-1825-0097}\n}");
  const ris = toRis(withOrcid);
  expect(ris).toContain("AU  - Martin, Lucas\r\n");
  expect(ris).toContain("N1  - ORCID iDs: Martin, Lucas https://orcid.org/0000-0002-1825-0097\r\nER  - ");
  // No iD, no field.
  expect(toBibtex(piece(["Amara Okafor"]))).not.toContain("orcid");
  expect(toRis(piece(["Amara Okafor"]))).not.toContain("N1");
});
