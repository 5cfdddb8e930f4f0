// RSS 2.0 and Atom feeds of live pieces: the whole site, or one author, division or topic.
// Public data only; a publication is listed once its liveFrom has come.
import { Feed } from "feed";
import { unstable_cache } from "next/cache";
import { db } from "./db";
import type { Prisma } from "./generated/prisma/client";
import { latest } from "./piece-facts";
import { absoluteUrl, publicPath } from "./public-urls";
import { getSiteSettings } from "./site-settings";

// Full text of each piece: 20 keep a feed readers poll under 300 KB (30 made it 417 KB at bench size).
export const FEED_SIZE = 20;

export type FeedScope = { kind: "site" } | { kind: "author" | "division" | "topic"; slug: string };
export type FeedFormat = "rss" | "atom";

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

/** Where a feed lives: /feeds/rss.xml, /feeds/authors/<slug>/atom.xml, ... */
export function feedPath(scope: FeedScope, format: FeedFormat) {
  return scope.kind === "site" ? `/feeds/${format}.xml` : `/feeds/${scope.kind}s/${scope.slug}/${format}.xml`;
}

interface ResolvedScope {
  scope: FeedScope;
  /** Cache tag of the thing the feed is about (cache-tag contract). */
  tag: string | null;
  title: string;
  description: string;
  pagePath: string;
  where: Prisma.PublicationWhereInput;
}

/** The author, division or topic a feed is about; null when the slug names nothing. */
async function resolveScope(scope: FeedScope, siteName: string): Promise<ResolvedScope | null> {
  switch (scope.kind) {
    case "site":
      return { scope, tag: null, title: `${siteName}: Commentaries`, description: `The latest commentaries from ${siteName}.`, pagePath: publicPath.home(), where: {} };
    case "author": {
      const author = await db.authorProfile.findUnique({ where: { slug: scope.slug }, select: { id: true, displayName: true } });
      return author
        ? { scope, tag: `author:${author.id}`, title: `${author.displayName} | ${siteName}`, description: `Commentaries by ${author.displayName}.`, pagePath: publicPath.author(scope.slug), where: { authors: { some: { authorId: author.id } } } }
        : null;
    }
    case "division": {
      const division = await db.division.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
      return division
        ? { scope, tag: `division:${division.id}`, title: `${division.name} | ${siteName}`, description: `Commentaries from the ${division.name}.`, pagePath: publicPath.division(scope.slug), where: { divisionId: division.id } }
        : null;
    }
    case "topic": {
      const topic = await db.topic.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
      return topic
        ? { scope, tag: `topic:${topic.id}`, title: `${topic.name} | ${siteName}`, description: `Commentaries on ${topic.name}.`, pagePath: publicPath.topic(scope.slug), where: { topics: { some: { topicId: topic.id } } } }
        : null;
    }
  }
}

/**
 * Titles, summaries and content go into CDATA sections. The XML writer under `feed` (xml-js)
 * splits only the FIRST "]]>" in a value, so every later one is split here, leaving the
 * first for the writer; any number of them then round-trips as text.
 */
function cdataSafe(text: string): string {
  const [head, ...rest] = text.split("]]>");
  return rest.length < 2 ? text : `${head}]]>${rest.join("]]]]><![CDATA[>")}`;
}

async function renderFeed(resolved: ResolvedScope, format: FeedFormat): Promise<string> {
  const site = await getSiteSettings();
  const url = (path: string) => absoluteUrl(site.baseUrl, path);
  const pieces = await db.publication.findMany({
    where: { ...resolved.where, liveFrom: { lte: new Date() } },
    orderBy: { liveFrom: "desc" },
    take: FEED_SIZE,
    select: {
      slug: true,
      title: true,
      standfirst: true,
      bodyHtml: true,
      publishedAt: true,
      liveFrom: true,
      updatedAt: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { displayName: true, slug: true } } } },
      topics: { select: { topic: { select: { name: true } } } },
      article: { select: { corrections: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } } },
    },
  });
  const updatedOf = (p: (typeof pieces)[number]) =>
    latest(p.publishedAt, p.liveFrom, p.updatedAt, ...p.article.corrections.map((c) => c.createdAt));

  const feed = new Feed({
    id: url(resolved.pagePath),
    link: url(resolved.pagePath),
    title: resolved.title,
    description: resolved.description,
    language: "en",
    copyright: `© ${site.organisation}`,
    updated: pieces.length ? latest(...pieces.map(updatedOf)) : site.updatedAt,
    generator: false,
    feedLinks: { rss: url(feedPath(resolved.scope, "rss")), atom: url(feedPath(resolved.scope, "atom")) },
    author: { name: site.organisation, link: url("/") },
  });
  for (const piece of pieces) {
    const link = url(publicPath.piece(piece.slug));
    const authors = piece.authors.map(({ author }) => ({ name: author.displayName, link: url(publicPath.author(author.slug)) }));
    feed.addItem({
      title: cdataSafe(piece.title),
      id: link,
      guid: link,
      link,
      date: updatedOf(piece),
      published: piece.publishedAt,
      description: cdataSafe(piece.standfirst),
      content: cdataSafe(piece.bodyHtml),
      // RSS's <author> must be an email address, which bylines do not have: names go in one dc:creator.
      ...(format === "atom" ? { author: authors } : { extensions: [{ name: "dc:creator", objects: { _text: authors.map((a) => a.name).join(", ") } }] }),
      category: piece.topics.map(({ topic }) => ({ name: topic.name })),
    });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}

/** The feed's XML, or null when the author, division or topic does not exist. Uncached. */
export async function buildFeed(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  const resolved = await resolveScope(scope, (await getSiteSettings()).siteName);
  return resolved ? renderFeed(resolved, format) : null;
}

/** buildFeed, kept in the data cache until a piece or the feed's subject changes. */
async function getFeed(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  const resolved = await resolveScope(scope, (await getSiteSettings()).siteName);
  if (!resolved) return null;
  const key = scope.kind === "site" ? ["feed", "site", format] : ["feed", scope.kind, scope.slug, format];
  return unstable_cache(() => renderFeed(resolved, format), key, {
    tags: ["publications", ...(resolved.tag ? [resolved.tag] : [])],
    revalidate: 300,
  })();
}

export const noSuchFeed = () => new Response("No such feed.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The HTTP answer for a feed address: the XML with its type, or 404. */
export async function feedResponse(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const xml = await getFeed(scope, format);
  if (xml === null) return noSuchFeed();
  return new Response(xml, { headers: { "Content-Type": feedContentTypes[format], "Cache-Control": "public, max-age=300" } });
}
