// Readers' comments under a live piece. Anyone may post one; it waits for an editor, and
// only approved comments are shown, as plain text, without the sender's email. Senders are
// rate-limited by a keyed hash of their address; the address itself is never stored.
import "server-only";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { authSecret } from "../platform/env";
import { db } from "../platform/db";
import { NotFoundError, RateLimitedError } from "../platform/errors";
import { listSearchParam, parseInput, searchWords } from "../platform/validation";
import type { ReaderCommentStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { keysetPage, keysetQuery, pageAtFrom, pageAtParams } from "../platform/keyset";
import { authorizeSite } from "../permissions";
import { recordAudit } from "../platform/audit";
import { publicTags, refreshPublic } from "./cache";
import { describeWait, hit, lockedFor, type LimitRule } from "../platform/rate-limit";
import type { CurrentUser } from "../accounts/sessions";

const MAX_COMMENT_LENGTH = 5000;
export const COMMENT_THANKS = "Thanks — your comment will appear once an editor has approved it.";

const count = (n: number) => n.toLocaleString("en-GB");

/** The comment form's fields. "website" is a honeypot: people never see it, bots fill it in. */
export const commentInput = z.object({
  slug: z.string().min(1).max(200),
  name: z.string().trim().min(1, "Give your name.").max(100, "Your name can be at most 100 characters."),
  email: z
    .string()
    .trim()
    .max(320, "That email address is too long.")
    // nullish, so that input this schema has already parsed (in the server action) parses again.
    .nullish()
    .transform((v) => v || null)
    .pipe(z.email("That email address does not look right.").nullable()),
  comment: z
    .string()
    .overwrite((text) => text.replace(/\r\n?/g, "\n"))
    .trim()
    .min(1, "Write your comment.")
    .max(MAX_COMMENT_LENGTH, {
      error: (issue) => `Comments can be at most ${count(MAX_COMMENT_LENGTH)} characters; yours has ${count(String(issue.input).length)}.`,
    }),
  website: z.string().optional(),
});

/** At most this many comments per address per window; the next one waits for the lock. */
const commentLimit = (ipHash: string): LimitRule => ({
  key: `comments:ip:${ipHash}`,
  max: 5,
  windowSeconds: 600,
  lockSeconds: 600,
  maxLockSeconds: 6 * 3600,
});

export const hashIp = (ip: string) => createHmac("sha256", authSecret()).update(ip).digest("hex");

/** Stores a comment for moderation. A filled honeypot gets the same answer and stores nothing. */
export async function postReaderComment(input: unknown, client: { ip: string }): Promise<{ message: string }> {
  // The public's own text, control characters included: refused here too, not only by the server action, whoever calls this.
  const { slug, name, email, comment, website } = parseInput(commentInput, input);
  if (website) return { message: COMMENT_THANKS };

  const ipHash = hashIp(client.ip);
  const rule = commentLimit(ipHash);
  const wait = await lockedFor([rule.key]);
  if (wait > 0) throw new RateLimitedError(`You have sent several comments in a short time. Try again in ${describeWait(wait)}.`, wait);

  const piece = await db.publication.findFirst({ where: { slug, liveFrom: { lte: new Date() } }, select: { articleId: true } });
  if (!piece) throw new NotFoundError("This piece is not published, so it cannot take comments.");

  await db.readerComment.create({ data: { articleId: piece.articleId, name, email, body: comment, ipHash } });
  await hit(rule);
  return { message: COMMENT_THANKS };
}

export interface PublicComment {
  id: string;
  name: string;
  body: string;
  /** ISO timestamp. */
  createdAt: string;
}

/** Approved comments on a live piece, oldest first. Never includes the email. Uncached (publicComments keeps them). */
export async function listApprovedComments(slug: string): Promise<PublicComment[]> {
  const comments = await db.readerComment.findMany({
    where: { status: "approved", article: { publication: { slug, liveFrom: { lte: new Date() } } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, body: true, createdAt: true },
  });
  return comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }));
}

