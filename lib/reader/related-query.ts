// The statement behind "Related reading" (./related.ts explains the choice), apart from the
// database client so the bench can EXPLAIN it on the archive (bench/explain.ts).
import "server-only";
import { Prisma } from "../generated/prisma/client";

/** How many pieces are shown: one row of cards on a wide screen. */
export const RELATED_COUNT = 3;
const MAX_SUBJECTS = 8;
const PER_SUBJECT = 30;
const TEXT_CANDIDATES = 200;
// As search weighs them (lib/reader/search.ts): a title match counts most.
const WEIGHTS = "{0.05, 0.2, 0.4, 1.0}";

/** The ids and scores of the best `count` related live pieces, best first. */
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
