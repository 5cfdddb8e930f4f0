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
import { listingSelect, toListingItem, type ListingItem } from "./publications";
import { relatedQuery } from "./related-query";

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