// ---- Moderation (permission "comments.moderate").

export const moderationFilters = ["all", "pending", "approved", "rejected", "spam"] as const;
export type ModerationFilter = (typeof moderationFilters)[number];

const moderationQuery = z.object({
  status: z.enum(moderationFilters).catch("pending"),
  /** Words in the title of the piece commented on. */
  q: listSearchParam,
  ...pageAtParams,
});

export const MODERATION_PAGE_SIZE = 50;

/**
 * One page of the moderation list by keyset on (createdAt, id): pending comments oldest first
 * (the longest waiting is answered first), every other view newest first; optionally only
 * comments on pieces whose title holds the typed words.
 */
export async function listCommentsForModeration(user: CurrentUser | null, input: unknown) {
  authorizeSite(user, "comments.moderate");
  const { status, q, after, before } = moderationQuery.parse(input ?? {});
  const at = pageAtFrom({ after, before });
  const page = keysetQuery({ at: "createdAt", id: "id" }, at, MODERATION_PAGE_SIZE, status === "pending" ? "asc" : "desc");
  const onPiece: Prisma.ReaderCommentWhereInput[] = searchWords(q).map((word) => ({
    article: { title: { contains: word, mode: "insensitive" } },
  }));
  const where: Prisma.ReaderCommentWhereInput = { AND: [status === "all" ? {} : { status }, ...onPiece, page.where] };
  const [rows, grouped] = await Promise.all([
    db.readerComment.findMany({
      where,
      orderBy: page.orderBy,
      take: page.take,
      select: {
        id: true,
        name: true,
        email: true,
        body: true,
        status: true,
        createdAt: true,
        moderatedAt: true,
        moderatedBy: { select: { name: true } },
        article: { select: { title: true, publication: { select: { slug: true } } } },
      },
    }),
    db.readerComment.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts: Record<ModerationFilter, number> = { all: 0, pending: 0, approved: 0, rejected: 0, spam: 0 };
  for (const g of grouped) {
    counts[g.status] = g._count._all;
    counts.all += g._count._all;
  }
  const { items, next, previous } = keysetPage(rows, at, MODERATION_PAGE_SIZE, (c) => ({ at: c.createdAt, id: c.id }));
  return { status, q, comments: items, next, previous, counts };
}

const decisions = { approve: "approved", reject: "rejected", spam: "spam" } as const satisfies Record<string, ReaderCommentStatus>;

export const moderationInput = z.object({
  id: z.string().min(1, "Which comment?"),
  decision: z.enum(["approve", "reject", "spam"], { error: "Choose approve, reject or spam." }),
});

/** Sets a comment's status and records who did it. Returns the piece's public slug, if it has one. */
export async function moderateReaderComment(user: CurrentUser | null, input: unknown) {
  const moderator = authorizeSite(user, "comments.moderate");
  const { id, decision } = parseInput(moderationInput, input);
  const status = decisions[decision];
  const result = await db.$transaction(async (tx) => {
    const comment = await tx.readerComment.findUnique({
      where: { id },
      select: { status: true, articleId: true, article: { select: { publication: { select: { slug: true } } } } },
    });
    if (!comment) throw new NotFoundError("No such comment.");
    await tx.readerComment.update({ where: { id }, data: { status, moderatedAt: new Date(), moderatedById: moderator.id } });
    await recordAudit(tx, {
      actorId: moderator.id,
      action: "comments.moderate",
      articleId: comment.articleId,
      subject: `readerComment:${id}`,
      details: { from: comment.status, to: status },
    });
    return { id, status, slug: comment.article.publication?.slug ?? null };
  });
  // What readers see changed: the piece's cached page and comment list expire at once.
  if (result.slug) refreshPublic([publicTags.publication(result.slug)]);
  return result;
}
