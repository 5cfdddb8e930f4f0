// "Related reading" under a piece: a few other live pieces that share its topics, its authors or
// its words. It is part of the piece's page, so it is rendered once and cached with the page
// (publicRelated in ./cache/reads.ts).
//
// Bounded at any archive size: candidates come only from index ranges with a LIMIT each, and
// only those are scored.
// - Topics and authors: for each of the piece's topics and authors (at most MAX_SUBJECTS each),
//   its newest PER_SUBJECT live pieces, one range of the link table's (topic|author, publishedAt)
//   index, as the collection pages read it.
// - Words: the piece's own title and standfirst, as the search column's lexemes, ORed into one
//   query; the newest TEXT_CANDIDATES live matches (the GIN index for rare words, the liveFrom
//   index for common ones, as search does).
// Each candidate scores its shared topics (1 each), shared authors (0.6 each: a writer's other
// pieces are often on other subjects) and its text rank against the query, scaled to 0..2, so a
// close match in words counts about as much as two shared topics; ties go to the newer piece.
// The candidates are at most MAX_SUBJECTS x PER_SUBJECT x 2 + TEXT_CANDIDATES rows, whatever the
// archive holds. Never the piece itself; never a piece that is not live (each range tests liveFrom).
import "server-only";
import { db } from "../platform/db";
import { Prisma } from "../generated/prisma/client";
import { listingSelect, toListingItem, type ListingItem } from "./publications";

/** How many pieces are shown: one row of cards on a wide screen. */
export const RELATED_COUNT = 3;
const MAX_SUBJECTS = 8;
const PER_SUBJECT = 30;
const TEXT_CANDIDATES = 200;
// As search weighs them (lib/reader/search.ts): a title match counts most.
const WEIGHTS = "{0.05, 0.2, 0.4, 1.0}";

/** The statement, apart so the bench can EXPLAIN it (bench/explain.ts). */
export const relatedQuery = (slug: string, count = RELATED_COUNT) => Prisma.sql`
  WITH me AS (
    SELECT p."articleId",
      -- The piece's own words, as the search column stems them, ORed: any one of them makes a candidate.
      (SELECT to_tsquery('simple', string_agg(quote_literal(w.lexeme), ' | '))
        FROM unnest(to_tsvector('english', p."title" || ' ' || p."standfirst")) w
        WHERE w.lexeme !~ '[''\\\\]') AS query
    FROM "Publication" p WHERE p."slug" = ${slug} AND p."liveFrom" <= now()
  ), topics AS (
    SELECT pt."topicId" FROM "PublicationTopic" pt, me WHERE pt."publicationId" = me."articleId" LIMIT ${MAX_SUBJECTS}
  ), authors AS (
    SELECT pa."authorId" FROM "PublicationAuthor" pa, me WHERE pa."publicationId" = me."articleId" LIMIT ${MAX_SUBJECTS}
  ), candidates AS (
    SELECT t.id FROM topics, LATERAL (
      SELECT x."publicationId" AS id FROM "PublicationTopic" x
      WHERE x."topicId" = topics."topicId" AND x."liveFrom" <= now()
      ORDER BY x."publishedAt" DESC, x."publicationId" DESC LIMIT ${PER_SUBJECT}) t
    UNION
    SELECT a.id FROM authors, LATERAL (
      SELECT x."publicationId" AS id FROM "PublicationAuthor" x
      WHERE x."authorId" = authors."authorId" AND x."liveFrom" <= now()
      ORDER BY x."publishedAt" DESC, x."publicationId" DESC LIMIT ${PER_SUBJECT}) a
    UNION
    SELECT w.id FROM (
      SELECT p."articleId" AS id FROM "Publication" p, me
      WHERE me.query IS NOT NULL AND p."searchVector" @@ me.query AND p."liveFrom" <= now()
      ORDER BY p."liveFrom" DESC LIMIT ${TEXT_CANDIDATES}) w
  )
  SELECT p."articleId" AS id,
    (SELECT count(*) FROM "PublicationTopic" x WHERE x."publicationId" = p."articleId" AND x."topicId" IN (SELECT "topicId" FROM topics))
      + 0.6 * (SELECT count(*) FROM "PublicationAuthor" x WHERE x."publicationId" = p."articleId" AND x."authorId" IN (SELECT "authorId" FROM authors))
      + 2 * COALESCE(ts_rank_cd(${WEIGHTS}::float4[], p."searchVector", me.query, 32), 0) AS score
  FROM candidates c JOIN "Publication" p ON p."articleId" = c.id, me
  WHERE p."articleId" <> me."articleId" AND p."liveFrom" <= now()
  ORDER BY score DESC, p."publishedAt" DESC, p."articleId" DESC
  LIMIT ${count}`;

/** Up to RELATED_COUNT live pieces related to the live piece `slug`, best first, as listing cards; [] when none or not live. */
export async function listRelatedPieces(slug: string): Promise<ListingItem[]> {
  const ranked = await db.$queryRaw<{ id: string; score: number }[]>(relatedQuery(slug));
  if (ranked.length === 0) return [];
  const rows = await db.publication.findMany({
    where: { articleId: { in: ranked.map((r) => r.id) }, liveFrom: { lte: new Date() } },
    select: { articleId: true, ...listingSelect },
  });
  const byId = new Map(rows.map((row) => [row.articleId, row]));
  return ranked.flatMap((r) => {
    const row = byId.get(r.id);
    return row ? [toListingItem(row)] : [];
  });
}
