// Full-text search over live pieces, in PostgreSQL. Publication."searchVector" is a stored
// generated tsvector (title A, standfirst and author names B, body C) behind a GIN index,
// so the database keeps it current. Queries use websearch syntax ("a phrase", -word, or),
// which never raises a syntax error whatever the reader types.
import { z } from "zod";
import { db } from "./db";
import { Prisma } from "./generated/prisma/client";
import { listingsBySlug, PAGE_SIZE, type ListingItem, type Page } from "./publications";

const optionalSlug = z
  .string()
  .trim()
  .max(120)
  .optional()
  .transform((value) => value || undefined);

/** Query-string input as the search page receives it; anything malformed is dropped rather than refused. */
export const searchInput = z.object({
  // Long queries are cut rather than refused: the first 200 characters still say what is wanted.
  q: z.string().catch("").default("").transform((q) => q.trim().slice(0, 200).trim()),
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
  if (input.division) filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Division" d WHERE d."id" = p."divisionId" AND d."slug" = ${input.division})`);
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

  // Ranking reads every candidate's tsvector, so it is bounded: the newest CANDIDATES matches
  // are ranked (all of them for any but the commonest words), and counting stops just past
  // that bound. The planner walks the liveFrom index for common words and the GIN index for
  // rare ones; either way no query reads the whole archive.
  const [rows, counted] = await Promise.all([
    db.$queryRaw<{ slug: string; rank: number; titleHtml: string; snippet: string }[]>`
      SELECT p."slug", r."rank",
        ts_headline('english', ${clean(Prisma.sql`p."title"`)}, r.query, ${headlineOptions("HighlightAll=true")}) AS "titleHtml",
        ts_headline('english', ${clean(Prisma.sql`p."standfirst" || ' ' || p."bodyText"`)}, r.query,
          ${headlineOptions("MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=\" … \"")}) AS "snippet"
      FROM (
        SELECT c."articleId", c."publishedAt", c."slug", c.query, ts_rank_cd(${WEIGHTS}::float4[], c."searchVector", c.query)::float8 AS "rank"
        FROM (
          SELECT p."articleId", p."publishedAt", p."slug", p."searchVector", q.query
          FROM "Publication" p, ${query}
          WHERE ${where}
          ORDER BY p."liveFrom" DESC
          LIMIT ${CANDIDATES}
        ) c
        ORDER BY "rank" DESC, c."publishedAt" DESC, c."slug"
        LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
      ) r
      JOIN "Publication" p ON p."articleId" = r."articleId"
      ORDER BY r."rank" DESC, r."publishedAt" DESC, r."slug"`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM (SELECT 1 FROM "Publication" p, ${query} WHERE ${where} LIMIT ${CANDIDATES + 1}) hits`,
  ]);
  const total = counted[0]?.total ?? 0;
  const listings = await listingsBySlug(rows.map((r) => r.slug));
  const items = rows.flatMap((row) => {
    const listing = listings.get(row.slug);
    return listing ? [{ ...listing, rank: row.rank, titleHtml: highlight(row.titleHtml), snippetHtml: highlight(row.snippet) }] : [];
  });
  const shown = Math.min(total, CANDIDATES);
  return { prompt: false, items, total: shown, more: total > CANDIDATES, page, pages: Math.max(1, Math.ceil(shown / PAGE_SIZE)) };
}
