// Where a piece stands, for whoever works on it: its state, the editor's latest "changes
// requested" reason (shown on the overview and above the editor) and whether they may discard it.
import "server-only";
import { db } from "../platform/db";
import type { ArticleStatus } from "../generated/prisma/enums";
import { decideArticle, type Actor } from "../permissions";
import { loadAuthorized } from "./working-copy";

export interface ChangeRequest {
  reason: string | null;
  createdAt: Date;
  user: { name: string } | null;
}

/** The reason of the request that returned the piece, while it is returned; null otherwise. Callers have checked "articles.read". */
export async function latestChangeRequest(articleId: string, status: ArticleStatus): Promise<ChangeRequest | null> {
  if (status !== "changes_requested") return null;
  return db.revision.findFirst({
    where: { articleId, kind: "requestChanges" },
    orderBy: { number: "desc" },
    select: { reason: true, createdAt: true, user: { select: { name: true } } },
  });
}

export interface EditingStatus {
  status: ArticleStatus;
  lastRequest: ChangeRequest | null;
  mayDiscard: boolean;
}

/** What the edit page shows above the editor. */
export async function getEditingStatus(actor: Actor | null, articleId: string): Promise<EditingStatus> {
  const { article, facts, actor: user } = await loadAuthorized(actor, "articles.read", articleId);
  return {
    status: article.status,
    lastRequest: await latestChangeRequest(articleId, article.status),
    mayDiscard: decideArticle(user, "articles.discard", facts) === "allow",
  };
}
