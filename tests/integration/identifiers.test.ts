// Series numbers, ISSN, DOI, licence and provenance (issue 13, items 3, 4 and 6): numbers given at
// first publication and never again, DOIs from the site's pattern or typed by editors, both shown
// in the page's metadata, JSON-LD and citations, and a Crossref deposit that validates against
// Crossref's published schema.
import { db } from "@/lib/platform/db";
import { transition } from "@/lib/editorial/workflow";
import { setArticleIdentifiers } from "@/lib/editorial/identifiers";
import { crossrefBatch, crossrefForPiece } from "@/lib/editorial/crossref";
import { compareRevisions } from "@/lib/editorial/revision-diff";
import { createSeries, updateSeries } from "@/lib/admin/series";
import { loadPieceFacts } from "@/lib/reader/piece-facts";
import { articleJsonLd, buildArticleMetadata } from "@/lib/reader/seo";
import { citeTexts, toBibtex, toRis } from "@/lib/reader/citations";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/platform/errors";
import { normaliseIssn } from "@/lib/platform/identifiers";
import { actorFor } from "../helpers/actors";
import { makeArticle, makeUser } from "../helpers/db";
import { crossrefSchemaErrors } from "../helpers/crossref-schema";

const BASE = "https://think.example";
let editor: Awaited<ReturnType<typeof makeUser>>;
let writer: Awaited<ReturnType<typeof makeUser>>;
const thisYear = new Date().getUTCFullYear();

async function approvedPiece(title: string, seriesId: string | null = null) {
  const article = await makeArticle({ createdById: writer.id, authorIds: [writer.author!.id], status: "approved" });
  return db.article.update({
    where: { id: article.id },
    data: {
      title,
      standfirst: `Why ${title} matters.`,
      seriesId,
      slug: `${title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")}-${article.id.slice(-6)}`,
    },
  });
}

async function publish(articleId: string, input: object = {}) {
  await transition(await actorFor(editor), articleId, "publish", input);
  return db.article.findUniqueOrThrow({ where: { id: articleId } });
}

async function newSeries(name: string, numberPattern: string, issn = "") {
  return createSeries(await actorFor(editor), { name, numberPattern, issn });
}

beforeAll(async () => {
  await db.siteSettings.create({
    data: {
      id: 1,
      siteName: "Think Example",
      organisation: "Think Example Institute",
      baseUrl: BASE,
      timeZone: "UTC",
      doiPrefix: "10.5555",
      doiPattern: "te.{year}.{seq:3}",
      crossrefDepositorName: "Think Example Institute",
      crossrefDepositorEmail: "doi@think.example",
      crossrefRegistrant: "Think Example Institute",
    },
  });
  editor = await makeUser("editor");
  writer = await makeUser("writer", { name: "Amara Okafor" });
  await db.authorProfile.update({ where: { id: writer.author!.id }, data: { orcid: "0000-0002-1825-0097" } });
});

describe("a series' number pattern and ISSN", () => {
  it("normalises an ISSN and refuses one whose check digit is wrong", async () => {
    expect(normaliseIssn("0317 8471")).toBe("0317-8471");
    expect(normaliseIssn("2049-369x")).toBe("2049-369X");
    expect(normaliseIssn("0317-8472")).toBeNull();
    const series = await newSeries("Policy Briefs", "", "03178471");
    expect(series.issn).toBe("0317-8471");
    await expect(updateSeries(await actorFor(editor), series.id, { name: "Policy Briefs", issn: "0317-8472" })).rejects.toThrow(
      "This is not a valid ISSN: it has eight characters (1234-5679) and the last is its check digit.",
    );
  });

  it("refuses a pattern without {seq} or with an unknown token, in words", async () => {
    await expect(newSeries("Bad One", "No. {year}")).rejects.toThrow("needs {seq}");
    await expect(newSeries("Bad Two", "No. {month}/{seq}")).rejects.toThrow("uses {month}, which is not a token");
    await expect(newSeries("Bad Three", "No. {seq")).rejects.toThrow("has a brace that is not part of a token");
  });
});

