// Revisions: an immutable snapshot of a piece, written on every save and transition.
import type { Tx } from "./db";

/** Snapshots the article as it is now in `tx`, numbered with its current version. */
export async function snapshotArticle(tx: Tx, articleId: string, kind: string, userId: string | null, reason?: string) {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { authors: { orderBy: { position: "asc" } }, topics: true },
  });
  return tx.revision.create({
    data: {
      articleId,
      number: article.version,
      title: article.title,
      standfirst: article.standfirst,
      body: article.body as object,
      meta: {
        slug: article.slug,
        authorIds: article.authors.map((a) => a.authorId),
        divisionId: article.divisionId,
        seriesId: article.seriesId,
        disclaimerId: article.disclaimerId,
        topicIds: article.topics.map((t) => t.topicId).sort(),
      },
      kind,
      reason,
      userId,
    },
  });
}
