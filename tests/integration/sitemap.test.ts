// The sitemap lists exactly the live pieces and the pages that list them, with lastmod, in an
// index of files of at most 50,000 URLs.
import { XMLParser } from "fast-xml-parser";
import { db } from "@/lib/platform/db";
import { parseSitemapFile } from "@/lib/platform/paths";
import { sitemapEntries, sitemapFileXml, sitemapFiles, sitemapIndexXml, type SitemapEntry } from "@/lib/reader/sitemap";
import { transition } from "@/lib/editorial/workflow";
import { makeArticle, makeDivision, makeUser, makeSeries, makeTopic } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { publishPiece } from "../helpers/pieces";
import { xmlError } from "../helpers/xml";

const BASE = "https://think.example";

/** Every entry of every file the index lists, read back from the XML a crawler gets. */
async function crawl(perFile?: number): Promise<{ files: string[]; entries: SitemapEntry[] }> {
  const parser = new XMLParser({ isArray: (name) => name === "sitemap" || name === "url" });
  const index = await sitemapIndexXml(perFile);
  expect(xmlError(index)).toBeNull();
  const files: string[] = parser.parse(index).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  const entries: SitemapEntry[] = [];
  for (const loc of files) {
    expect(loc.startsWith(`${BASE}/sitemaps/`)).toBe(true);
    const file = parseSitemapFile(loc.slice(`${BASE}/sitemaps/`.length));
    const xml = await sitemapFileXml(file!, perFile);
    expect(xmlError(xml!)).toBeNull();
    const urls: { loc: string; lastmod: string }[] = parser.parse(xml!).urlset.url ?? [];
    expect(urls.length).toBeLessThanOrEqual(perFile ?? 50_000);
    entries.push(...urls.map((u) => ({ url: u.loc, lastModified: u.lastmod })));
  }
  return { files, entries };
}

test("lists every live piece and its listing pages, nothing that is not live, with each page's latest change", async () => {
  await db.siteSettings.create({
    data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "UTC" },
  });
  const editor = await makeUser("editor");
  const amara = await makeUser("writer", { name: "Amara Okafor" });
  const lucas = await makeUser("writer", { name: "Lucas Martin" });
  const division = await makeDivision();
  const series = await makeSeries("Ocean Commentaries");
  const topic = await makeTopic("Shipping");

  const older = await publishPiece(editor, {
    title: "Older",
    authorIds: [amara.author!.id],
    divisionId: division.id,
    seriesId: series.id,
    topicIds: [topic.id],
  });
  const newer = await publishPiece(editor, { title: "Newer", authorIds: [amara.author!.id] });
  const draft = await makeArticle({ createdById: editor.id, authorIds: [lucas.author!.id] });
  const scheduled = await publishPiece(editor, {
    title: "Later",
    authorIds: [lucas.author!.id],
    publishAt: new Date(Date.now() + 3_600_000),
  });
  const withdrawn = await publishPiece(editor, { title: "Withdrawn", authorIds: [lucas.author!.id] });
  await transition(await actorFor(editor), withdrawn.id, "unpublish");

  const t = (iso: string) => new Date(iso);
  await db.publication.update({
    where: { slug: older.slug },
    data: { publishedAt: t("2026-01-01T00:00:00Z"), liveFrom: t("2026-01-01T00:00:00Z") },
  });
  await db.publication.update({
    where: { slug: newer.slug },
    data: { publishedAt: t("2026-02-01T00:00:00Z"), liveFrom: t("2026-02-01T00:00:00Z") },
  });
  // Prisma's @updatedAt would overwrite a value given to update(), so set it in SQL.
  await db.$executeRaw`UPDATE "Publication" SET "updatedAt" = '2026-01-01T00:00:00Z' WHERE slug IN (${older.slug}, ${newer.slug})`;
  await db.$executeRaw`UPDATE "Publication" SET "updatedAt" = '2026-02-01T00:00:00Z' WHERE slug = ${newer.slug}`;
  await db.correction.create({
    data: { articleId: older.id, body: "Fixed a figure.", createdById: editor.id, createdAt: t("2026-03-01T00:00:00Z") },
  });
  await db.$executeRaw`UPDATE "Division" SET "updatedAt" = '2025-01-01T00:00:00Z' WHERE id = ${division.id}`;
  await db.$executeRaw`UPDATE "Series" SET "updatedAt" = '2026-04-01T00:00:00Z' WHERE id = ${series.id}`;
  await db.$executeRaw`UPDATE "Topic" SET "updatedAt" = '2025-01-01T00:00:00Z' WHERE id = ${topic.id}`;
  await db.$executeRaw`UPDATE "AuthorProfile" SET "updatedAt" = '2025-01-01T00:00:00Z' WHERE id = ${amara.author!.id}`;

  const { files, entries } = await crawl();
  expect(files).toEqual([`${BASE}/sitemaps/pages-1.xml`, `${BASE}/sitemaps/pieces-1.xml`]);
  const lastmod = Object.fromEntries(entries.map((e) => [e.url, e.lastModified]));
  expect(lastmod).toEqual({
    [`${BASE}/commentaries/${older.slug}`]: "2026-03-01T00:00:00.000Z",
    [`${BASE}/commentaries/${newer.slug}`]: "2026-02-01T00:00:00.000Z",
    [`${BASE}/`]: "2026-03-01T00:00:00.000Z",
    [`${BASE}/authors/${amara.author!.slug}`]: "2026-03-01T00:00:00.000Z",
    [`${BASE}/divisions/${division.slug}`]: "2026-03-01T00:00:00.000Z",
    [`${BASE}/series/${series.slug}`]: "2026-04-01T00:00:00.000Z",
    [`${BASE}/topics/${topic.slug}`]: "2026-03-01T00:00:00.000Z",
  });
  expect(entries).toHaveLength(7);
  const urls = entries.map((e) => e.url).join(" ");
  for (const hidden of [draft.slug, scheduled.slug, withdrawn.slug, lucas.author!.slug]) expect(urls).not.toContain(hidden);
});