describe("numbering at first publication", () => {
  let seriesId: string;
  beforeAll(async () => {
    seriesId = (await newSeries("ISI Commentaries", "ISI Commentaries No. {year}/{seq:3}", "2049-369X")).id;
  });

  it("numbers pieces in order, and a back-dated piece in its original year", async () => {
    const first = await publish((await approvedPiece("First harbour", seriesId)).id);
    const second = await publish((await approvedPiece("Second harbour", seriesId)).id);
    const archive = await publish((await approvedPiece("Old harbour", seriesId)).id, { originalDate: new Date("2024-06-03T01:30:00Z") });
    expect(first.seriesNumber).toBe(`ISI Commentaries No. ${thisYear}/001`);
    expect(second.seriesNumber).toBe(`ISI Commentaries No. ${thisYear}/002`);
    expect(archive.seriesNumber).toBe("ISI Commentaries No. 2024/001");
    // The DOI follows the site's pattern with the same year and sequence.
    expect(first.doi).toBe(`10.5555/te.${thisYear}.001`);
    expect(archive.doi).toBe("10.5555/te.2024.001");
  });

  it("keeps the number through unpublishing and republishing, and never gives a number twice", async () => {
    const piece = await publish((await approvedPiece("Kept number", seriesId)).id);
    const actor = await actorFor(editor);
    await transition(actor, piece.id, "unpublish");
    await db.article.update({ where: { id: piece.id }, data: { status: "approved" } });
    const again = await publish(piece.id);
    expect(again.seriesNumber).toBe(piece.seriesNumber);

    // A deleted piece's number is not given again: the counter only goes up.
    await db.publication.delete({ where: { articleId: piece.id } });
    await db.revision.deleteMany({ where: { articleId: piece.id } });
    await db.articleAuthor.deleteMany({ where: { articleId: piece.id } });
    await db.auditEvent.deleteMany({ where: { articleId: piece.id } });
    await db.article.delete({ where: { id: piece.id } });
    const next = await publish((await approvedPiece("After a deletion", seriesId)).id);
    expect(next.seriesNumber).not.toBe(piece.seriesNumber);
    expect(Number(next.seriesNumber!.slice(-3))).toBe(Number(piece.seriesNumber!.slice(-3)) + 1);
  });

  it("gives two publications at the same moment two different numbers", async () => {
    const [a, b, c] = await Promise.all(["Race one", "Race two", "Race three"].map((t) => approvedPiece(t, seriesId)));
    await Promise.all([a, b, c].map((p) => publish(p.id)));
    const numbers = (await db.article.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, select: { seriesNumber: true } })).map(
      (p) => p.seriesNumber,
    );
    expect(new Set(numbers).size).toBe(3);
    expect(numbers.every((n) => n?.startsWith(`ISI Commentaries No. ${thisYear}/`))).toBe(true);
  });

  it("counts without a year when the pattern has none, and leaves unnumbered series alone", async () => {
    const plain = await newSeries("Occasional Papers", "OP {seq}");
    const none = await newSeries("Essays", "");
    const one = await publish((await approvedPiece("Plain one", plain.id)).id, { originalDate: new Date("2023-01-10T00:00:00Z") });
    const two = await publish((await approvedPiece("Plain two", plain.id)).id);
    const essay = await publish((await approvedPiece("An essay", none.id)).id);
    expect([one.seriesNumber, two.seriesNumber]).toEqual(["OP 1", "OP 2"]);
    expect(essay.seriesNumber).toBeNull();
    // The site's DOI pattern needs {seq}: a piece with no number gets no made-up DOI.
    expect(essay.doi).toBeNull();
    expect(await db.seriesCounter.findMany({ where: { seriesId: plain.id } })).toEqual([{ seriesId: plain.id, period: "", last: 2 }]);
  });

  it("adds a suffix when the pattern's DOI is taken already", async () => {
    const other = await newSeries("Clash Series", "C {year}/{seq:3}");
    const squatter = await approvedPiece("Squatter");
    await db.article.update({ where: { id: squatter.id }, data: { doi: `10.5555/te.${thisYear}.001-x` } });
    await db.article.update({ where: { id: squatter.id }, data: { doi: `10.5555/te.1999.001` } });
    const old = await publish((await approvedPiece("Clash", other.id)).id, { originalDate: new Date("1999-05-01T00:00:00Z") });
    expect(old.doi).toBe("10.5555/te.1999.001-2");
  });
});

