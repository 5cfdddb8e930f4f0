// Public corrections: a dated note appended to a published piece. The text of the piece
// does not change, so no revision is written; the audit log records who corrected what.
import "server-only";
import { z } from "zod";
import { loadAuthorized } from "./working-copy";
import { db } from "../platform/db";
import { ConflictError } from "../platform/errors";
import { parseInput } from "../platform/validation";
import { mayCorrect, type Actor } from "../permissions";
import { recordAudit } from "../platform/audit";
import { refreshPublic, tagsForArticle } from "../reader/cache";

const correctionInput = z.object({
  body: z
    .string({ error: "Write the correction first." })
    .trim()
    .min(1, "Write the correction first.")
    .max(2000, "A correction is at most 2,000 characters."),
});

export async function appendCorrection(actor: Actor | null, articleId: string, body: unknown) {
  const { article, facts, actor: user } = await loadAuthorized(actor, "articles.correct", articleId);
  const { body: text } = parseInput(correctionInput, { body });
  // A piece being revised (a new version in draft) keeps its live copy, and that copy can be corrected.
  const live = await db.publication.findFirst({ where: { articleId, liveFrom: { lte: new Date() } }, select: { articleId: true } });
  if (!mayCorrect(user, facts, Boolean(live))) {
    throw new ConflictError(`This piece is ${article.status.replace(/_/g, " ")} and not live, so there is nothing public to correct.`);
  }
  const saved = await db.$transaction(async (tx) => {
    const correction = await tx.correction.create({ data: { articleId, body: text, createdById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "articles.correct",
      articleId,
      subject: `correction:${correction.id}`,
      details: { body: text },
    });
    return correction;
  });
  refreshPublic(await tagsForArticle(articleId));
  return saved;
}
