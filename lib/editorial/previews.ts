// Draft previews: a piece's working copy in the reader layout, for the people who may read
// it, and revocable share links for anyone an editor sends one to. A share link's token is
// shown once; only its sha256 hash is stored, and guessing is slowed by a per-address limit.
import "server-only";
import { hashToken, newLinkToken } from "../platform/tokens";
import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import { loadAuthorized } from "./working-copy";
import { countWords, plainText } from "../content";
import { renderBodyHtml } from "../media/body-html";
import { db } from "../platform/db";
import { recordAudit } from "../platform/audit";
import { NotFoundError, RateLimitedError } from "../platform/errors";
import { parseInput } from "../platform/validation";
import { decideArticle, type Actor } from "../permissions";
import { pieceInclude, pieceParts, type PieceView } from "../reader/publications";
import { describeWait, hit, lockedFor, type LimitRule } from "../platform/rate-limit";
import { paths } from "../platform/paths";

export const DEFAULT_LINK_DAYS = 7;
export const MAX_LINK_DAYS = 30;

/** Renders an article's working copy as the reader layout shows a piece (also for outside reviewers, ./review-links.ts). */
export async function workingCopyView(articleId: string): Promise<PieceView> {
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { ...pieceInclude, corrections: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } } },
  });
  const body = article.body as JSONContent;
  return {
    articleId: article.id,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    bodyHtml: await renderBodyHtml(body),
    wordCount: countWords(plainText(body)),
    publishedAt: article.publishedAt?.toISOString() ?? null,
    ...pieceParts(article),
    corrections: article.corrections.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
  };
}

/**
 * The working copy of any piece the user may read (authors their own, editors every one),
 * with its share links when the user may create them (null otherwise).
 */
export async function getPreview(actor: Actor | null, articleId: string) {
  const { article, facts, actor: user } = await loadAuthorized(actor, "articles.read", articleId);
  const mayShare = decideArticle(user, "articles.sharePreview", facts) === "allow";
  const [piece, links] = await Promise.all([workingCopyView(articleId), mayShare ? listPreviewLinks(user, articleId) : null]);
  return { piece, status: article.status, links };
}

const linkInput = z.object({
  days: z.coerce
    .number({ error: "Choose how many days the link lasts." })
    .int("Choose a whole number of days.")
    .min(1, "A link lasts at least 1 day.")
    .max(MAX_LINK_DAYS, `A link lasts at most ${MAX_LINK_DAYS} days.`)
    .default(DEFAULT_LINK_DAYS),
});

/** Creates a share link; the token is returned once and never stored. */
export async function createPreviewLink(actor: Actor | null, articleId: string, input: unknown = {}) {
  const { actor: user } = await loadAuthorized(actor, "articles.sharePreview", articleId);
  const { days } = parseInput(linkInput, input ?? {});
  const token = newLinkToken();
  const link = await db.$transaction(async (tx) => {
    const created = await tx.previewToken.create({
      data: {
        articleId,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + days * 86_400_000),
        createdById: user.id,
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "articles.sharePreview",
      articleId,
      details: { linkId: created.id, expiresAt: created.expiresAt.toISOString() },
    });
    return created;
  });
  return { ...link, token, path: paths.preview(token) };
}

/** The piece's share links, newest first, for the people who may create them. */
export async function listPreviewLinks(actor: Actor | null, articleId: string) {
  await loadAuthorized(actor, "articles.sharePreview", articleId);
  const links = await db.previewToken.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  const now = Date.now();
  return links.map((link) => ({ ...link, active: !link.revokedAt && link.expiresAt.getTime() > now }));
}

export async function revokePreviewLink(actor: Actor | null, linkId: string) {
  const link = await db.previewToken.findUnique({ where: { id: linkId }, select: { articleId: true } });
  if (!link) throw new NotFoundError("No such preview link.");
  const { actor: user } = await loadAuthorized(actor, "articles.sharePreview", link.articleId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.previewToken.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: new Date() } });
    // Revoking a link already revoked (a second click, two editors at once) changes nothing, so the log says nothing.
    if (count === 0) return;
    await recordAudit(tx, { actorId: user.id, action: "articles.sharePreview", articleId: link.articleId, details: { revoked: linkId } });
  });
  return { articleId: link.articleId };
}

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** Failed token checks from one address: 20 in 10 minutes locks it out for 10 minutes, doubling up to a day. */
const guessRule = (ip: string): LimitRule => ({
  key: `preview:ip:${ip}`,
  max: 20,
  windowSeconds: 600,
  lockSeconds: 600,
  maxLockSeconds: 86_400,
});

const tooMany = (seconds: number) =>
  new RateLimitedError(`Too many invalid preview links from your address. Try again in ${describeWait(seconds)}.`, seconds);

/** The working copy behind a share link, or NotFoundError for a wrong, expired or revoked link. */
export async function getSharedPreview(token: string, client: { ip: string }) {
  const rule = guessRule(client.ip);
  const wait = await lockedFor([rule.key]);
  if (wait > 0) throw tooMany(wait);
  const link = tokenShape.test(token)
    ? await db.previewToken.findFirst({
        where: { tokenHash: hashToken(token), revokedAt: null, expiresAt: { gt: new Date() } },
        select: { articleId: true, expiresAt: true },
      })
    : null;
  if (!link) {
    const locked = await hit(rule);
    if (locked > 0) throw tooMany(locked);
    throw new NotFoundError("This preview link is not valid: it may have expired or been revoked.");
  }
  return { piece: await workingCopyView(link.articleId), expiresAt: link.expiresAt };
}
