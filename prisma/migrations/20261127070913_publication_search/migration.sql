-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "authorNames" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bodyText" TEXT NOT NULL DEFAULT '';

-- Fill the new columns for pieces published before this migration: byline names in order,
-- and the text of every text node of the body.
UPDATE "Publication" p SET
  "authorNames" = COALESCE((
    SELECT string_agg(a."displayName", ', ' ORDER BY pa."position")
    FROM "PublicationAuthor" pa JOIN "AuthorProfile" a ON a."id" = pa."authorId"
    WHERE pa."publicationId" = p."articleId"), ''),
  "bodyText" = COALESCE((
    SELECT string_agg(t #>> '{}', ' ')
    FROM jsonb_path_query(p."body", 'strict $.**.text') AS t), '');

-- Full-text search: a stored generated tsvector that the database keeps current on every
-- write (title A, standfirst and byline B, body C), searched through a GIN index.
ALTER TABLE "Publication" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "standfirst"), 'B') ||
  setweight(to_tsvector('english'::regconfig, "authorNames"), 'B') ||
  setweight(to_tsvector('english'::regconfig, "bodyText"), 'C')
) STORED;

CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");