test("pieces fill files of the given size, oldest first, each piece in exactly one; a file past the last is null", async () => {
  const editor = await makeUser("editor");
  const writer = await makeUser("writer");
  for (const title of ["One", "Two", "Three", "Four"]) await publishPiece(editor, { title, authorIds: [writer.author!.id] });
  const live = await db.publication.findMany({
    where: { liveFrom: { lte: new Date() } },
    orderBy: [{ liveFrom: "asc" }, { articleId: "asc" }],
  });
  expect(live.length).toBeGreaterThanOrEqual(5);

  const { files, entries } = await crawl(2);
  const pieceFiles = files.filter((f) => f.includes("/pieces-"));
  expect(pieceFiles).toHaveLength(Math.ceil(live.length / 2));
  const pieceUrls = entries.map((e) => e.url).filter((u) => u.includes("/commentaries/"));
  expect(pieceUrls).toEqual(live.map((p) => `${BASE}/commentaries/${p.slug}`));
  expect(await sitemapEntries({ kind: "pieces", number: pieceFiles.length + 1 }, 2)).toBeNull();
  expect(await sitemapEntries({ kind: "pages", number: 2 }, 50_000)).toBeNull();
});

test("file names outside the index's own are not files", () => {
  expect(parseSitemapFile("pieces-2.xml")).toEqual({ kind: "pieces", number: 2 });
  for (const name of ["pieces-0.xml", "pieces-01.xml", "pieces-1", "posts-1.xml", "pieces-9999999.xml", "pieces-1.xml.gz", ""]) {
    expect(parseSitemapFile(name)).toBeNull();
  }
});

test("with nothing live, the sitemap still lists the home page, and no piece files", async () => {
  await db.publication.deleteMany();
  const { files, entries } = await crawl();
  expect(files).toEqual([`${BASE}/sitemaps/pages-1.xml`]);
  expect(entries.map((e) => e.url)).toEqual([`${BASE}/`]);
  expect(await sitemapFiles()).toEqual([{ kind: "pages", number: 1 }]);
});
