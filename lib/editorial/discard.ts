// Throwing away a draft that no one else has been asked to look at. Everything else leaves the
// site by archiving and stays in the record (ARCHITECTURE.md, "The workflow").
import "server-only";
import { db } from "../platform/db";
import { recordAudit } from "../platform/audit";
import { ConflictError } from "../platform/errors";
import type { Actor } from "../permissions";
import { loadAuthorized } from "./working-copy";

/**
 * Deletes the piece with its revisions and editorial comments. The rule (its creator, a draft,
 * never submitted or published) is asked of the permissions, and asked again of the row inside
 * the transaction, so a submission that lands in between is not lost to the delete.
 */
export async function discardDraft(actor: Actor | null, articleId: string): Promise<{ title: string }> {
  const { article, actor: user } = await loadAuthorized(actor, "articles.discard", articleId);
  return db.$transaction(async (tx) => {
    // The event names the piece by subject: its row, and so any link to it, goes with the delete.
    await recordAudit(tx, {
      actorId: user.id,
      action: "articles.discard",
      subject: `article:${articleId}`,
      details: { title: article.title, slug: article.slug },
    });
    const { count } = await tx.article.deleteMany({
      where: { id: articleId, createdById: user.id, status: "draft", submittedAt: null, publishedAt: null },
    });
    if (count === 0)
      throw new ConflictError("The draft changed while you were discarding it (it may have been submitted); reload the page.");
    return { title: article.title };
  });
}
