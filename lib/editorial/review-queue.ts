// The review queue: pieces waiting for an editor, oldest submission first.
import "server-only";
import { db } from "../platform/db";
import { articleListScope, authorizeSite, type Actor } from "../permissions";
import { articleScopeWhere } from "./article-scope";

export async function listReviewQueue(actor: Actor | null) {
  const user = authorizeSite(actor, "articles.viewReviewQueue");
  const rows = await db.article.findMany({
    where: { AND: [articleScopeWhere(articleListScope(user)), { status: "in_review" }] },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { updatedAt: "asc" }],
    select: {
      id: true,
      title: true,
      submittedAt: true,
      updatedAt: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { displayName: true } } } },
      division: { select: { name: true } },
      // The latest submit revision says who sent it in.
      revisions: { where: { kind: "submit" }, orderBy: { number: "desc" }, take: 1, select: { user: { select: { name: true } } } },
    },
  });
  return rows.map(({ revisions, ...row }) => ({
    ...row,
    submittedAt: row.submittedAt ?? row.updatedAt,
    submittedBy: revisions[0]?.user?.name ?? null,
  }));
}

export type ReviewQueueItem = Awaited<ReturnType<typeof listReviewQueue>>[number];
