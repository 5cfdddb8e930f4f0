// The only place that decides who may do what (ARCHITECTURE.md, "Who may do what"). Roles grant named
// permissions; ownership, division and state rules narrow them for a given piece; list scopes say
// which pieces a person sees; composite rules combine them. Everything here is pure.
// Data modules call `authorize*` before they read or write anything.
import type { ArticleStatus, Role } from "./generated/prisma/enums";
import { ForbiddenError, NotFoundError, NotSignedInError } from "./platform/errors";

/** Actions on one piece. */
export const articleActions = [
  "articles.read",
  "articles.edit",
  "articles.submit",
  "articles.withdraw",
  "articles.comment",
  "articles.requestChanges",
  "articles.approve",
  "articles.publish",
  /** Publish with an original publication date in the past (an archive piece); never a writer's. */
  "articles.backdate",
  "articles.unpublish",
  "articles.archive",
  "articles.newVersion",
  "articles.correct",
  "articles.restoreRevision",
  "articles.sharePreview",
  /**
   * Delete a draft outright. Only its creator, and only while it has never been submitted or
   * published: once an editor has seen a piece it is part of the record, and leaves by archiving.
   */
  "articles.discard",
  /** Send an outside reviewer (no account) a link to approve the piece or ask for changes (lib/editorial/review-links.ts). */
  "articles.sendReviewLink",
  /** Set a piece's assigned editor, due date and priority (lib/editorial/assignments.ts). */
  "articles.assign",
] as const;

/** Actions that are not about one piece. */
export const siteActions = [
  /** Entering the studio at all: every studio page asks for it (requireUser in lib/accounts/auth.ts). */
  "studio.enter",
  "articles.create",
  /** Set a piece's byline freely. Without it a new piece carries one's own byline, and one may add co-authors but not remove them. */
  "articles.assignAuthors",
  "articles.viewReviewQueue",
  "comments.moderate",
  "authors.manage",
  "taxonomy.manage",
  /** Who edits a division decides who may act on its pieces: admins only, or an editor could appoint themselves. */
  "divisions.assignEditors",
  "disclaimers.manage",
  "users.manage",
  "audit.view",
  "outbox.view",
  /** See the media library and choose its images for a piece. */
  "media.browse",
  /** Upload images. A writer uploads only for a piece they may edit (lib/media/upload.ts asks "articles.edit"). */
  "media.upload",
  /** Change or delete any image in the library; without it, only one's own uploads (mayChangeMedia). */
  "media.manage",
  /**
   * Import a WordPress export: it publishes hundreds of back-dated pieces at once and creates
   * authors, divisions and topics, so admins only (lib/admin/wordpress-import/).
   */
  "import.run",
  /** The site's own settings (name, address, labels, licence, identifiers, review rules): admins only. */
  "settings.manage",
  /** File a pitch (an idea before a draft); a writer sees only the pitches they filed (lib/editorial/pitches.ts). */
  "pitches.file",
  /** See every pitch, and accept one (it becomes an assigned draft) or decline it with a reason. */
  "pitches.decide",
  /** Set a piece's DOI, licence and provenance (first published in, canonical URL); download Crossref deposit XML. */
  "identifiers.manage",
] as const;

export type ArticleAction = (typeof articleActions)[number];
export type SiteAction = (typeof siteActions)[number];
export type Action = ArticleAction | SiteAction;

/** What the role grants, before ownership and state. Writers get article actions only on their own pieces. */
const grants: Record<Role, ReadonlySet<Action>> = {
  writer: new Set<Action>([
    "studio.enter",
    "articles.create",
    "articles.read",
    "articles.edit",
    "articles.submit",
    "articles.withdraw",
    "articles.comment",
    "articles.discard",
    "media.browse",
    "media.upload",
    "pitches.file",
  ]),
  editor: new Set<Action>([
    ...articleActions,
    "studio.enter",
    "articles.create",
    "articles.assignAuthors",
    "articles.viewReviewQueue",
    "comments.moderate",
    "authors.manage",
    "taxonomy.manage",
    "disclaimers.manage",
    "audit.view",
    "media.browse",
    "media.upload",
    "media.manage",
    "pitches.file",
    "pitches.decide",
    "identifiers.manage",
    // Not "outbox.view": the outbox is a log of people's personal mail (invitations, password
    // resets), which no editorial task needs.
  ]),
  admin: new Set<Action>([...articleActions, ...siteActions]),
};

