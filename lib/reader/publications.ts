// Publications are what the public reads: a copy of a piece as of the revision that was
// published, rendered to HTML once. Only the workflow (and the seed) writes them.
// The public reads below return plain, JSON-safe data (dates as ISO strings) so that
// lib/reader/cache can keep them in Next's data cache unchanged.
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { LRUCache } from "lru-cache";
import { db, type Tx } from "../platform/db";
import { countWords, pieceMediaIds, plainText, renderRichText } from "../content";
import { renderBodyHtml } from "../media/body-html";
import { Prisma } from "../generated/prisma/client";
import { mediaRefSelect } from "../media/refs";
import type { MediaRef } from "../media/urls";
import { keepPublicSlug } from "./legacy-paths";
import { orcidUrl, storedLinks, type AuthorLink } from "../admin/author-identity";

/** SiteSettings.defaultLicence's column default, for a site that has not saved its settings. */
const DEFAULT_LICENCE = "CC-BY-ND-4.0";

/** Makes the article's current working copy, saved as `revisionId`, its public version from `liveFrom`. */
export async function writePublication(tx: Tx, articleId: string, revisionId: string, liveFrom: Date) {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { authors: { orderBy: { position: "asc" }, include: { author: { select: { displayName: true } } } }, topics: true },
  });
  const body = article.body as JSONContent;
  const bodyText = plainText(body, { footnotes: true });
  const data = {
    revisionId,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    body: article.body as object,
    bodyHtml: await renderBodyHtml(body, tx),
    bodyText,
    authorNames: article.authors.map((a) => a.author.displayName).join(", "),
    wordCount: countWords(plainText(body)),
    divisionId: article.divisionId,
    seriesId: article.seriesId,
    disclaimerId: article.disclaimerId,
    leadImageId: article.leadImageId,
    mediaIds: pieceMediaIds(article.leadImageId, body),
    // Resolved now: changing the site's default later does not relicense what was published.
    licence:
      article.licence ??
      (await tx.siteSettings.findUnique({ where: { id: 1 }, select: { defaultLicence: true } }))?.defaultLicence ??
      DEFAULT_LICENCE,
    firstPublishedIn: article.firstPublishedIn,
    canonicalUrl: article.canonicalUrl,
    publishedAt: article.publishedAt ?? liveFrom,
    liveFrom,
  };
  const before = await tx.publication.findUnique({ where: { articleId }, select: { slug: true } });
  await keepPublicSlug(tx, articleId, before?.slug ?? null, data.slug);
  await tx.publication.upsert({ where: { articleId }, create: { articleId, ...data }, update: data });
  // The links carry both times (the listings' order and live test): see their model.
  const { publishedAt } = data;
  await tx.publicationAuthor.deleteMany({ where: { publicationId: articleId } });
  await tx.publicationTopic.deleteMany({ where: { publicationId: articleId } });
  await tx.publicationAuthor.createMany({
    data: article.authors.map((a) => ({ publicationId: articleId, authorId: a.authorId, position: a.position, publishedAt, liveFrom })),
  });
  await tx.publicationTopic.createMany({
    data: article.topics.map((t) => ({ publicationId: articleId, topicId: t.topicId, publishedAt, liveFrom })),
  });
}

/** Search covers byline names, copied into each publication: rewrite them when an author is renamed. */
export async function refreshAuthorNames(tx: Tx, authorId: string) {
  await tx.$executeRaw`
    UPDATE "Publication" p SET "authorNames" = (
      SELECT string_agg(a."displayName", ', ' ORDER BY pa."position")
      FROM "PublicationAuthor" pa JOIN "AuthorProfile" a ON a."id" = pa."authorId"
      WHERE pa."publicationId" = p."articleId")
    WHERE p."articleId" IN (SELECT "publicationId" FROM "PublicationAuthor" WHERE "authorId" = ${authorId})`;
}

export async function removePublication(tx: Tx, articleId: string) {
  await tx.publication.deleteMany({ where: { articleId } });
}

// ---- Public reads. A piece is public while it has a publication whose time has come.

export const PAGE_SIZE = 12;

const liveNow = (): Prisma.PublicationWhereInput => ({ liveFrom: { lte: new Date() } });

