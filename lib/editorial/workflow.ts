// The state machine of a piece (ARCHITECTURE.md, "The workflow"). Every status change goes through
// `transition`: it checks who may make it and from which states, then in one transaction
// changes the status, writes a revision, an audit event and the notifications, and
// updates what the public sees. No other code changes a status.
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import { missingAltText } from "../content";
import { factsInclude, loadAuthorized, toFacts } from "./working-copy";
import { db, type Tx } from "../platform/db";
import { ConflictError, NotSignedInError, ValidationError } from "../platform/errors";
import { parseInput } from "../platform/validation";
import type { ArticleStatus } from "../generated/prisma/enums";
import { deliverPending, queueEmail } from "../platform/mail";
import { authorizeArticle, maySchedule, type Actor, type ArticleAction } from "../permissions";
import { recordAudit } from "../platform/audit";
import { refreshPublic, tagsForArticle } from "../reader/cache";
import { removePublication, writePublication } from "../reader/publications";
import { snapshotArticle } from "./revisions";
import { signOffNotApplicable } from "./sign-off";
import { checkOutsideApproval } from "./review-links";
import { assignIdentifiers, type GivenIdentifiers } from "./numbering";
import type { CurrentUser } from "../accounts/sessions";
import { getSiteSettings } from "../platform/site-settings";
import { fromSiteLocal } from "../platform/dates";

export type TransitionName =
  "submit" | "withdraw" | "requestChanges" | "approve" | "publish" | "schedule" | "unpublish" | "archive" | "newVersion";

interface Transition {
  permission: ArticleAction;
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** "submitted for review": for messages and audit. */
  done: string;
}

export const transitions: Record<TransitionName, Transition> = {
  submit: { permission: "articles.submit", from: ["draft", "changes_requested"], to: "in_review", done: "submitted for review" },
  withdraw: { permission: "articles.withdraw", from: ["in_review"], to: "draft", done: "withdrawn from review" },
  requestChanges: { permission: "articles.requestChanges", from: ["in_review"], to: "changes_requested", done: "sent back for changes" },
  approve: { permission: "articles.approve", from: ["in_review"], to: "approved", done: "approved" },
  publish: { permission: "articles.publish", from: ["approved", "scheduled"], to: "published", done: "published" },
  schedule: { permission: "articles.publish", from: ["approved"], to: "scheduled", done: "scheduled" },
  unpublish: { permission: "articles.unpublish", from: ["published", "scheduled"], to: "unpublished", done: "unpublished" },
  archive: {
    permission: "articles.archive",
    from: ["draft", "changes_requested", "approved", "unpublished", "published"],
    to: "archived",
    done: "archived",
  },
  // The public keeps the published copy (its Publication row) until the next publish replaces it.
  newVersion: { permission: "articles.newVersion", from: ["published"], to: "draft", done: "reopened as a new version" },
};

/** Transitions that change what the public sees, so the public pages must be refreshed after them. */
const changesPublic: ReadonlySet<TransitionName> = new Set(["publish", "schedule", "unpublish", "archive"]);

/**
 * Transitions that send a piece on towards readers: each refuses a piece whose lead image or
 * figures lack alt text (drafts may lack it while the writer works).
 */
const needsAltText: ReadonlySet<TransitionName> = new Set(["submit", "approve", "publish", "schedule"]);

/** Refuses, naming every image concerned, a piece whose lead image or figures have no alt text. */
async function checkAltText(articleId: string) {
  const { body, leadImage } = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { body: true, leadImage: { select: { alt: true } } },
  });
  const problems = missingAltText(leadImage, body as JSONContent);
  if (problems.length) throw new ValidationError(`${problems.join(" ")} Add alt text before the piece goes to review or to readers.`);
}

/** The order in which the studio offers transitions. */
export const transitionNames = Object.keys(transitions) as TransitionName[];

const statusLabel = (status: ArticleStatus) => status.replace(/_/g, " ");