describe("an editor sets the DOI, licence and provenance", () => {
  it("validates the DOI, its prefix and its uniqueness, and refuses writers", async () => {
    const piece = await approvedPiece("Typed DOI");
    const actor = await actorFor(editor);
    const set = (input: object) => setArticleIdentifiers(actor, piece.id, { version: 1, ...input });
    await expect(set({ doi: "10.5555/has space" })).rejects.toThrow(ValidationError);
    await expect(set({ doi: "doi.org/10.5555/x" })).rejects.toThrow("This is not a DOI");
    await expect(set({ doi: "10.1234/elsewhere" })).rejects.toThrow("the DOI must start with 10.5555/");
    await expect(set({ canonicalUrl: "straitstimes.com/x" })).rejects.toThrow("starting with https://");
    await expect(set({ licence: "GPL" })).rejects.toThrow("Choose one of the licences offered.");
    await expect(set({ doi: `10.5555/te.${thisYear}.001` })).rejects.toThrow(ConflictError);
    await expect(setArticleIdentifiers(await actorFor(writer), piece.id, { version: 1, doi: "10.5555/mine" })).rejects.toThrow(
      ForbiddenError,
    );

    await set({ doi: "https://doi.org/10.5555/Typed.1", licence: "CC-BY-4.0", firstPublishedIn: "The Straits Times, 3 June 2024" });
    const saved = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
    expect(saved).toMatchObject({
      doi: "10.5555/Typed.1",
      licence: "CC-BY-4.0",
      firstPublishedIn: "The Straits Times, 3 June 2024",
      version: 2,
    });
    // A form shown before that save is stale.
    await expect(set({ doi: "10.5555/Typed.2" })).rejects.toThrow("Someone saved this piece a moment ago");
  });

  it("names the changes in the revision comparison", async () => {
    const piece = await approvedPiece("Compared");
    const actor = await actorFor(editor);
    await setArticleIdentifiers(actor, piece.id, { version: 1, licence: "CC0-1.0", canonicalUrl: "https://news.example/original" });
    await setArticleIdentifiers(actor, piece.id, { version: 2, licence: "default", firstPublishedIn: "Lowy Interpreter, 2 May 2024" });
    const revisions = await db.revision.findMany({ where: { articleId: piece.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.kind])).toEqual([
      [2, "identifiers"],
      [3, "identifiers"],
    ]);
    const diff = await compareRevisions(actor, piece.id, 2, 3);
    const changed = diff.meta.filter((m) => m.changed);
    expect(changed.map((m) => m.label)).toEqual(["Licence", "First published in", "Canonical URL"]);
    const words = JSON.stringify(changed);
    for (const phrase of ["CC0 1.0", "the site's default", "Lowy Interpreter, 2 May 2024", "this site's page"])
      expect(words).toContain(phrase);
  });
});

describe("what readers and machines are told", () => {
  let slug: string;
  // Made from the site's pattern: "10.5555/te.<year>.001", with a suffix since another series' first piece has that one.
  let doi: string;
  beforeAll(async () => {
    const series = await newSeries("Cited Series", "CS {year}/{seq:3}", "0317-8471");
    const piece = await approvedPiece("Cited piece", series.id);
    await setArticleIdentifiers(await actorFor(editor), piece.id, {
      version: 1,
      firstPublishedIn: "The Straits Times, 3 June 2024",
      canonicalUrl: "https://news.example/cited",
    });
    ({ slug, doi } = (await publish(piece.id)) as { slug: string; doi: string });
    expect(doi).toBe(`10.5555/te.${thisYear}.001-2`);
  });

  it("copies the licence (the site's default, resolved) and provenance into the publication", async () => {
    const publication = await db.publication.findUniqueOrThrow({ where: { slug } });
    expect(publication).toMatchObject({
      licence: "CC-BY-ND-4.0",
      firstPublishedIn: "The Straits Times, 3 June 2024",
      canonicalUrl: "https://news.example/cited",
    });
  });

  it("puts the DOI, ISSN, number, canonical override and licence in the page's metadata and JSON-LD", async () => {
    const facts = (await loadPieceFacts(slug))!;
    const meta = buildArticleMetadata(facts);
    expect(meta.alternates?.canonical).toBe("https://news.example/cited");
    expect(meta.other).toMatchObject({
      citation_doi: doi,
      citation_issn: "0317-8471",
      citation_technical_report_number: `CS ${thisYear}/001`,
    });
    const ld = articleJsonLd(facts);
    expect(ld.sameAs).toBe(`https://doi.org/${doi}`);
    expect(ld.license).toBe("https://creativecommons.org/licenses/by-nd/4.0/");
    expect(ld.identifier).toEqual([
      { "@type": "PropertyValue", propertyID: "DOI", value: doi, url: `https://doi.org/${doi}` },
      { "@type": "PropertyValue", propertyID: "Series number", value: `CS ${thisYear}/001` },
    ]);
    expect(ld.isPartOf).toMatchObject({ name: "Cited Series", issn: "0317-8471" });
  });

  it("cites the DOI, ISSN and number in the text styles and the .bib and .ris files", async () => {
    const facts = (await loadPieceFacts(slug))!;
    const apa = citeTexts(facts).find((c) => c.style === "apa")!;
    expect(apa.text).toContain(`Cited piece (CS ${thisYear}/001).`);
    expect(apa.text).toMatch(new RegExp(`https://doi\\.org/${doi.replace(/\./g, "\\.")}$`));
    const bib = toBibtex(facts);
    expect(bib).toContain(`  doi = {${doi}}`);
    expect(bib).toContain("  issn = {0317-8471}");
    expect(bib).toContain(`  number = {CS ${thisYear}/001}`);
    expect(bib).toContain("  series = {Cited Series}");
    const ris = toRis(facts);
    expect(ris).toContain(`DO  - ${doi}\r\n`);
    expect(ris).toContain("SN  - 0317-8471\r\n");
    expect(ris).toContain(`M1  - CS ${thisYear}/001\r\n`);
  });
});