export const listingSelect = {
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  division: { select: { slug: true, name: true } },
  authors: { orderBy: { position: "asc" as const }, select: { author: { select: { slug: true, displayName: true } } } },
  // Loaded with the page's rows in one query for all its cards, not one per card.
  leadImage: { select: mediaRefSelect },
} satisfies Prisma.PublicationSelect;

type ListingRow = Prisma.PublicationGetPayload<{ select: typeof listingSelect }>;

export interface ListingItem {
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: string;
  division: { slug: string; name: string } | null;
  authors: { slug: string; displayName: string }[];
  leadImage: MediaRef | null;
}

export const toListingItem = (row: ListingRow): ListingItem => ({
  slug: row.slug,
  title: row.title,
  standfirst: row.standfirst,
  publishedAt: row.publishedAt.toISOString(),
  division: row.division,
  authors: row.authors.map((a) => a.author),
  leadImage: row.leadImage,
});

/** A page of search results (lib/reader/search.ts); listings page by cursor (./listings.ts). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

export interface Named {
  id: string;
  slug: string;
  name: string;
}

/** Divisions, series and topics: public structure, shown even before anything is filed under them. */
export async function getPublicDivision(slug: string): Promise<(Named & { description: string }) | null> {
  return db.division.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
}

export async function getPublicSeries(slug: string): Promise<(Named & { description: string; issn: string }) | null> {
  return db.series.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true, issn: true } });
}

export async function getPublicTopic(slug: string): Promise<Named | null> {
  return db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}