/**
 * How far ahead a piece may be scheduled. A date years away is a typo (9999 for 2026), and the
 * piece would sit in the scheduled list, its byline and slug held, long after anyone remembers it.
 */
export const SCHEDULE_HORIZON_YEARS = 5;

function scheduleHorizon(now = new Date()): Date {
  const horizon = new Date(now);
  horizon.setUTCFullYear(horizon.getUTCFullYear() + SCHEDULE_HORIZON_YEARS);
  return horizon;
}

const options = z.object({
  reason: z.string().trim().max(4000, "The reason is at most 4,000 characters.").optional(),
  publishAt: z.coerce.date({ error: "Give a valid date and time." }).optional(),
  /** An archive piece's original publication date: publishing then puts it live at once, as of that date. */
  originalDate: z.coerce.date({ error: "Give a valid original publication date." }).optional(),
});

/** The earliest original publication date taken: an earlier one is a typo (0024 for 2024). */
const EARLIEST_ORIGINAL_DATE = new Date("1900-01-01T00:00:00Z");

/**
 * An original publication date must lie in the past: a date to come is scheduling, a separate
 * control with its own rules (maySchedule), never reached through back-dating.
 */
function checkOriginalDate(date: Date, now: Date) {
  const refuse = (message: string) => {
    throw new ValidationError(message, { originalDate: [message] });
  };
  if (date.getTime() > now.getTime()) refuse("The original publication date must be in the past. To publish later, schedule the piece.");
  if (date < EARLIEST_ORIGINAL_DATE) refuse("The original publication date must be after 1900.");
}

type Contact = { email: string; disabled: boolean } | null;
const reachable = (users: Contact[]) => users.filter((u): u is NonNullable<Contact> => Boolean(u && !u.disabled)).map((u) => u.email);

/** The mail each transition sends, and to whom; transitions not listed send none. */
const notices: Partial<
  Record<TransitionName, { to: "editors" | "authors"; subject: string; text: (actor: string, title: string, reason?: string) => string }>
> = {
  submit: { to: "editors", subject: "Submitted for review", text: (actor, title) => `${actor} submitted "${title}" for review.` },
  requestChanges: {
    to: "authors",
    subject: "Changes requested",
    text: (actor, title, reason) => `${actor} asked for changes to "${title}".\n\nReason:\n${reason}`,
  },
  approve: { to: "authors", subject: "Approved", text: (actor, title) => `${actor} approved "${title}".` },
  publish: { to: "authors", subject: "Published", text: (_actor, title) => `"${title}" is now published.` },
};

async function recipients(tx: Tx, articleId: string, who: "editors" | "authors") {
  const contact = { select: { email: true, disabled: true } };
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      title: true,
      createdBy: contact,
      authors: { select: { author: { select: { user: contact } } } },
      division: { select: { editors: { select: { user: contact } } } },
    },
  });
  if (who === "authors") return { title: article.title, to: reachable([article.createdBy, ...article.authors.map((a) => a.author.user)]) };
  // A division's own editors when it names them; otherwise every editor.
  const divisionEditors = reachable(article.division?.editors.map((e) => e.user) ?? []);
  const to = divisionEditors.length
    ? divisionEditors
    : (await tx.user.findMany({ where: { role: "editor", disabled: false }, select: { email: true } })).map((u) => u.email);
  return { title: article.title, to };
}

async function notify(tx: Tx, name: TransitionName, articleId: string, actorName: string, reason?: string) {
  const notice = notices[name];
  if (!notice) return null;
  const { title, to } = await recipients(tx, articleId, notice.to);
  return queueEmail(tx, { to, subject: `${notice.subject}: ${title}`, text: notice.text(actorName, title, reason) });
}

/**
 * Moves a piece from its current state to the transition's target, or refuses with a
 * message that names the current state. `reason` is required to request changes;
 * `publishAt` (in the future) to schedule.
 */
