// The review queue: pieces waiting for an editor, oldest submission first, a page at a time by
// keyset on (submittedAt, id). The workflow sets submittedAt on every submit.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import type { Prisma } from "../generated/prisma/client";
import { keysetPage, keysetQuery, pageAtFrom, pageAtParams } from "../platform/keyset";
import { articleListScope, authorizeSite, type Actor } from "../permissions";
import { articleScopeWhere } from "./article-scope";

export const REVIEW_PAGE_SIZE = 50;

const reviewQuery = z.object(pageAtParams);

/** One page of the queue (`size` rows; the dashboard shows the first few) and how many pieces wait in all. */
export async function listReviewQueue(actor: Actor | null, input: unknown = {}, size = REVIEW_PAGE_SIZE) {
  const user = authorizeSite(actor, "articles.viewReviewQueue");
  const at = pageAtFrom(reviewQuery.parse(input ?? {}));
  const page = keysetQuery({ at: "submittedAt", id: "id" }, at, size, "asc");
  const waiting: Prisma.ArticleWhereInput = { AND: [articleScopeWhere(articleListScope(user)), { status: "in_review" }] };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where: { AND: [waiting, page.where] },
      orderBy: page.orderBy,
      take: page.take,
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
    }),
    db.article.count({ where: waiting }),
  ]);
  const items = rows.map(({ revisions, ...row }) => ({
    ...row,
    submittedAt: row.submittedAt ?? row.updatedAt,
    submittedBy: revisions[0]?.user?.name ?? null,
  }));
  return { ...keysetPage(items, at, size, (r) => ({ at: r.submittedAt, id: r.id })), total };
}

export type ReviewQueuePage = Awaited<ReturnType<typeof listReviewQueue>>;
export type ReviewQueueItem = ReviewQueuePage["items"][number];
