// The history of a piece: every revision, and restoring one as a new revision. History is
// never rewritten: a restore goes through the same optimistic-locked save as any edit.
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import { loadAuthorized, saveArticle } from "./working-copy";
import { db } from "../platform/db";
import { NotFoundError } from "../platform/errors";
import { mayRestoreRevision, type Actor } from "../permissions";

/** The shape lib/editorial/revisions.ts writes into Revision.meta. */
const revisionMeta = z.object({
  slug: z.string(),
  authorIds: z.array(z.string()),
  divisionId: z.string().nullable(),
  seriesId: z.string().nullable(),
  disclaimerId: z.string().nullable(),
  topicIds: z.array(z.string()),
});
export type RevisionMeta = z.infer<typeof revisionMeta>;

export async function listRevisions(actor: Actor | null, articleId: string) {
  const { article, facts, actor: user } = await loadAuthorized(actor, "articles.read", articleId);
  const [revisions, corrections] = await Promise.all([
    db.revision.findMany({
      where: { articleId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, kind: true, reason: true, createdAt: true, user: { select: { name: true } } },
    }),
    db.correction.findMany({
      where: { articleId },
      orderBy: { createdAt: "desc" },
      select: { id: true, body: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
  ]);
  const canRestore = mayRestoreRevision(user, facts);
  return {
    article: { id: article.id, title: article.title, status: article.status, version: article.version },
    revisions,
    corrections,
    canRestore,
  };
}

/** Loads one revision of a piece the actor may read, with its metadata checked. */
export async function loadRevision(articleId: string, number: number) {
  const revision = await db.revision.findUnique({ where: { articleId_number: { articleId, number } } });
  if (!revision) throw new NotFoundError(`This piece has no revision ${number}.`);
  return { ...revision, body: revision.body as JSONContent, meta: revisionMeta.parse(revision.meta) };
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
    },
    { kind: "restore", revisionNumber: number },
  );
}
