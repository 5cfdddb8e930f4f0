// The sitemap: an index (/sitemap.xml) of files of at most 50,000 URLs each (the protocol's
// limit): the listing pages (home, authors, divisions, series, topics) and the live pieces,
// oldest first, so that a new piece only ever changes the last file. Every URL carries the
// time its content last changed. Each file is one indexed query, whatever the archive's size;
// nothing is loaded whole.
import "server-only";
import { XMLBuilder } from "fast-xml-parser";
import { db } from "../platform/db";
import { paths, urlOn, type SitemapFile } from "../platform/paths";
import { getSiteSettings } from "../platform/site-settings";
import { DERIVED_READ_SECONDS, publicCacheControl } from "./cache/lifetimes";

/** The protocol's limit per file (sitemaps.org); also keeps each file a few MB. */
export const SITEMAP_FILE_URLS = 50_000;

export interface SitemapEntry {
  url: string;
  /** ISO time, so that entries can sit in the data cache as they are. */
  lastModified: string;
}

// A piece changed when it was published, went live, was republished or corrected.
const LIVE = `
  corrected AS (SELECT "articleId", max("createdAt") AS at FROM "Correction" GROUP BY "articleId"),
  live AS (
    SELECT p."articleId", p."slug", p."divisionId", p."seriesId", p."liveFrom",
           GREATEST(p."publishedAt", p."liveFrom", p."updatedAt", COALESCE(c.at, p."updatedAt")) AS modified
    FROM "Publication" p LEFT JOIN corrected c USING ("articleId")
    WHERE p."liveFrom" <= now())`;

type Row = { kind: "home" | "author" | "division" | "series" | "topic"; slug: string | null; modified: Date };

/** Every listing page with a live piece, each changed when one of its pieces or its own description did. */
async function listingPages(): Promise<SitemapEntry[]> {
  const [site, rows] = await Promise.all([
    getSiteSettings(),
    db.$queryRawUnsafe<Row[]>(`WITH ${LIVE}
      SELECT 'home' AS kind, NULL AS slug, max(modified) AS modified FROM live
      UNION ALL
      SELECT 'division', d."slug", GREATEST(max(l.modified), d."updatedAt") FROM live l JOIN "Division" d ON d."id" = l."divisionId" GROUP BY d."id"
      UNION ALL
      SELECT 'series', s."slug", GREATEST(max(l.modified), s."updatedAt") FROM live l JOIN "Series" s ON s."id" = l."seriesId" GROUP BY s."id"
      UNION ALL
      SELECT 'author', a."slug", GREATEST(max(l.modified), a."updatedAt")
        FROM live l JOIN "PublicationAuthor" pa ON pa."publicationId" = l."articleId" JOIN "AuthorProfile" a ON a."id" = pa."authorId" GROUP BY a."id"
      UNION ALL
      SELECT 'topic', t."slug", GREATEST(max(l.modified), t."updatedAt")
        FROM live l JOIN "PublicationTopic" pt ON pt."publicationId" = l."articleId" JOIN "Topic" t ON t."id" = pt."topicId" GROUP BY t."id"`),
  ]);
  const pathOf = (row: Row) => (row.kind === "home" || row.slug === null ? paths.home() : paths[row.kind](row.slug));
  const order = ["home", "division", "series", "author", "topic"];
  return rows
    .map((row) => ({
      kind: row.kind,
      url: urlOn(site.baseUrl, pathOf(row)),
      // With nothing live the home page is still listed, as changed when the site's settings were.
      lastModified: (row.modified ?? site.updatedAt).toISOString(),
    }))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.url.localeCompare(b.url))
    .map(({ url, lastModified }) => ({ url, lastModified }));
}

async function livePieceCount(): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "Publication" WHERE "liveFrom" <= now()`;
  return Number(row.count);
}

/**
 * The files the index lists. Listing pages are one file unless a site has more than 50,000 of
 * them; pieces fill files of `perFile` in the order they went live.
 */
export async function sitemapFiles(perFile = SITEMAP_FILE_URLS): Promise<SitemapFile[]> {
  const [pages, pieces] = await Promise.all([listingPages(), livePieceCount()]);
  const count = (n: number) => Math.max(1, Math.ceil(n / perFile));
  return [
    ...Array.from({ length: count(pages.length) }, (_, i): SitemapFile => ({ kind: "pages", number: i + 1 })),
    ...Array.from({ length: pieces === 0 ? 0 : count(pieces) }, (_, i): SitemapFile => ({ kind: "pieces", number: i + 1 })),
  ];
}

/** The entries of one file, or null when there is no such file. */
export async function sitemapEntries(file: SitemapFile, perFile = SITEMAP_FILE_URLS): Promise<SitemapEntry[] | null> {
  const skip = (file.number - 1) * perFile;
  if (file.kind === "pages") {
    const pages = await listingPages();
    return file.number === 1 || skip < pages.length ? pages.slice(skip, skip + perFile) : null;
  }
  // OFFSET walks the (liveFrom) index only: a file is read at the cost of one index scan, and
  // the files of older pieces keep the same URLs as the archive grows.
  const [site, rows] = await Promise.all([
    getSiteSettings(),
    db.$queryRaw<{ slug: string; modified: Date }[]>`
      WITH page AS (
        SELECT "articleId", "slug", "publishedAt", "liveFrom", "updatedAt" FROM "Publication"
        WHERE "liveFrom" <= now() ORDER BY "liveFrom", "articleId" LIMIT ${perFile} OFFSET ${skip})
      SELECT "slug", GREATEST("publishedAt", "liveFrom", "updatedAt",
        COALESCE((SELECT max(c."createdAt") FROM "Correction" c WHERE c."articleId" = page."articleId"), "updatedAt")) AS modified
      FROM page ORDER BY "liveFrom", "articleId"`,
  ]);
  if (rows.length === 0) return null;
  return rows.map((row) => ({ url: urlOn(site.baseUrl, paths.piece(row.slug)), lastModified: row.modified.toISOString() }));
}

const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: false });
const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The sitemap index: one <sitemap> per file. */
export async function sitemapIndexXml(perFile = SITEMAP_FILE_URLS): Promise<string> {
  const [site, files] = await Promise.all([getSiteSettings(), sitemapFiles(perFile)]);
  const sitemap = files.map((file) => ({ loc: urlOn(site.baseUrl, paths.sitemapFile(file)) }));
  return DECLARATION + xml.build({ sitemapindex: { "@_xmlns": NS, sitemap } });
}

/** One file of the sitemap, or null when there is no such file. */
export async function sitemapFileXml(file: SitemapFile, perFile = SITEMAP_FILE_URLS): Promise<string | null> {
  const entries = await sitemapEntries(file, perFile);
  if (entries === null) return null;
  const url = entries.map((e) => ({ loc: e.url, lastmod: e.lastModified }));
  return DECLARATION + xml.build({ urlset: { "@_xmlns": NS, url } });
}

/** The HTTP answer for a sitemap address: its XML, or 404 for a file that does not exist. */
export function sitemapResponse(xml: string | null): Response {
  if (xml === null) return new Response("No such sitemap file.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": publicCacheControl(DERIVED_READ_SECONDS) },
  });
}