export async function transition(actor: CurrentUser | null, articleId: string, name: TransitionName, input: unknown = {}) {
  const rule = transitions[name];
  const { article, facts, actor: user } = await loadAuthorized(actor, rule.permission, articleId);
  const { reason, publishAt, originalDate } = parseInput(options, input);
  const now = new Date();

  if (!rule.from.includes(article.status)) {
    throw new ConflictError(`This piece is ${statusLabel(article.status)}, so it cannot be ${rule.done} now.`);
  }
  if (name === "requestChanges" && !reason) {
    throw new ValidationError("Say what needs to change: a reason is required.", { reason: ["A reason is required."] });
  }
  if (originalDate) {
    if (name !== "publish") {
      throw new ValidationError("Only publishing takes an original publication date.", { originalDate: ["Only for publishing."] });
    }
    authorizeArticle(user, "articles.backdate", facts);
    checkOriginalDate(originalDate, now);
  }
  if (name === "schedule" && (!publishAt || publishAt.getTime() <= Date.now())) {
    throw new ValidationError("Choose a publication time in the future.", { publishAt: ["Choose a time in the future."] });
  }
  if (name === "schedule" && publishAt && publishAt > scheduleHorizon()) {
    const message = `Choose a publication time at most ${SCHEDULE_HORIZON_YEARS} years ahead.`;
    throw new ValidationError(message, { publishAt: [message] });
  }
  if (needsAltText.has(name)) await checkAltText(articleId);
  if (name === "publish" || name === "schedule") await checkOutsideApproval(articleId);
  if (name === "schedule") {
    const hasLiveCopy = (await db.publication.count({ where: { articleId, liveFrom: { lte: new Date() } } })) > 0;
    if (!maySchedule(user, facts, hasLiveCopy)) {
      throw new ConflictError(
        "An earlier version of this piece is live. Publish the new version now; scheduling it would take the live one down until then.",
      );
    }
  }

  // The pages that showed the piece before (an older version may be live under another slug or byline).
  const shownBefore = changesPublic.has(name) ? await tagsForArticle(articleId) : [];
  const updated = await db.$transaction(async (tx) => {
    await applyChange(
      tx,
      { articleId, name, from: article.status, publishedAt: article.publishedAt, userId: user.id, now },
      { reason, publishAt, originalDate },
    );
    await notify(tx, name, articleId, user.name, reason);
    return tx.article.findUniqueOrThrow({ where: { id: articleId } });
  });
  // After commit, so a page rendered now already reads the new state.
  if (changesPublic.has(name)) refreshPublic([...new Set([...shownBefore, ...(await tagsForArticle(articleId))])]);
  // After commit: the change stands whether or not the mail server answers.
  await deliverPending();
  return updated;
}

interface Change {
  articleId: string;
  name: TransitionName;
  /** The state checked before: the update is guarded on it. */
  from: ArticleStatus;
  /** The piece's first publication date so far. */
  publishedAt: Date | null;
  userId: string;
  now: Date;
  /** What the revision is called: the transition's name, or "import". */
  kind?: string;
}

/**
 * The change itself, inside the caller's transaction: the status, a revision, the public copy and
 * the audit event. A back-dated publication (originalDate) is live at once, as of that date: its
 * publication date and its live time are both the original date, so listings, feeds, the sitemap
 * and search place it where it belongs in the archive, never on top as new.
 */
