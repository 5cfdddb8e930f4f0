// What a piece's page tells machines: metadata, JSON-LD and Google Scholar tags, built from
// the live publication only.
import { articleJsonLd, buildArticleMetadata, serializeJsonLd } from "@/lib/reader/seo";
import { toBibtex } from "@/lib/reader/citations";
import { db } from "@/lib/platform/db";
import { loadPieceFacts } from "@/lib/reader/piece-facts";
import { makeArticle, makeDivision, makeUser, makeSeries, makeTopic } from "../helpers/db";
import { publishPiece } from "../helpers/pieces";

const BASE = "https://think.example";
const HOSTILE = "</script><script>alert(1)</script> & more";
let editor: Awaited<ReturnType<typeof makeUser>>;
let amara: Awaited<ReturnType<typeof makeUser>>;
let lucas: Awaited<ReturnType<typeof makeUser>>;
let slug: string;

beforeAll(async () => {
  await db.siteSettings.create({
    data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "UTC" },
  });
  editor = await makeUser("editor");
  amara = await makeUser("writer", { name: "Amara Okafor" });
  lucas = await makeUser("writer", { name: "Lucas Martin" });
  await db.authorProfile.update({
    where: { id: lucas.author!.id },
    data: { position: "Research Fellow", affiliation: "Maritime Programme" },
  });
  const division = await db.division.update({ where: { id: (await makeDivision()).id }, data: { name: "Foreign Policy Division" } });
  const series = await makeSeries("Ocean Commentaries");
  const topic = await makeTopic("Shipping");
  const piece = await publishPiece(editor, {
    title: HOSTILE,
    standfirst: "Harbours shape sea lanes.",
    authorIds: [lucas.author!.id, amara.author!.id],
    divisionId: division.id,
    seriesId: series.id,
    topicIds: [topic.id],
  });
  slug = piece.slug;
  await db.publication.update({
    where: { slug },
    data: { publishedAt: new Date("2026-03-04T10:00:00Z"), liveFrom: new Date("2026-03-04T10:00:00Z") },
  });
});

test("only a live piece has facts: not a draft, not a scheduled piece, not an unknown slug", async () => {
  const draft = await makeArticle({ createdById: editor.id, authorIds: [amara.author!.id] });
  const scheduled = await publishPiece(editor, {
    title: "Later",
    authorIds: [amara.author!.id],
    publishAt: new Date(Date.now() + 3_600_000),
  });
  expect(await loadPieceFacts(draft.slug)).toBeNull();
  expect(await loadPieceFacts(scheduled.slug)).toBeNull();
  expect(await loadPieceFacts("no-such-piece")).toBeNull();
  expect((await loadPieceFacts(slug))?.title).toBe(HOSTILE);
});

test("metadata: canonical URL, OpenGraph article, Twitter summary card and Scholar tags in byline order", async () => {
  const meta = buildArticleMetadata((await loadPieceFacts(slug))!);
  expect(meta.alternates?.canonical).toBe(`${BASE}/commentaries/${slug}`);
  expect(meta.alternates?.types).toEqual({
    "application/rss+xml": [{ url: `${BASE}/feeds/rss.xml`, title: "Think Example (RSS)" }],
    "application/atom+xml": [{ url: `${BASE}/feeds/atom.xml`, title: "Think Example (Atom)" }],
  });
  expect(meta.description).toBe("Harbours shape sea lanes.");
  expect(meta.openGraph).toMatchObject({
    type: "article",
    url: `${BASE}/commentaries/${slug}`,
    siteName: "Think Example",
    publishedTime: "2026-03-04T10:00:00.000Z",
    authors: [`${BASE}/authors/${lucas.author!.slug}`, `${BASE}/authors/${amara.author!.slug}`],
    section: "Foreign Policy Division",
    tags: ["Shipping"],
  });
  expect(meta.twitter).toMatchObject({ card: "summary", title: HOSTILE });
  expect(meta.other).toEqual({
    citation_title: HOSTILE,
    citation_author: ["Martin, Lucas", "Okafor, Amara"],
    citation_publication_date: "2026/03/04",
    citation_online_date: "2026/03/04",
    citation_publisher: "Think Example Institute",
    citation_pdf_url: `${BASE}/commentaries/${slug}/pdf`,
    citation_series_title: "Ocean Commentaries",
  });
});

test("JSON-LD parses, names every author in order, and a hostile title cannot leave the script element", async () => {
  const serialized = serializeJsonLd(articleJsonLd((await loadPieceFacts(slug))!));
  expect(serialized).not.toMatch(/<\/script/i);
  expect(serialized).not.toContain("<");
  const data = JSON.parse(serialized);
  expect(data).toMatchObject({
    "@context": "https://schema.org",
    "@type": "Article",
    headline: HOSTILE,
    description: "Harbours shape sea lanes.",
    datePublished: "2026-03-04T10:00:00.000Z",
    mainEntityOfPage: { "@type": "WebPage", "@id": `${BASE}/commentaries/${slug}` },
    publisher: { "@type": "Organization", name: "Think Example Institute" },
    isPartOf: { "@type": "CreativeWorkSeries", name: "Ocean Commentaries", url: `${BASE}/series/ocean-commentaries` },
  });
  expect(data.author).toEqual([
    {
      "@type": "Person",
      name: "Lucas Martin",
      url: `${BASE}/authors/${lucas.author!.slug}`,
      jobTitle: "Research Fellow",
      affiliation: { "@type": "Organization", name: "Maritime Programme" },
    },
    { "@type": "Person", name: "Amara Okafor", url: `${BASE}/authors/${amara.author!.slug}` },
  ]);
});

test("dateModified is the latest correction when there is one", async () => {
  const before = (await loadPieceFacts(slug))!;
  const correctedAt = new Date(Date.now() + 60_000);
  const article = await db.article.findUniqueOrThrow({ where: { slug } });
  await db.correction.create({
    data: { articleId: article.id, body: "A date was wrong.", createdById: editor.id, createdAt: correctedAt },
  });
  const after = (await loadPieceFacts(slug))!;
  expect(new Date(before.modifiedAt).getTime()).toBeLessThan(correctedAt.getTime());
  expect(after.modifiedAt).toBe(correctedAt.toISOString());
  expect(JSON.parse(serializeJsonLd(articleJsonLd(after))).dateModified).toBe(correctedAt.toISOString());
});

test("the BibTeX file for a live piece carries its stored authors and date", async () => {
  const bib = toBibtex((await loadPieceFacts(slug))!);
  expect(bib).toContain("author = {Martin, Lucas and Okafor, Amara},");
  expect(bib).toContain("date = {2026-03-04},");
  expect(bib).toContain(`url = {${BASE}/commentaries/${slug}}`);
});
