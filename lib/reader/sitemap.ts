// The sitemap: every live piece, and the home, author, division, series and topic pages
// that list them, each with the time its content last changed.
import "server-only";
import type { MetadataRoute } from "next";
import { db } from "../platform/db";
import { latest } from "./piece-facts";
import { paths, urlOn } from "../platform/paths";
import { getSiteSettings } from "../platform/site-settings";

/** Uncached (publicSitemap keeps it); lastModified is an ISO string so the result can sit in the data cache. */
export async function buildSitemap(): Promise<MetadataRoute.Sitemap> {
  const [site, pieces] = await Promise.all([
    getSiteSettings(),
    db.publication.findMany({
      where: { liveFrom: { lte: new Date() } },
      orderBy: { liveFrom: "desc" },
      select: {
        slug: true,
        publishedAt: true,
        liveFrom: true,
        updatedAt: true,
        division: { select: { slug: true, updatedAt: true } },
        series: { select: { slug: true, updatedAt: true } },
        authors: { select: { author: { select: { slug: true, updatedAt: true } } } },
        topics: { select: { topic: { select: { slug: true, updatedAt: true } } } },
        article: { select: { corrections: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } } },
      },
    }),
  ]);

  // A listing page changed when one of its pieces did, or when its own description did.
  const listings = new Map<string, Date>();
  const touch = (path: string, ...dates: Date[]) => {
    const previous = listings.get(path);
    listings.set(path, latest(...dates, ...(previous ? [previous] : [])));
  };
  const entries: MetadataRoute.Sitemap = [];
  for (const piece of pieces) {
    const modified = latest(piece.publishedAt, piece.liveFrom, piece.updatedAt, ...piece.article.corrections.map((c) => c.createdAt));
    entries.push({ url: urlOn(site.baseUrl, paths.piece(piece.slug)), lastModified: modified.toISOString() });
    touch(paths.home(), modified);
    if (piece.division) touch(paths.division(piece.division.slug), modified, piece.division.updatedAt);
    if (piece.series) touch(paths.series(piece.series.slug), modified, piece.series.updatedAt);
    for (const { author } of piece.authors) touch(paths.author(author.slug), modified, author.updatedAt);
    for (const { topic } of piece.topics) touch(paths.topic(topic.slug), modified, topic.updatedAt);
  }
  if (!listings.has(paths.home())) touch(paths.home(), site.updatedAt);
  const pages = [...listings].map(([path, modified]) => ({ url: urlOn(site.baseUrl, path), lastModified: modified.toISOString() }));
  return [...pages, ...entries];
}