async function applyChange(tx: Tx, change: Change, { reason, publishAt, originalDate }: z.output<typeof options>) {
  const { articleId, name, from, now } = change;
  const rule = transitions[name];
  const publishedAt = originalDate ?? change.publishedAt ?? now;
  // Guarded on the state we checked, so two people acting at once cannot both succeed.
  const changed = await tx.article.updateMany({
    where: { id: articleId, status: from },
    data: {
      status: rule.to,
      version: { increment: 1 },
      ...(name === "submit" ? { submittedAt: now } : {}),
      ...(name === "schedule" ? { scheduledAt: publishAt } : {}),
      ...(name === "publish" ? { scheduledAt: null, publishedAt } : {}),
    },
  });
  if (changed.count === 0) throw new ConflictError("Someone else changed this piece's status a moment ago. Reload to see it.");

  // Series number and DOI at the first publication (or scheduling), in its year. An imported archive
  // piece gets neither: numbering it now would follow the import's order, not the archive's.
  const given: GivenIdentifiers =
    (name === "publish" || name === "schedule") && change.kind !== "import"
      ? await assignIdentifiers(tx, articleId, name === "schedule" && publishAt ? publishAt : publishedAt, {
          firstPublication: change.publishedAt === null,
        })
      : {};

  const revision = await snapshotArticle(tx, articleId, change.kind ?? name, change.userId, reason);
  if (name === "publish") await writePublication(tx, articleId, revision.id, originalDate ?? now);
  if (name === "schedule" && publishAt) await writePublication(tx, articleId, revision.id, publishAt);
  if (name === "unpublish" || name === "archive") await removePublication(tx, articleId);

  await recordAudit(tx, {
    actorId: change.userId,
    action: `articles.${name}`,
    articleId,
    details: {
      from,
      to: rule.to,
      ...(reason ? { reason } : {}),
      ...(publishAt ? { publishAt: publishAt.toISOString() } : {}),
      // Who back-dated the piece is this event's actor; the date it was given, and the one it had.
      ...(originalDate ? { originalDate: originalDate.toISOString(), previousPublishedAt: change.publishedAt?.toISOString() ?? null } : {}),
      ...(change.kind && change.kind !== name ? { via: change.kind } : {}),
      ...given,
    },
  });
}

/** States an import publishes from: its own new draft, or the live piece an earlier import made. */
const importableFrom: readonly ArticleStatus[] = ["draft", "published"];

/**
 * Publishes an imported archive piece as of its original date, inside the importer's transaction
 * (one piece, all or nothing). The same back-dated publication as the studio's, checked the same
 * way (publish and back-date on this piece), recorded as an "import" revision. No mail (the
 * authors of a migrated archive are not told of each piece) and no cache refresh: the importer
 * refreshes the public pages once at the end. Neither four-eyes nor a required outside approval
 * applies: the archive was signed off where it was first published.
 */
export async function publishImportedPiece(tx: Tx, actor: Actor, articleId: string, originalDate: Date) {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, include: factsInclude, omit: { body: true } });
  const facts = toFacts(article, signOffNotApplicable);
  authorizeArticle(actor, "articles.publish", facts);
  authorizeArticle(actor, "articles.backdate", facts);
  const now = new Date();
  checkOriginalDate(originalDate, now);
  if (!importableFrom.includes(article.status)) {
    throw new ConflictError(`This piece is ${statusLabel(article.status)} in Standfirst, so the import leaves it alone.`);
  }
  await applyChange(
    tx,
    { articleId, name: "publish", from: article.status, publishedAt: article.publishedAt, userId: actor.id, now, kind: "import" },
    { originalDate },
  );
}

/** Publishes now as of an original date in the site's time zone ("2024-06-03": that day's midnight there). */
export async function publishBackdatedAtSiteTime(actor: CurrentUser | null, articleId: string, localDate: string) {
  if (!actor) throw new NotSignedInError();
  const { timeZone } = await getSiteSettings();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(localDate.trim()) ? fromSiteLocal(`${localDate.trim()}T00:00`, timeZone) : null;
  if (!date) throw new ValidationError("Give the original publication date as YYYY-MM-DD.", { originalDate: ["Give a valid date."] });
  return transition(actor, articleId, "publish", { originalDate: date });
}

/** Schedules for a wall-clock time in the site's time zone, as editors type it ("2026-12-01T09:00"). */
export async function scheduleAtSiteTime(actor: CurrentUser | null, articleId: string, local: string) {
  if (!actor) throw new NotSignedInError();
  const { timeZone } = await getSiteSettings();
  return transition(actor, articleId, "schedule", { publishAt: fromSiteLocal(local, timeZone) });
}