/** States in which a writer may change their own piece; editors may change any piece not yet live. */
const writerEditable: ReadonlySet<ArticleStatus> = new Set(["draft", "changes_requested"]);
const editorEditable: ReadonlySet<ArticleStatus> = new Set(["draft", "in_review", "changes_requested", "approved"]);

/** Who is asking. Null means not signed in (or a session that no longer counts). */
export interface Actor {
  id: string;
  role: Role;
  disabled: boolean;
}

/** What the rules need to know about a piece. */
export interface ArticleFacts {
  status: ArticleStatus;
  createdById: string;
  /** Users linked to the piece's author profiles. */
  authorUserIds: readonly string[];
  /** Editors of the piece's division; empty when the division has none (or there is no division). */
  divisionEditorIds: readonly string[];
  /** Ever submitted for review or published: no longer only its creator's to throw away. */
  everSubmitted: boolean;
  /**
   * Four-eyes sign-off (lib/editorial/sign-off.ts): whether the rule holds for this piece (its
   * division's setting, else the site's), who submitted the version under review, and who
   * substantially edited it since its last sign-off (approval or publication). Null editors: not
   * worked out for this check (loadAuthorized works them out for approve and publish), and the
   * rule then refuses rather than guess.
   */
  fourEyes: boolean;
  submittedById: string | null;
  substantialEditorIds: readonly string[] | null;
}

export type Decision = "allow" | "deny" | "not_found";

/** Created the piece, or is linked to one of its author profiles (lib/editorial/article-scope.ts is the same test as a query). */
const isContributor = (actor: Actor, article: ArticleFacts) => article.createdById === actor.id || article.authorUserIds.includes(actor.id);

/** Editors and admins see every piece (a division narrows what they may do, not what they see); writers only their own. */
const readsEveryPiece = (actor: Actor) => actor.role !== "writer";

/** Editors act on every piece, unless its division names its own editors. Admins always do. */
const editsDivision = (actor: Actor, article: ArticleFacts) =>
  actor.role === "admin" ||
  (actor.role === "editor" && (article.divisionEditorIds.length === 0 || article.divisionEditorIds.includes(actor.id)));

export function decideSite(actor: Actor | null, action: SiteAction): Decision {
  if (!actor || actor.disabled) return "deny";
  return grants[actor.role].has(action) ? "allow" : "deny";
}

export function decideArticle(actor: Actor | null, action: ArticleAction, article: ArticleFacts): Decision {
  const decision = decideByRole(actor, action, article);
  return decision === "allow" && actor && fourEyesRefusal(actor, action, article) ? "deny" : decision;
}

/** Role, ownership, division and state: everything but the four-eyes rule. */
function decideByRole(actor: Actor | null, action: ArticleAction, article: ArticleFacts): Decision {
  if (!actor || actor.disabled) return "not_found";
  const contributor = isContributor(actor, article);
  const canRead = readsEveryPiece(actor) || contributor;
  // Someone who may not see a piece must not learn that it exists.
  if (!canRead) return "not_found";
  if (!grants[actor.role].has(action)) return "deny";
  if (action === "articles.discard") {
    return article.createdById === actor.id && article.status === "draft" && !article.everSubmitted ? "allow" : "deny";
  }

  if (actor.role === "writer" || !editsDivision(actor, article)) {
    // Acting as a contributor: reading is open to every editor, the rest needs authorship.
    if (action === "articles.read") return "allow";
    if (!contributor) return "deny";
    switch (action) {
      case "articles.edit":
      case "articles.submit":
        return writerEditable.has(article.status) ? "allow" : "deny";
      case "articles.withdraw":
        return article.status === "in_review" ? "allow" : "deny";
      case "articles.comment":
        return "allow";
      default:
        return "deny";
    }
  }
  if (action === "articles.edit") return editorEditable.has(article.status) ? "allow" : "deny";
  return "allow";
}

/**
 * The four-eyes rule: a version goes to readers only after someone who did not write it has signed
 * it off. Whoever submitted the version under review or substantially edited it may not approve
 * it; whoever substantially edited it after its approval may not publish (or schedule) it. Admins
 * are not exempt: the rule is about the text having had a second reader, not about rank. Returns
 * the refusal, naming the rule, or null when the rule lets the person act.
 */
