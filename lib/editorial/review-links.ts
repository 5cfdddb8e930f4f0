// Outside reviewers: people with no account (a director, a guest author, a funder) asked to
// approve a piece or ask for changes. An editor sends one named person a link by mail; the link
// is theirs alone, expires after REVIEW_LINK_DAYS, can be revoked, and decides once. Its token is
// given out once, in the mail, and stored only as its SHA-256 (lib/platform/tokens.ts); wrong
// tokens count against the visitor's address as wrong preview links do.
//
// A decision is about the text the reviewer was sent: the link remembers the working copy's
// version, and once the title, standfirst or body differ from that revision the link says the
// piece has moved on and takes no decision (a status change or a new byline does not move it on).
// A piece with requireOutsideApproval is published or scheduled only with an approval of its
// current text (checkOutsideApproval, called by the workflow).
import "server-only";
import { z } from "zod";
import { loadAuthorized } from "./working-copy";
import { db, type Tx } from "../platform/db";
import { recordAudit } from "../platform/audit";
import { ConflictError, NotFoundError, RateLimitedError } from "../platform/errors";
import { parseInput } from "../platform/validation";
import { decideArticle } from "../permissions";
import type { PieceView } from "../reader/publications";
import { workingCopyView } from "./previews";
import { describeWait, hit, lockedFor, type LimitRule } from "../platform/rate-limit";
import { paths } from "../platform/paths";
import { hashToken, newLinkToken } from "../platform/tokens";
import { deliverPending, LINK_HIDDEN, queueEmail } from "../platform/mail";
import { absoluteUrl, getSiteSettings } from "../platform/site-settings";
import { formatSiteDate } from "../platform/dates";
import type { ArticleStatus } from "../generated/prisma/enums";
import type { CurrentUser } from "../accounts/sessions";

/** Long enough for a busy director to find an evening, short enough that a forgotten link dies. */
export const REVIEW_LINK_DAYS = 14;

/** A link asks about a text still on its way to readers; a live or archived piece has none to sign off. */
const sendableFrom: readonly ArticleStatus[] = ["draft", "in_review", "changes_requested", "approved"];

export const reviewDecisions = ["approved", "changes_requested"] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

const linkInput = z.object({
  reviewerName: z.string().trim().min(1, "Give the reviewer's name.").max(200, "The name is at most 200 characters."),
  reviewerEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "The email address is too long.")
    .pipe(z.email({ error: "Give the reviewer's email address." })),
});

