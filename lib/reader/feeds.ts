// RSS 2.0 and Atom feeds of live pieces: the whole site, or one author, division, series or topic.
// Public data only; a publication is listed once its liveFrom has come.
import "server-only";
import { createHash } from "node:crypto";
import { XMLBuilder } from "fast-xml-parser";
import { db } from "../platform/db";
import type { Prisma } from "../generated/prisma/client";
import { stripControlCharacters } from "../platform/control-characters";
import { latest, publicAuthorWhere } from "./publications";
import { paths, urlOn, type FeedFormat, type FeedScope } from "../platform/paths";
import { getSiteSettings } from "../platform/site-settings";
import { publicTags } from "./cache";
import { DERIVED_READ_SECONDS, publicCacheControl } from "./cache/lifetimes";
import { mediaRefSelect } from "../media/refs";
import { cropHeight, cropUrl, CROPS } from "../media/urls";

// Full text of each piece: 20 keep a feed readers poll under 300 KB (30 made it 417 KB at bench size).
export const FEED_SIZE = 20;

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

export interface ResolvedScope {
  scope: FeedScope;
  /** Cache tags of the thing the feed is about, beside those of the pieces. */
  tags: string[];
  title: string;
  description: string;
  pagePath: string;
  where: Prisma.PublicationWhereInput;
}

/**
 * The author, division, series or topic a feed is about; null when the slug names nothing the public
 * may see. Divisions and topics are public structure (their pages show before anything is
 * filed under them); an author is public once they have a live piece, as for their page.
 */
async function resolveScope(scope: FeedScope, siteName: string): Promise<ResolvedScope | null> {
  switch (scope.kind) {
    case "site":
      return {
        scope,
        tags: [],
        title: `${siteName}: Commentaries`,
        description: `The latest commentaries from ${siteName}.`,
        pagePath: paths.home(),
        where: {},
      };
    case "author": {
      const author = await db.authorProfile.findFirst({ where: publicAuthorWhere(scope.slug), select: { id: true, displayName: true } });
      return author
        ? {
            scope,
            tags: [publicTags.author(author.id)],
            title: `${author.displayName} | ${siteName}`,
            description: `Commentaries by ${author.displayName}.`,
            pagePath: paths.author(scope.slug),
            where: { authors: { some: { authorId: author.id } } },
          }
        : null;
    }
    case "division": {
      const division = await db.division.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
      return division
        ? {
            scope,
            tags: [publicTags.division(division.id)],
            title: `${division.name} | ${siteName}`,
            description: `Commentaries from the ${division.name}.`,
            pagePath: paths.division(scope.slug),
            where: { divisionId: division.id },
          }
        : null;
    }
    case "series": {
      const series = await db.series.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
      return series
        ? {
            scope,
            tags: [publicTags.series(series.id)],
            title: `${series.name} | ${siteName}`,
            description: `Commentaries in the series ${series.name}.`,
            pagePath: paths.series(scope.slug),
            where: { seriesId: series.id },
          }
        : null;
    }
    case "topic": {
      const topic = await db.topic.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
      return topic
        ? {
            scope,
            tags: [publicTags.topic(topic.id)],
            title: `${topic.name} | ${siteName}`,
            description: `Commentaries on ${topic.name}.`,
            pagePath: paths.topic(scope.slug),
            where: { topics: { some: { topicId: topic.id } } },
          }
        : null;
    }
  }
}

// Plain text stays text: titles, standfirsts, names and topics reach a feed reader as the
// characters typed, never as markup (a title "<b>x</b>" shows those eight characters). Only
// the body, HTML the server rendered from validated rich text, is sent as HTML. The `feed`
// package could not do this (it sends every title and summary as HTML in CDATA, and leaves
// "<" unescaped in attributes), so the documents are written here and serialised by
// fast-xml-parser's builder, which escapes &, <, >, quotes and apostrophes everywhere.
const xml = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  format: true,
  suppressEmptyNode: true,
});

/** Text for an element whose content is HTML (RSS's description): escaped once as HTML, so readers show it as typed. */
const asHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function loadPieces(resolved: ResolvedScope) {
  return db.publication.findMany({
    where: { ...resolved.where, liveFrom: { lte: new Date() } },
    orderBy: { liveFrom: "desc" },
    take: FEED_SIZE,
    select: {
      articleId: true,
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
      leadImage: { select: mediaRefSelect },
    },
  });
}

