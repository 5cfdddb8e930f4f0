// The history of a piece: every revision, and restoring one as a new revision. History is
// never rewritten: a restore goes through the same optimistic-locked save as any edit.
import "server-only";
import { loadAuthorized, saveArticle } from "./working-copy";
import { db } from "../platform/db";
import { mayRestoreRevision, type Actor } from "../permissions";
import { loadRevision } from "./revisions";
import { decidedReviews } from "./review-links";

export async function listRevisions(actor: Actor | null, articleId: string) {
  const { article, facts, actor: user } = await loadAuthorized(actor, "articles.read", articleId);
  const [revisions, corrections, reviews] = await Promise.all([
    db.revision.findMany({
      where: { articleId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, kind: true, reason: true, createdAt: true, userId: true },
    }),
    db.correction.findMany({
      where: { articleId },
      orderBy: { createdAt: "desc" },
      select: { id: true, body: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    decidedReviews(articleId),
  ]);
  // Every save is a revision, so a piece edited for long has thousands: its people are read
  // once each rather than as the relation load's one IN value per revision (which grows with
  // the saves and meets PostgreSQL's limit on parameters).
  const userIds = [...new Set(revisions.flatMap((r) => (r.userId ? [r.userId] : [])))];
  const people = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((p) => [p.id, p]),
  );
  const canRestore = mayRestoreRevision(user, facts);
  return {
    article: { id: article.id, title: article.title, status: article.status, version: article.version },
    revisions: revisions.map(({ userId, ...revision }) => ({ ...revision, user: (userId && people.get(userId)) || null })),
    corrections,
    reviews,
    canRestore,
  };
}

/**
 * Writes revision `number`'s content as the newest revision, if the piece is still at
 * `baseVersion` (otherwise a conflict, and nothing changes).
 */
export async function restoreRevision(actor: Actor | null, articleId: string, number: number, baseVersion: number) {
  await loadAuthorized(actor, "articles.restoreRevision", articleId);
  const revision = await loadRevision(articleId, number);
  const { meta } = revision;
  return saveArticle(
    actor,
    articleId,
    baseVersion,
    {
      title: revision.title,
      standfirst: revision.standfirst,
      slug: meta.slug,
      body: revision.body,
      divisionId: meta.divisionId,
      seriesId: meta.seriesId,
      disclaimerId: meta.disclaimerId,
      topicIds: meta.topicIds,
      authorIds: meta.authorIds,
      leadImageId: meta.leadImageId,
    },
    { kind: "restore", revisionNumber: number },
  );
}
