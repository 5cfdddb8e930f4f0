// Revisions: an immutable snapshot of a piece, written on every save and transition.
import "server-only";
import { randomUUID } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import { db, type Tx } from "../platform/db";
import { NotFoundError } from "../platform/errors";

/** The shape snapshotArticle writes into Revision.meta. */
const revisionMeta = z.object({
  slug: z.string(),
  authorIds: z.array(z.string()),
  divisionId: z.string().nullable(),
  seriesId: z.string().nullable(),
  disclaimerId: z.string().nullable(),
  topicIds: z.array(z.string()),
  // Revisions written before lead images existed have none.
  leadImageId: z.string().nullable().default(null),
  // Revisions written before identifiers existed have none (the site's default licence, no DOI).
  doi: z.string().nullable().default(null),
  licence: z.string().nullable().default(null),
  firstPublishedIn: z.string().default(""),
  canonicalUrl: z.string().default(""),
});
export type RevisionMeta = z.infer<typeof revisionMeta>;

/** Loads one revision of a piece (the caller has checked that the actor may read it), with its metadata checked. */
export async function loadRevision(articleId: string, number: number) {
  const revision = await db.revision.findUnique({ where: { articleId_number: { articleId, number } } });
  if (!revision) throw new NotFoundError(`This piece has no revision ${number}.`);
  return { ...revision, body: revision.body as JSONContent, meta: revisionMeta.parse(revision.meta) };
}

/**
 * Snapshots the article as it is now in `tx`, numbered with its current version. The copy is
 * made inside the database (INSERT ... SELECT): a long piece's body (100 KB for 10,000 words)
 * would otherwise be read out and sent back on every autosave.
 */
export async function snapshotArticle(
  tx: Tx,
  articleId: string,
  kind: string,
  userId: string | null,
  reason?: string,
): Promise<{ id: string; number: number }> {
  // meta holds what the editor's form holds: slug, authors in byline order, division, series,
  // disclaimer, topics (sorted, so that comparing two revisions compares sets), lead image, and
  // the identifiers editors set (DOI, licence, provenance).
  const rows = await tx.$queryRaw<{ id: string; number: number }[]>`
    INSERT INTO "Revision" ("id", "articleId", "number", "title", "standfirst", "body", "meta", "kind", "reason", "userId")
    SELECT ${randomUUID()}::text, a."id", a."version", a."title", a."standfirst", a."body",
      jsonb_build_object(
        'slug', a."slug",
        'authorIds', COALESCE((SELECT jsonb_agg(aa."authorId" ORDER BY aa."position") FROM "ArticleAuthor" aa WHERE aa."articleId" = a."id"), '[]'::jsonb),
        'divisionId', a."divisionId",
        'seriesId', a."seriesId",
        'disclaimerId', a."disclaimerId",
        'topicIds', COALESCE((SELECT jsonb_agg(t."topicId" ORDER BY t."topicId" COLLATE "C") FROM "ArticleTopic" t WHERE t."articleId" = a."id"), '[]'::jsonb),
        'leadImageId', a."leadImageId",
        'doi', a."doi",
        'licence', a."licence",
        'firstPublishedIn', a."firstPublishedIn",
        'canonicalUrl', a."canonicalUrl"
      ),
      ${kind}::text, ${reason ?? null}::text, ${userId}::text
    FROM "Article" a
    WHERE a."id" = ${articleId}
    RETURNING "id", "number"`;
  if (!rows[0]) throw new Error(`No article ${articleId} to snapshot.`);
  return rows[0];
}