/** What a feed says, in plain values; the same for RSS and Atom. */
export interface FeedData {
  self: { rss: string; atom: string };
  pageUrl: string;
  title: string;
  description: string;
  organisation: string;
  homeUrl: string;
  updated: Date;
  items: {
    /** What identifies the entry for good (`entryId`): the same across slug and site address changes. */
    id: string;
    url: string;
    title: string;
    standfirst: string;
    bodyHtml: string;
    published: Date;
    updated: Date;
    authors: { name: string; url: string }[];
    topics: string[];
    /** The lead image's social crop (a JPEG every reader takes), absolute; null without one. */
    image: FeedImage | null;
  }[];
}

export interface FeedImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

/** Text escaped for HTML content or a quoted attribute. */
const escapeHtml = (text: string) => asHtml(text).replace(/"/g, "&quot;");

/** The lead image as a figure opening an Atom entry's HTML content, as the article page shows it. */
function inlineFigure(image: FeedImage): string {
  const under = [image.caption, image.credit].filter(Boolean).map(escapeHtml).join(" ");
  return (
    `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}">` +
    `${under ? `<figcaption>${under}</figcaption>` : ""}</figure>`
  );
}

function atomDocument(feed: FeedData) {
  const text = (value: string) => ({ "@_type": "text", "#text": value });
  return {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      id: feed.pageUrl,
      title: text(feed.title),
      subtitle: text(feed.description),
      updated: feed.updated.toISOString(),
      link: [
        { "@_rel": "alternate", "@_href": feed.pageUrl },
        { "@_rel": "self", "@_href": feed.self.atom },
      ],
      rights: text(`© ${feed.organisation}`),
      author: { name: feed.organisation, uri: feed.homeUrl },
      entry: feed.items.map((item) => ({
        title: text(item.title),
        id: item.id,
        link: [
          { "@_rel": "alternate", "@_href": item.url },
          ...(item.image ? [{ "@_rel": "enclosure", "@_type": "image/jpeg", "@_href": item.image.url }] : []),
        ],
        updated: item.updated.toISOString(),
        published: item.published.toISOString(),
        ...(item.standfirst ? { summary: text(item.standfirst) } : {}),
        content: { "@_type": "html", "#text": item.image ? inlineFigure(item.image) + item.bodyHtml : item.bodyHtml },
        author: item.authors.map((a) => ({ name: a.name, uri: a.url })),
        category: item.topics.map((name) => ({ "@_term": name })),
      })),
    },
  };
}

function rssDocument(feed: FeedData) {
  return {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    rss: {
      "@_version": "2.0",
      "@_xmlns:atom": "http://www.w3.org/2005/Atom",
      "@_xmlns:content": "http://purl.org/rss/1.0/modules/content/",
      "@_xmlns:dc": "http://purl.org/dc/elements/1.1/",
      "@_xmlns:media": "http://search.yahoo.com/mrss/",
      channel: {
        title: feed.title,
        link: feed.pageUrl,
        description: feed.description,
        lastBuildDate: feed.updated.toUTCString(),
        docs: "https://validator.w3.org/feed/docs/rss2.html",
        language: "en",
        copyright: `© ${feed.organisation}`,
        "atom:link": { "@_href": feed.self.rss, "@_rel": "self", "@_type": "application/rss+xml" },
        item: feed.items.map((item) => ({
          // Plain text, escaped once for XML: the RSS Advisory Board's profile allows no markup in titles.
          title: item.title,
          link: item.url,
          guid: { "@_isPermaLink": "false", "#text": item.id },
          pubDate: item.published.toUTCString(),
          // RSS defines the description as HTML, so readers render it: the standfirst is escaped as HTML.
          description: asHtml(item.standfirst),
          "content:encoded": item.bodyHtml,
          // RSS's <author> must be an email address, which bylines do not have: names go in one dc:creator.
          "dc:creator": item.authors.map((a) => a.name).join(", "),
          category: item.topics,
          // Media RSS: the image readers show beside the item, with its alt text and credit.
          ...(item.image
            ? {
                "media:content": {
                  "@_url": item.image.url,
                  "@_type": "image/jpeg",
                  "@_medium": "image",
                  "@_width": item.image.width,
                  "@_height": item.image.height,
                  ...(item.image.alt ? { "media:description": { "@_type": "plain", "#text": item.image.alt } } : {}),
                  ...(item.image.credit ? { "media:credit": item.image.credit } : {}),
                },
              }
            : {}),
        })),
      },
    },
  };
}

const SOCIAL_WIDTH = CROPS.social.widths[0];

/**
 * A body's HTML with the site's own addresses made absolute: a feed reader shows it on another
 * site, where `/media/...` (figures' src and srcset) and `#fn-1` (footnote links) lead nowhere.
 * The HTML is the renderer's own, whose attributes are always double-quoted and escaped.
 */
