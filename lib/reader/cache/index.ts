// The public cache's contract: the tags cached reads carry and `refreshPublic`, which expires
// them after a change. This folder is the one place that names a tag, a lifetime
// (./lifetimes.ts) or a cached read (./reads.ts); nothing else calls unstable_cache or
// revalidateTag (lint allows next/cache in lib/ domain modules only here).
//
// Tags:
//   "publications"          the set or content of live pieces (every public page carries it)
//   "publication:<slug>"    one piece's page
//   "author:<id>", "division:<id>", "series:<id>", "topic:<id>", "disclaimer:<id>"
//                           something a page shows about that thing changed
//   "site"                  the site's settings (name, address, labels), embedded in feeds,
//                           the sitemap and piece facts; every page shows them (refreshWholeSite)
// A refresh expires the entries at once (revalidateTag with { expire: 0 }), so the next
// request renders afresh: after unpublishing, the piece is gone on the very next request.
import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db } from "../../platform/db";
import { bumpPublicGeneration } from "../../platform/public-generation";
import { LISTINGS, publicTags, withdrawnBy } from "./tags";

export { listingTags, publicTags } from "./tags";

export interface PieceRefs {
  slug: string;
  divisionId: string | null;
  seriesId: string | null;
  disclaimerId: string | null;
  authorIds: readonly string[];
  topicIds: readonly string[];
}

/** The tags of the pages that show a piece with these references. */
export function tagsForPiece(piece: PieceRefs): string[] {
  return [
    publicTags.publications,
    publicTags.publication(piece.slug),
    ...(piece.divisionId ? [publicTags.division(piece.divisionId)] : []),
    ...(piece.seriesId ? [publicTags.series(piece.seriesId)] : []),
    ...(piece.disclaimerId ? [publicTags.disclaimer(piece.disclaimerId)] : []),
    ...piece.authorIds.map(publicTags.author),
    ...piece.topicIds.map(publicTags.topic),
  ];
}

const refsSelect = {
  slug: true,
  divisionId: true,
  seriesId: true,
  disclaimerId: true,
  authors: { select: { authorId: true } },
  topics: { select: { topicId: true } },
} as const;

/** The tags of every public page that shows the piece, as published now (its live copy) or as it will be. */
export async function tagsForArticle(articleId: string): Promise<string[]> {
  const [publication, article] = await Promise.all([
    db.publication.findUnique({ where: { articleId }, select: refsSelect }),
    db.article.findUnique({ where: { id: articleId }, select: refsSelect }),
  ]);
  const tags = [publication, article].flatMap((row) =>
    row ? tagsForPiece({ ...row, authorIds: row.authors.map((a) => a.authorId), topicIds: row.topics.map((t) => t.topicId) }) : [],
  );
  return [...new Set([publicTags.publications, ...tags])];
}

/**
 * Expires the cached public pages carrying these tags. Call it after the change has been
 * committed, from a server action or route handler (Next needs the request's context).
 */
export function refreshPublic(tags: readonly string[]) {
  const all = new Set(tags);
  // Listings show authors' names, divisions and topics, but do not carry each one's tag.
  if (tags.some((tag) => /^(author|division|topic|series):/.test(tag))) all.add(LISTINGS);
  for (const tag of all) revalidateTag(tag, { expire: 0 });
  // The caches outside Next's keep no tags: any change empties them (changes are rare, refills cheap),
  // and the last good copies kept for outages lose what the change may have withdrawn (./tags.ts).
  // Other instances do the same when cache-handler.mjs announces the tags (scripts/server.ts).
  bumpPublicGeneration(withdrawnBy([...all]) ?? "everything");
}

/**
 * Expires every public page, feed, sitemap and citation: after the site's settings change (its
 * name, address or labels are on all of them). The root layout's path reaches pages that carry no
 * tag of their own; the tags reach the cached reads that embed the settings, and, announced by
 * cache-handler.mjs, make every other instance empty its response cache too (./tags.ts).
 */
export function refreshWholeSite() {
  revalidatePath("/", "layout");
  refreshPublic([publicTags.site, publicTags.publications, LISTINGS]);
}

/** The tags of a live piece's page: its own, and those of everything it shows. */
export async function liveTagsOf(slug: string): Promise<string[]> {
  const publication = await db.publication.findFirst({ where: { slug, liveFrom: { lte: new Date() } }, select: refsSelect });
  if (!publication) return [publicTags.publications, publicTags.publication(slug)];
  return tagsForPiece({
    ...publication,
    authorIds: publication.authors.map((a) => a.authorId),
    topicIds: publication.topics.map((t) => t.topicId),
  });
}