/** What the home page and search can be filtered by. Authors and years only count live pieces. */
export async function listFilterOptions(timeZone: string) {
  const [divisions, topics, authors, years] = await Promise.all([
    db.division.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
    db.authorProfile.findMany({
      where: { publications: { some: { publication: liveNow() } } },
      orderBy: { displayName: "asc" },
      select: { slug: true, displayName: true },
    }),
    db.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT EXTRACT(YEAR FROM "publishedAt" AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone})::int AS year
      FROM "Publication" WHERE "liveFrom" <= now() ORDER BY year DESC`,
  ]);
  return { divisions, topics, authors, years: years.map((y) => y.year) };
}

export interface PublicAuthorProfile {
  id: string;
  slug: string;
  displayName: string;
  position: string;
  affiliation: string;
  focus: string;
  bioHtml: string;
  portrait: MediaRef | null;
  /** The bare iD ("0000-0002-1825-0097") and its orcid.org address; "" and null when none. */
  orcid: string;
  orcidUrl: string | null;
  /** Their pages elsewhere, in the editors' order. */
  links: AuthorLink[];
}

const authorSelect = {
  id: true,
  slug: true,
  displayName: true,
  position: true,
  affiliation: true,
  focus: true,
  bio: true,
  orcid: true,
  links: true,
  portrait: { select: mediaRefSelect },
} satisfies Prisma.AuthorProfileSelect;
type AuthorRow = Prisma.AuthorProfileGetPayload<{ select: typeof authorSelect }>;

// Bios and disclaimers are short texts printed under thousands of pieces: rendering them again
// for every page took as long as the page's queries. Each text is rendered once and kept
// (bounded; keyed by the text itself, so an edited text is simply a new entry).
const renderedProse = new LRUCache<string, string>({
  max: 5000,
  maxSize: 16 * 1024 * 1024,
  sizeCalculation: (html, key) => html.length + key.length,
});

function renderProse(doc: unknown): string {
  const key = JSON.stringify(doc);
  let html = renderedProse.get(key);
  if (html === undefined) renderedProse.set(key, (html = renderRichText("prose", doc as JSONContent)));
  return html;
}

const toPublicAuthor = ({ bio, links, ...author }: AuthorRow): PublicAuthorProfile => ({
  ...author,
  bioHtml: renderProse(bio),
  orcidUrl: author.orcid ? orcidUrl(author.orcid) : null,
  links: storedLinks(links),
});

/**
 * Which author is public: one with a live piece, so no one learns of a writer with only
 * drafts. Their page and their feeds both follow it.
 */
export const publicAuthorWhere = (slug: string): Prisma.AuthorProfileWhereInput => ({
  slug,
  publications: { some: { publication: liveNow() } },
});

/** An author's public profile; null until they have a live piece. */
export async function getPublicAuthor(slug: string): Promise<PublicAuthorProfile | null> {
  const author = await db.authorProfile.findFirst({ where: publicAuthorWhere(slug), select: authorSelect });
  return author ? toPublicAuthor(author) : null;
}

/** A piece as the reader layout shows it: the live publication, or a working copy in preview. */
export interface PieceView {
  articleId: string;
  slug: string;
  title: string;
  standfirst: string;
  bodyHtml: string;
  wordCount: number;
  /** First publication; null for a piece never published (a preview). */
  publishedAt: string | null;
  division: Named | null;
  series: Named | null;
  /** The piece's own disclaimer, else its series' default, rendered. */
  disclaimerHtml: string | null;
  disclaimerId: string | null;
  authors: PublicAuthorProfile[];
  topics: Named[];
  corrections: { id: string; body: string; createdAt: string }[];
  leadImage: MediaRef | null;
}

const named = { select: { id: true, slug: true, name: true } } as const;

export const pieceInclude = {
  division: named,
  series: { select: { id: true, slug: true, name: true, defaultDisclaimer: { select: { id: true, body: true } } } },
  disclaimer: { select: { id: true, body: true } },
  leadImage: { select: mediaRefSelect },
  authors: { orderBy: { position: "asc" }, select: { author: { select: authorSelect } } },
  topics: { orderBy: { topic: { name: "asc" } }, select: { topic: named } },
} as const;

type PieceParts = {
  division: Named | null;
  series: (Named & { defaultDisclaimer: { id: string; body: unknown } | null }) | null;
  disclaimer: { id: string; body: unknown } | null;
  authors: { author: AuthorRow }[];
  topics: { topic: Named }[];
  leadImage: MediaRef | null;
};

/** The parts every piece view shares, from a publication or an article loaded with `pieceInclude`. */
export function pieceParts(row: PieceParts) {
  const disclaimer = row.disclaimer ?? row.series?.defaultDisclaimer ?? null;
  return {
    division: row.division,
    series: row.series ? { id: row.series.id, slug: row.series.slug, name: row.series.name } : null,
    disclaimerHtml: disclaimer ? renderProse(disclaimer.body) : null,
    disclaimerId: disclaimer?.id ?? null,
    authors: row.authors.map((a) => toPublicAuthor(a.author)),
    topics: row.topics.map((t) => t.topic),
    leadImage: row.leadImage,
  };
}

/** What makes a live piece citable: its series number and ISSN, DOI, licence and provenance. */
export interface PieceIdentity {
  /** "ISI Commentaries No. 2024/017"; null when its series does not number pieces. */
  seriesNumber: string | null;
  /** The series' ISSN ("2345-6789"); empty when none. */
  issn: string;
  doi: string | null;
  /** A key of ./licences.ts as published ("" for all rights reserved). */
  licence: string;
  /** "The Straits Times, 3 June 2024"; empty for a piece first published here. */
  firstPublishedIn: string;
  /** Where the piece was first published, named as canonical; empty: this site's page. */
  canonicalUrl: string;
}

/** A live piece: what its page shows, and when it last changed (for its metadata and citations). */
export interface LivePiece extends PieceView {
  publishedAt: string;
  /** The latest of its first publication, this version going live, its last rewrite and its last correction. */
  modifiedAt: string;
  identity: PieceIdentity;
}

type LivePieceRow = PieceParts & {
  articleId: string;
  slug: string;
  title: string;
  standfirst: string;
  bodyHtml: string;
  wordCount: number;
  publishedAt: Date;
  liveFrom: Date;
  updatedAt: Date;
  corrections: { id: string; body: string; createdAt: string }[];
  // The number and DOI are the piece's identity, kept on the article (not copied per version).
  seriesNumber: string | null;
  doi: string | null;
  issn: string | null;
  licence: string;
  firstPublishedIn: string;
  canonicalUrl: string;
};

// Related rows nest as JSON; their timestamps (UTC, without a zone in the column) are written
// as ISO strings, as the cached reads hand every date back.
const isoOf = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** An image's MediaRef as JSON (null when there is none). */
export const mediaRefJson = (id: Prisma.Sql) =>
  Prisma.sql`(SELECT json_build_object('id', m."id", 'rev', m."rev", 'width', m."width", 'height', m."height", 'alt', m."alt",
    'caption', m."caption", 'credit', m."credit", 'focalX', m."focalX", 'focalY', m."focalY") FROM "MediaAsset" m WHERE m."id" = ${id})`;
const disclaimerJson = (id: Prisma.Sql) =>
  Prisma.sql`(SELECT json_build_object('id', x."id", 'body', x."body") FROM "Disclaimer" x WHERE x."id" = ${id})`;

/**
 * A live piece, in one statement: a cold page costs one round trip and no more rows than it
 * shows (not the stored body JSON or search text), where the relation-by-relation load took ten.
 */
export async function getLivePublication(slug: string): Promise<LivePiece | null> {
  const [row] = await db.$queryRaw<LivePieceRow[]>`
    SELECT p."articleId", p."slug", p."title", p."standfirst", p."bodyHtml", p."wordCount", p."publishedAt", p."liveFrom", p."updatedAt",
      p."licence", p."firstPublishedIn", p."canonicalUrl",
      (SELECT ar."seriesNumber" FROM "Article" ar WHERE ar."id" = p."articleId") AS "seriesNumber",
      (SELECT ar."doi" FROM "Article" ar WHERE ar."id" = p."articleId") AS "doi",
      (SELECT s."issn" FROM "Series" s WHERE s."id" = p."seriesId") AS "issn",
      (SELECT json_build_object('id', d."id", 'slug', d."slug", 'name', d."name") FROM "Division" d WHERE d."id" = p."divisionId") AS "division",
      (SELECT json_build_object('id', s."id", 'slug', s."slug", 'name', s."name", 'defaultDisclaimer', ${disclaimerJson(Prisma.sql`s."defaultDisclaimerId"`)})
        FROM "Series" s WHERE s."id" = p."seriesId") AS "series",
      ${disclaimerJson(Prisma.sql`p."disclaimerId"`)} AS "disclaimer",
      ${mediaRefJson(Prisma.sql`p."leadImageId"`)} AS "leadImage",
      COALESCE((SELECT json_agg(json_build_object('author', json_build_object('id', a."id", 'slug', a."slug", 'displayName', a."displayName",
          'position', a."position", 'affiliation', a."affiliation", 'focus', a."focus", 'bio', a."bio", 'orcid', a."orcid", 'links', a."links",
          'portrait', ${mediaRefJson(Prisma.sql`a."portraitId"`)})) ORDER BY pa."position")
        FROM "PublicationAuthor" pa JOIN "AuthorProfile" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."articleId"), '[]') AS "authors",
      COALESCE((SELECT json_agg(json_build_object('topic', json_build_object('id', t."id", 'slug', t."slug", 'name', t."name")) ORDER BY t."name")
        FROM "PublicationTopic" pt JOIN "Topic" t ON t."id" = pt."topicId" WHERE pt."publicationId" = p."articleId"), '[]') AS "topics",
      COALESCE((SELECT json_agg(json_build_object('id', c."id", 'body', c."body", 'createdAt', ${isoOf(Prisma.sql`c."createdAt"`)}) ORDER BY c."createdAt")
        FROM "Correction" c WHERE c."articleId" = p."articleId"), '[]') AS "corrections"
    FROM "Publication" p
    WHERE p."slug" = ${slug} AND p."liveFrom" <= ${new Date()}`;
  if (!row) return null;
  const lastCorrection = row.corrections.at(-1)?.createdAt;
  return {
    articleId: row.articleId,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    wordCount: row.wordCount,
    publishedAt: row.publishedAt.toISOString(),
    modifiedAt: latest(row.publishedAt, row.liveFrom, row.updatedAt, ...(lastCorrection ? [new Date(lastCorrection)] : [])).toISOString(),
    ...pieceParts(row),
    corrections: row.corrections,
    identity: {
      seriesNumber: row.seriesNumber,
      issn: row.issn ?? "",
      doi: row.doi,
      licence: row.licence,
      firstPublishedIn: row.firstPublishedIn,
      canonicalUrl: row.canonicalUrl,
    },
  };
}

/** The latest of the given instants (first publication, new versions, corrections). */
export const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));