export function absoluteBodyHtml(html: string, pieceUrl: string, url: (path: string) => string): string {
  // Site paths ("/media/..."), not protocol-relative addresses ("//elsewhere"), which are left as they are.
  const absolute = (value: string) => (value.startsWith("#") ? pieceUrl + value : /^\/(?!\/)/.test(value) ? url(value) : value);
  return html.replace(/ (src|href|srcset)="([^"]*)"/g, (_match, name: string, value: string) => {
    const rewritten =
      name === "srcset"
        ? value.replace(/(^|,\s*)(\S+)/g, (_m, lead: string, address: string) => lead + absolute(address))
        : absolute(value);
    return ` ${name}="${rewritten}"`;
  });
}

// A fixed namespace for the entry ids' name-based UUIDs (RFC 9562, version 5): this site's own.
const ENTRY_NAMESPACE = Buffer.from("5b1f0c6e9a7d4c2e8f3a6d1b2c4e7f90", "hex");

/**
 * A piece's feed entry id (RSS guid, Atom id): a `urn:uuid:` made from its article id alone, so
 * a new slug, a new version or a new site address never makes readers show the piece twice.
 */
export function entryId(articleId: string): string {
  const hash = createHash("sha1").update(ENTRY_NAMESPACE).update(`article:${articleId}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The feed's XML for a resolved scope. Uncached (lib/reader/cache/reads.ts keeps it). */
export async function renderFeed(resolved: ResolvedScope, format: FeedFormat): Promise<string> {
  const site = await getSiteSettings();
  const url = (path: string) => urlOn(site.baseUrl, path);
  const pieces = await loadPieces(resolved);
  const updatedOf = (p: (typeof pieces)[number]) =>
    latest(p.publishedAt, p.liveFrom, p.updatedAt, ...p.article.corrections.map((c) => c.createdAt));
  const feed: FeedData = {
    self: { rss: url(paths.feed(resolved.scope, "rss")), atom: url(paths.feed(resolved.scope, "atom")) },
    pageUrl: url(resolved.pagePath),
    title: resolved.title,
    description: resolved.description,
    organisation: site.organisation,
    homeUrl: url(paths.home()),
    updated: pieces.length ? latest(...pieces.map(updatedOf)) : site.updatedAt,
    items: pieces.map((piece) => ({
      id: entryId(piece.articleId),
      url: url(paths.piece(piece.slug)),
      title: piece.title,
      standfirst: piece.standfirst,
      bodyHtml: absoluteBodyHtml(piece.bodyHtml, url(paths.piece(piece.slug)), url),
      published: piece.publishedAt,
      updated: updatedOf(piece),
      authors: piece.authors.map(({ author }) => ({ name: author.displayName, url: url(paths.author(author.slug)) })),
      topics: piece.topics.map(({ topic }) => topic.name),
      image: piece.leadImage
        ? {
            url: url(cropUrl(piece.leadImage, "social", SOCIAL_WIDTH, "jpg")),
            width: SOCIAL_WIDTH,
            height: cropHeight("social", SOCIAL_WIDTH),
            alt: piece.leadImage.alt,
            caption: piece.leadImage.caption,
            credit: piece.leadImage.credit,
          }
        : null,
    })),
  };
  return writeFeed(format, feed);
}

/** The feed as well-formed XML, whatever its strings hold. */
export function writeFeed(format: FeedFormat, feed: FeedData): string {
  // Escaping cannot make a control character legal XML. Input refuses them (lib/platform/control-characters.ts), and
  // anything stored before that check, in any field, is dropped here.
  return stripControlCharacters(xml.build(format === "rss" ? rssDocument(feed) : atomDocument(feed)));
}

/** What a feed is about, or null when the slug names nothing the public may see. */
export async function resolveFeed(scope: FeedScope): Promise<ResolvedScope | null> {
  return resolveScope(scope, (await getSiteSettings()).siteName);
}

/** The feed's XML, or null when the author, division or topic does not exist. Uncached. */
export async function buildFeed(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  const resolved = await resolveFeed(scope);
  return resolved ? renderFeed(resolved, format) : null;
}

export const noSuchFeed = () => new Response("No such feed.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The HTTP answer for a feed address: its XML (from publicFeed) with its type, a permanent
 * redirect to where it moved (a former slug's feed), or 404 for none.
 */
export function feedResponse(xml: string | null, format: FeedFormat, movedTo: string | null = null): Response {
  if (xml === null && movedTo !== null) {
    return new Response(null, { status: 301, headers: { Location: movedTo, "Cache-Control": publicCacheControl(DERIVED_READ_SECONDS) } });
  }
  if (xml === null) return noSuchFeed();
  return new Response(xml, {
    headers: { "Content-Type": feedContentTypes[format], "Cache-Control": publicCacheControl(DERIVED_READ_SECONDS) },
  });
}