describe("Crossref deposit XML", () => {
  jest.setTimeout(180_000);
  let seriesSlug: string;
  let pieceId: string;
  beforeAll(async () => {
    const series = await newSeries("Deposit Series", "DS {year}/{seq:3}", "2049-369X");
    seriesSlug = series.slug;
    pieceId = (await publish((await approvedPiece("Deposited & <escaped>", series.id)).id)).id;
    await publish((await approvedPiece("Second deposit", series.id)).id);
  });

  it("for one piece: a report paper in its series, with its ORCID-linked author, validates against Crossref's schema", async () => {
    const { xml, fileName } = await crossrefForPiece(await actorFor(editor), pieceId);
    expect(fileName).toMatch(/^crossref-deposited-escaped-.*\.xml$/);
    expect(xml).toContain("<report-paper_series_metadata");
    expect(xml).toContain('<issn media_type="electronic">2049-369X</issn>');
    expect(xml).toContain(`<item_number>DS ${thisYear}/001</item_number>`);
    expect(xml).toContain("<ORCID>https://orcid.org/0000-0002-1825-0097</ORCID>");
    expect(xml).toContain("<title>Deposited &amp; &lt;escaped&gt;</title>");
    expect(xml).toContain(`<resource>${BASE}/commentaries/`);
    expect(xml).toContain("<email_address>doi@think.example</email_address>");
    expect(await crossrefSchemaErrors(xml)).toEqual([]);
  });

  it("for a batch: every published piece with a DOI in the series, or in a date range, validates too", async () => {
    const { xml } = await crossrefBatch(await actorFor(editor), { series: seriesSlug });
    expect(xml.match(/<report-paper>/g)).toHaveLength(2);
    const ranged = await crossrefBatch(await actorFor(editor), { from: "2024-01-01", to: "2024-12-31" });
    // The back-dated pieces of 2024 above: one in a series with an ISSN, numbered.
    expect(ranged.xml).toContain("10.5555/te.2024.001");
    const errors = await crossrefSchemaErrors(xml);
    expect(errors).toEqual([]);
    // A sanity check that the validator does refuse: a deposit without its DOI.
    expect((await crossrefSchemaErrors(xml.replace(/<doi>[^<]*<\/doi>/, "")))[0]).toMatch(/doi/);
  });

  it("refuses writers, unpublished pieces, pieces without a DOI and empty batches", async () => {
    await expect(crossrefForPiece(await actorFor(writer), pieceId)).rejects.toThrow(ForbiddenError);
    await expect(crossrefForPiece(null, pieceId)).rejects.toThrow("sign in");
    const draft = await approvedPiece("Not yet");
    await expect(crossrefForPiece(await actorFor(editor), draft.id)).rejects.toThrow(NotFoundError);
    const noDoi = await publish((await approvedPiece("No DOI")).id);
    await expect(crossrefForPiece(await actorFor(editor), noDoi.id)).rejects.toThrow("This piece has no DOI yet");
    await expect(crossrefBatch(await actorFor(editor), { from: "1990-01-01", to: "1990-12-31" })).rejects.toThrow(
      "No published piece with a DOI matches.",
    );
    await expect(crossrefBatch(await actorFor(editor), { from: "last week" })).rejects.toThrow("Give the first day as YYYY-MM-DD.");
  });
});