/** Ids of the piece's links whose text is still the piece's text now (see the module's comment). */
async function currentLinkIds(client: Tx | typeof db, articleId: string): Promise<Set<string>> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT l."id" FROM "ReviewLink" l
    JOIN "Revision" r ON r."articleId" = l."articleId" AND r."number" = l."version"
    JOIN "Article" a ON a."id" = l."articleId"
    WHERE l."articleId" = ${articleId}
      AND r."title" = a."title" AND r."standfirst" = a."standfirst" AND r."body" = a."body"`;
  return new Set(rows.map((r) => r.id));
}

/**
 * Refuses to publish or schedule a piece that requires an outside approval and has none for its
 * current text. Called by the workflow before its transaction.
 */
export async function checkOutsideApproval(articleId: string) {
  const { requireOutsideApproval } = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { requireOutsideApproval: true },
  });
  if (!requireOutsideApproval) return;
  const [current, approved] = await Promise.all([
    currentLinkIds(db, articleId),
    db.reviewLink.findMany({ where: { articleId, decision: "approved" }, select: { id: true } }),
  ]);
  if (approved.some((l) => current.has(l.id))) return;
  throw new ConflictError(
    "Outside approval required: this piece may be published only once an outside reviewer has approved its current text. Send a review link from the piece's page.",
  );
}

/** Sends a named person a review link by mail. The token is in the mail only. */
export async function sendReviewLink(actor: CurrentUser | null, articleId: string, input: unknown) {
  const { article, actor: user } = await loadAuthorized(actor, "articles.sendReviewLink", articleId);
  const { reviewerName, reviewerEmail } = parseInput(linkInput, input);
  if (!sendableFrom.includes(article.status)) {
    throw new ConflictError(`This piece is ${article.status.replace(/_/g, " ")}: review links are for a piece not yet published.`);
  }
  const token = newLinkToken();
  const [url, site] = await Promise.all([absoluteUrl(paths.review(token)), getSiteSettings()]);
  const expiresAt = new Date(Date.now() + REVIEW_LINK_DAYS * 86_400_000);
  const link = await db.$transaction(async (tx) => {
    // The version is read inside the transaction: the text the reviewer is asked about is the one saved now.
    const { version, title } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true, title: true } });
    const created = await tx.reviewLink.create({
      data: { articleId, tokenHash: hashToken(token), reviewerName, reviewerEmail, version, expiresAt, createdById: user.id },
      select: { id: true, expiresAt: true, version: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "articles.sendReviewLink",
      articleId,
      details: { linkId: created.id, reviewerName, reviewerEmail, version, expiresAt: expiresAt.toISOString() },
    });
    await queueEmail(tx, {
      to: [reviewerEmail],
      subject: `Please review: ${title}`,
      text:
        `Dear ${reviewerName},\n\n${user.name} (${site.siteName}) asks you to read "${title}" before it is published, ` +
        `and to approve it or ask for changes.\n\nOpen it here; the link is for you alone and works until ` +
        `${formatSiteDate(expiresAt, site.timeZone)}:\n${LINK_HIDDEN}\n`,
      link: url,
    });
    return created;
  });
  // After commit: the link stands whether or not the mail server answers now.
  await deliverPending();
  return link;
}

export type ReviewLinkStatus = "waiting" | ReviewDecision | "revoked" | "expired";

/**
 * A piece's review links, newest first, for anyone who may read the piece (authors see what
 * reviewers said); addresses and revoking only for those who may send links.
 */
export async function listReviewLinks(actor: CurrentUser | null, articleId: string) {
  const { facts, actor: user } = await loadAuthorized(actor, "articles.read", articleId);
  const manage = decideArticle(user, "articles.sendReviewLink", facts) === "allow";
  const [links, current, article] = await Promise.all([
    db.reviewLink.findMany({
      where: { articleId },
      orderBy: { createdAt: "desc" },
      include: { createdBy: { select: { name: true } } },
    }),
    currentLinkIds(db, articleId),
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: { status: true, requireOutsideApproval: true } }),
  ]);
  const now = Date.now();
  const status = (l: (typeof links)[number]): ReviewLinkStatus =>
    (l.decision as ReviewDecision | null) ?? (l.revokedAt ? "revoked" : l.expiresAt.getTime() <= now ? "expired" : "waiting");
  return {
    manage,
    maySend: manage && sendableFrom.includes(article.status),
    requireOutsideApproval: article.requireOutsideApproval,
    approvedNow: links.some((l) => l.decision === "approved" && current.has(l.id)),
    links: links.map((l) => ({
      id: l.id,
      reviewerName: l.reviewerName,
      reviewerEmail: manage ? l.reviewerEmail : null,
      sentBy: l.createdBy.name,
      createdAt: l.createdAt,
      expiresAt: l.expiresAt,
      decidedAt: l.decidedAt,
      comment: l.comment,
      status: status(l),
      /** Whether the piece's text is still the one this link was sent for. */
      current: current.has(l.id),
    })),
  };
}

export type ReviewLinkList = Awaited<ReturnType<typeof listReviewLinks>>;

/** Withdraws a link not yet used: it opens nothing afterwards. A decision already given stays. */
export async function revokeReviewLink(actor: CurrentUser | null, linkId: string) {
  const link = await db.reviewLink.findUnique({ where: { id: linkId }, select: { articleId: true } });
  if (!link) throw new NotFoundError("No such review link.");
  const { actor: user } = await loadAuthorized(actor, "articles.sendReviewLink", link.articleId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.reviewLink.updateMany({
      where: { id: linkId, revokedAt: null, decision: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      throw new ConflictError("This link was already revoked or used.");
    }
    await recordAudit(tx, { actorId: user.id, action: "articles.sendReviewLink", articleId: link.articleId, details: { revoked: linkId } });
  });
  return { articleId: link.articleId };
}

/** Whether an outside approval is required before publication: a setting of the piece, for editors. */
export async function setRequireOutsideApproval(actor: CurrentUser | null, articleId: string, required: boolean) {
  const { article, actor: user } = await loadAuthorized(actor, "articles.sendReviewLink", articleId);
  if (article.requireOutsideApproval === required) return { required };
  await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: articleId }, data: { requireOutsideApproval: required } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "articles.requireOutsideApproval",
      articleId,
      details: { from: !required, to: required },
    });
  });
  return { required };
}

// The reviewer's side: no account, only the token.

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** Wrong tokens from one address: 20 in 10 minutes locks it out for 10 minutes, doubling up to a day (as preview links). */
const guessRule = (ip: string): LimitRule => ({
  key: `review:ip:${ip}`,
  max: 20,
  windowSeconds: 600,
  lockSeconds: 600,
  maxLockSeconds: 86_400,
});

const tooMany = (seconds: number) =>
  new RateLimitedError(`Too many invalid review links from your address. Try again in ${describeWait(seconds)}.`, seconds);

/** The link behind a token, or NotFoundError (counted against the address) for a token that names none. */
async function findByToken(token: string, client: { ip: string }) {
  const rule = guessRule(client.ip);
  const wait = await lockedFor([rule.key]);
  if (wait > 0) throw tooMany(wait);
  const link = tokenShape.test(token)
    ? await db.reviewLink.findUnique({
        where: { tokenHash: hashToken(token) },
        include: { createdBy: { select: { name: true, email: true } } },
      })
    : null;
  if (!link) {
    const locked = await hit(rule);
    if (locked > 0) throw tooMany(locked);
    throw new NotFoundError("This review link is not valid. Check that the whole address was copied from the mail.");
  }
  return link;
}

/** What the reviewer's page shows: the state of their link and, while it is open, the piece. */
export type ReviewPage =
  | { state: "revoked" | "expired" | "moved_on"; reviewerName: string; sentBy: string }
  | { state: "decided"; reviewerName: string; sentBy: string; decision: ReviewDecision; comment: string | null; decidedAt: Date }
  | { state: "open"; reviewerName: string; sentBy: string; expiresAt: Date; piece: PieceView };

type FoundLink = Awaited<ReturnType<typeof findByToken>>;

async function linkState(link: FoundLink): Promise<"revoked" | "expired" | "moved_on" | "decided" | "open"> {
  if (link.decision) return "decided";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= Date.now()) return "expired";
  if (!(await currentLinkIds(db, link.articleId)).has(link.id)) return "moved_on";
  return "open";
}

/** Opens a review link: the piece as readers would see it, while the link is open; otherwise why not. */
export async function openReviewLink(token: string, client: { ip: string }): Promise<ReviewPage> {
  const link = await findByToken(token, client);
  const who = { reviewerName: link.reviewerName, sentBy: link.createdBy.name };
  const state = await linkState(link);
  if (state === "decided") {
    return { state, ...who, decision: link.decision as ReviewDecision, comment: link.comment, decidedAt: link.decidedAt ?? link.createdAt };
  }
  if (state !== "open") return { state, ...who };
  return { state, ...who, expiresAt: link.expiresAt, piece: await workingCopyView(link.articleId) };
}

export const reviewDecisionInput = z
  .object({
    token: z.string().max(100),
    decision: z.enum(reviewDecisions, { error: "Choose Approve or Ask for changes." }),
    comment: z.string().trim().max(4000, "The comment is at most 4,000 characters.").default(""),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "changes_requested" && !input.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Say what should change: a comment is required when you ask for changes.",
      });
    }
  });

const decisionWords: Record<ReviewDecision, string> = { approved: "approved", changes_requested: "asked for changes to" };

/**
 * Records the reviewer's decision, once: on the link, in the audit log (with their name and
 * email; they have no account), and in a mail to the editor who sent the link.
 */
export async function decideReview(input: unknown, client: { ip: string }) {
  const { token, decision, comment } = parseInput(reviewDecisionInput, input);
  const link = await findByToken(token, client);
  const state = await linkState(link);
  if (state === "decided") throw new ConflictError("You have already given your decision on this piece. Thank you.");
  if (state === "revoked") throw new ConflictError("This review link was withdrawn by the editor who sent it.");
  if (state === "expired") throw new ConflictError("This review link has expired. Ask the editor for a new one.");
  if (state === "moved_on") {
    throw new ConflictError(
      "The piece has changed since this link was sent, so this decision cannot be recorded. Ask the editor for a new link.",
    );
  }
  const pieceUrl = await absoluteUrl(paths.studio.article(link.articleId));
  await db.$transaction(async (tx) => {
    const now = new Date();
    // Guarded on the state checked, so two submissions (two tabs) cannot both decide, and a
    // revocation or a save made meanwhile wins.
    const { count } = await tx.reviewLink.updateMany({
      where: { id: link.id, decision: null, revokedAt: null, expiresAt: { gt: now } },
      data: { decision, comment: comment || null, decidedAt: now },
    });
    if (count === 0 || !(await currentLinkIds(tx, link.articleId)).has(link.id)) {
      throw new ConflictError("This review link changed a moment ago. Reload the page.");
    }
    // No account acts here: the reviewer is named in the details.
    await recordAudit(tx, {
      actorId: null,
      action: `reviews.${decision}`,
      articleId: link.articleId,
      details: {
        linkId: link.id,
        reviewerName: link.reviewerName,
        reviewerEmail: link.reviewerEmail,
        version: link.version,
        ...(comment ? { comment } : {}),
      },
    });
    const { title } = await tx.article.findUniqueOrThrow({ where: { id: link.articleId }, select: { title: true } });
    await queueEmail(tx, {
      to: [link.createdBy.email],
      subject: `Outside review: ${title}`,
      text:
        `${link.reviewerName} (${link.reviewerEmail}) ${decisionWords[decision]} "${title}".` +
        (comment ? `\n\nTheir comment:\n${comment}` : "") +
        `\n\nOpen the piece: ${pieceUrl}\n`,
    });
  });
  await deliverPending();
  return { decision };
}

/** The outside reviews of a piece with a decision, for its history (the caller has checked who may read it). */
export async function decidedReviews(articleId: string) {
  const links = await db.reviewLink.findMany({
    where: { articleId, decision: { not: null } },
    orderBy: { decidedAt: "desc" },
    select: { id: true, reviewerName: true, decision: true, comment: true, decidedAt: true, version: true },
  });
  return links.map((l) => ({ ...l, decision: l.decision as ReviewDecision, decidedAt: l.decidedAt ?? new Date(0) }));
}
