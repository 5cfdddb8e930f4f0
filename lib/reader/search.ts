// Full-text search over live pieces, in PostgreSQL. Publication."searchVector" is a stored
// generated tsvector (title A, standfirst and author names B, body C) behind a GIN index,
// so the database keeps it current. Queries use websearch syntax ("a phrase", -word, or),
// which never raises a syntax error whatever the reader types.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { stripControlCharacters } from "../platform/control-characters";
import { slugPattern } from "../platform/slugs";
import { Prisma } from "../generated/prisma/client";
import { mediaRefJson, PAGE_SIZE, type ListingItem, type Page } from "./publications";

// The production server refuses an address carrying a NUL (lib/platform/http/request-refusals.ts);
// whatever reaches this otherwise (`next dev`, a caller in code) still cannot carry one to
// PostgreSQL, which fails the whole query on it: the query drops such characters, a filter that
// is no slug is dropped.
const optionalSlug = z
  .string()
  .trim()
  .max(120)
  .regex(slugPattern)
  .optional()
  .or(z.literal(""))
  .transform((value) => value || undefined);

/** Query-string input as the search page receives it; anything malformed is dropped rather than refused. */
export const searchInput = z.object({
  // Long queries are cut rather than refused: the first 200 characters still say what is wanted.
  q: z
    .string()
    .catch("")
    .default("")
    .transform((q) => stripControlCharacters(q).trim().slice(0, 200).trim()),
  division: optionalSlug.catch(undefined),
  topic: optionalSlug.catch(undefined),
  author: optionalSlug.catch(undefined),
  year: z.coerce.number().int().min(1900).max(2999).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type SearchInput = z.output<typeof searchInput>;

export interface SearchHit extends ListingItem {
  /** Escaped HTML in which only the matches are wrapped in <mark>. */
  titleHtml: string;
  snippetHtml: string;
  rank: number;
}

/** How many matches are ranked and counted at most; `more` says there were others. */
export const CANDIDATES = 1000;

/**
 * Characters of a piece's opening searched first for the snippet (see the query): the standfirst
 * and two or three paragraphs. ts_headline's cost grows with the text it parses, and it was most
 * of the statement's time: 1,500 characters took 12 results' snippets from about 40 ms to 15.
 */
const OPENING = 1500;

export type SearchResult = { prompt: true } | ({ prompt: false; more: boolean } & Page<SearchHit>);

// ts_headline marks matches with these; they are removed from the text first, so any that
// come back were put there by ts_headline and nothing else.
const START = "\u0002";
const STOP = "\u0003";
const headlineOptions = (extra: string) => `StartSel=${START}, StopSel=${STOP}, ${extra}`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Escapes everything, then turns the sentinels (and only them) into <mark>. */
export function highlight(text: string): string {
  return escapeHtml(text).split(START).join("<mark>").split(STOP).join("</mark>");
}

// Weights for {D, C, B, A}: a title hit counts five times a body hit.
const WEIGHTS = "{0.05, 0.2, 0.4, 1.0}";

/** Ranked, highlighted, filtered and paginated live pieces matching `input.q`; an empty query asks for one. */
export async function searchPublications(raw: unknown, timeZone = "UTC"): Promise<SearchResult> {
  const input = searchInput.parse(raw ?? {});
  if (!input.q) return { prompt: true };
  const page = input.page;

  const filters: Prisma.Sql[] = [Prisma.sql`p."liveFrom" <= now()`, Prisma.sql`p."searchVector" @@ q.query`];
  if (input.division)
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Division" d WHERE d."id" = p."divisionId" AND d."slug" = ${input.division})`);
  if (input.topic) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "PublicationTopic" pt JOIN "Topic" t ON t."id" = pt."topicId"
      WHERE pt."publicationId" = p."articleId" AND t."slug" = ${input.topic})`);
  }
  if (input.author) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "PublicationAuthor" pa JOIN "AuthorProfile" a ON a."id" = pa."authorId"
      WHERE pa."publicationId" = p."articleId" AND a."slug" = ${input.author})`);
  }
  if (input.year) filters.push(Prisma.sql`EXTRACT(YEAR FROM p."publishedAt" AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone}) = ${input.year}`);
  const where = Prisma.join(filters, " AND ");
  const query = Prisma.sql`(SELECT websearch_to_tsquery('english', ${input.q}) AS query) q`;
  const clean = (column: Prisma.Sql) => Prisma.sql`translate(${column}, ${START + STOP}, '')`;
  const text = Prisma.sql`p."standfirst" || ' ' || p."bodyText"`;
  const snippet = (source: Prisma.Sql) =>
    Prisma.sql`ts_headline('english', ${clean(source)}, r.query, ${headlineOptions('MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "')})`;

  // Ranking reads every candidate's tsvector, so it is bounded: the newest CANDIDATES matches
  // (all of them for any but the commonest words) are ranked and counted, in one statement
  // that also brings each hit's card (division, byline): a results page is one round trip.
  // The planner walks the liveFrom index for common words and the GIN index for rare ones;
  // either way no query reads the whole archive. ts_headline parses all the text it is given,
  // so the snippet is looked for in the opening of the piece, and in the whole of it only
  // when the opening has no match.
  const [found] = await db.$queryRaw<
    { total: number; rows: (ListingItem & { rank: number; titleHtml: string; snippet: string })[] | null }[]
  >`
    WITH c AS MATERIALIZED (
      SELECT p."articleId", p."publishedAt", p."slug", p."searchVector", q.query
      FROM "Publication" p, ${query}
      WHERE ${where}
      ORDER BY p."liveFrom" DESC
      LIMIT ${CANDIDATES + 1}
    ), r AS (
      SELECT c."articleId", c."publishedAt", c."slug", c.query, ts_rank_cd(${WEIGHTS}::float4[], c."searchVector", c.query)::float8 AS "rank"
      FROM c
      ORDER BY "rank" DESC, c."publishedAt" DESC, c."slug"
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    ), hits AS (
      SELECT r."slug", r."rank", r."publishedAt", p."title", p."standfirst",
        (SELECT json_build_object('slug', d."slug", 'name', d."name") FROM "Division" d WHERE d."id" = p."divisionId") AS "division",
        COALESCE((SELECT json_agg(json_build_object('slug', a."slug", 'displayName', a."displayName") ORDER BY pa."position")
          FROM "PublicationAuthor" pa JOIN "AuthorProfile" a ON a."id" = pa."authorId" WHERE pa."publicationId" = p."articleId"), '[]') AS "authors",
        ${mediaRefJson(Prisma.sql`p."leadImageId"`)} AS "leadImage",
        ts_headline('english', ${clean(Prisma.sql`p."title"`)}, r.query, ${headlineOptions("HighlightAll=true")}) AS "titleHtml",
        CASE WHEN strpos(o.opening, ${START}) > 0 THEN o.opening ELSE ${snippet(text)} END AS "snippet"
      FROM r JOIN "Publication" p ON p."articleId" = r."articleId"
      CROSS JOIN LATERAL (SELECT ${snippet(Prisma.sql`left(${text}, ${OPENING})`)} AS opening) o
    )
    SELECT (SELECT count(*)::int FROM c) AS total,
      (SELECT json_agg(json_build_object('slug', h."slug", 'rank', h."rank", 'titleHtml', h."titleHtml", 'snippet', h."snippet",
          'title', h."title", 'standfirst', h."standfirst", 'division', h."division", 'authors', h."authors", 'leadImage', h."leadImage",
          'publishedAt', to_char(h."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        ORDER BY h."rank" DESC, h."publishedAt" DESC, h."slug") FROM hits h) AS rows`;
  const rows = found?.rows ?? [];
  const total = found?.total ?? 0;
  const items = rows.map(({ titleHtml, snippet, ...listing }) => ({
    ...listing,
    titleHtml: highlight(titleHtml),
    snippetHtml: highlight(snippet),
  }));
  const shown = Math.min(total, CANDIDATES);
  return { prompt: false, items, total: shown, more: total > CANDIDATES, page, pages: Math.max(1, Math.ceil(shown / PAGE_SIZE)) };
}