export function fourEyesRefusal(actor: Actor, action: ArticleAction, article: ArticleFacts): string | null {
  if (!article.fourEyes) return null;
  // Approval is of a piece in review, publication of an approved one: in every other state the
  // workflow refuses them anyway, saying why.
  const signsOff =
    (action === "articles.approve" && article.status === "in_review") || (action === "articles.publish" && article.status === "approved");
  if (!signsOff) return null;
  const editors = article.substantialEditorIds;
  if (editors === null) return "Four-eyes rule: who edited this version was not checked, so it cannot be signed off here.";
  if (action === "articles.publish") {
    return editors.includes(actor.id)
      ? "Four-eyes rule: you substantially edited this piece after it was approved, so another editor must publish it."
      : null;
  }
  if (article.submittedById === actor.id) return "Four-eyes rule: you submitted this version, so another editor must approve it.";
  if (editors.includes(actor.id)) return "Four-eyes rule: you substantially edited this version, so another editor must approve it.";
  return null;
}

/**
 * Which pieces a person sees in the studio's lists: "articles.read" for many pieces at once.
 * lib/editorial/article-scope.ts turns it into the query filter.
 */
export type ArticleScope = { kind: "all" } | { kind: "contributor"; userId: string } | { kind: "none" };

export function articleListScope(actor: Actor | null): ArticleScope {
  // No one signed in sees nothing: a missing actor never becomes "no filter".
  if (!actor || actor.disabled) return { kind: "none" };
  return readsEveryPiece(actor) ? { kind: "all" } : { kind: "contributor", userId: actor.id };
}

// Composite rules: what needs more than one permission, or depends on the piece's public copy.

/** Restoring a revision is a save, so it also needs the piece to be editable by this person now. */
export function mayRestoreRevision(actor: Actor | null, article: ArticleFacts): boolean {
  return (
    decideArticle(actor, "articles.restoreRevision", article) === "allow" && decideArticle(actor, "articles.edit", article) === "allow"
  );
}

/** A correction is a note on the live copy: a piece with none has nothing public to correct. */
export function mayCorrect(actor: Actor | null, article: ArticleFacts, hasLiveCopy: boolean): boolean {
  return decideArticle(actor, "articles.correct", article) === "allow" && hasLiveCopy;
}

/**
 * Scheduling is publishing at a later time. It replaces the public copy at once with one that is
 * not live yet, so over a live copy readers would lose the piece until then: refused.
 */
export function maySchedule(actor: Actor | null, article: ArticleFacts, hasLiveCopy: boolean): boolean {
  return decideArticle(actor, "articles.publish", article) === "allow" && !hasLiveCopy;
}

/** What the rules need to know about one image in the media library. */
export interface MediaFacts {
  uploadedById: string | null;
}

/** Changing an image's texts or focal point, or deleting it: editors any image, others their own uploads. */
export function mayChangeMedia(actor: Actor | null, asset: MediaFacts): boolean {
  if (decideSite(actor, "media.manage") === "allow") return true;
  return decideSite(actor, "media.upload") === "allow" && asset.uploadedById !== null && asset.uploadedById === actor?.id;
}

/** Roles a division may name as its editors: those who act on pieces as editors (see editsDivision). */
export const divisionEditorRoles: readonly Role[] = ["editor", "admin"];

/**
 * The four-eyes refusal for someone whom only that rule stops (everything else would let them),
 * so that pages and refusals name the rule; null for everyone else.
 */
export function stoppedByFourEyes(actor: Actor | null, action: ArticleAction, article: ArticleFacts): string | null {
  return actor && decideByRole(actor, action, article) === "allow" ? fourEyesRefusal(actor, action, article) : null;
}

/** Throws unless the actor may take the site-wide action; returns the actor it checked. */
export function authorizeSite<A extends Actor>(actor: A | null, action: SiteAction): A {
  if (!actor) throw new NotSignedInError();
  if (decideSite(actor, action) !== "allow") throw new ForbiddenError();
  return actor;
}

/** Throws unless the actor may take the action on the piece: 401, 404 (cannot see it) or 403. Returns the actor it checked. */
export function authorizeArticle<A extends Actor>(actor: A | null, action: ArticleAction, article: ArticleFacts): A {
  if (!actor) throw new NotSignedInError();
  const decision = decideArticle(actor, action, article);
  if (decision === "not_found") throw new NotFoundError("No such piece.");
  if (decision === "deny") throw new ForbiddenError(stoppedByFourEyes(actor, action, article) ?? deniedMessage(action, article.status));
  return actor;
}

function deniedMessage(action: ArticleAction, status: ArticleStatus) {
  const state = status.replace(/_/g, " ");
  if (action === "articles.edit") return `This piece is ${state}; you cannot edit it now.`;
  if (action === "articles.discard") {
    return "Only the person who started a draft may discard it, and only before it was ever submitted; archive it instead.";
  }
  return "You do not have permission to do that.";
}
