// Public corrections: a dated note appended to a published piece. The text of the piece
// does not change, so no revision is written; the audit log records who corrected what.
import { z } from "zod";
import { loadAuthorized } from "./working-copy";
import { db } from "../platform/db";
import { ConflictError, ValidationError } from "../platform/errors";
import { mayCorrect, type Actor } from "../permissions";
import { recordAudit } from "../platform/audit";
import { refreshPublic, tagsForArticle } from "../reader/cache";

const correctionBody = z
  .string({ error: "Write the correction first." })
  .trim()
  .min(1, "Write the correction first.")
  .max(2000, "A correction is at most 2,000 characters.");

export async function appendCorrection(actor: Actor | null, articleId: string, body: unknown) {
  const { article, facts, actor: user } = await loadAuthorized(actor, "articles.correct", articleId);
  const parsed = correctionBody.safeParse(body);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0].message, { body: [parsed.error.issues[0].message] });
  // A piece being revised (a new version in draft) keeps its live copy, and that copy can be corrected.
  const live = await db.publication.findFirst({ where: { articleId, liveFrom: { lte: new Date() } }, select: { articleId: true } });
  if (!mayCorrect(user, facts, Boolean(live))) {
    throw new ConflictError(`This piece is ${article.status.replace(/_/g, " ")} and not live, so there is nothing public to correct.`);
  }
  const saved = await db.$transaction(async (tx) => {
    const correction = await tx.correction.create({ data: { articleId, body: parsed.data, createdById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "articles.correct",
      articleId,
      subject: `correction:${correction.id}`,
      details: { body: parsed.data },
    });
    return correction;
  });
  refreshPublic(await tagsForArticle(articleId));
  return saved;
}
