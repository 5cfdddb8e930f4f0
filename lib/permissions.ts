// The only place that decides who may do what (ARCHITECTURE.md, "Who may do what"). Roles grant named
// permissions; ownership, division and state rules narrow them for a given piece.
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
  "articles.unpublish",
  "articles.archive",
  "articles.newVersion",
  "articles.correct",
  "articles.restoreRevision",
  "articles.sharePreview",
  "articles.delete",
] as const;

/** Actions that are not about one piece. */
export const siteActions = [
  "articles.create",
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
] as const;

export type ArticleAction = (typeof articleActions)[number];
export type SiteAction = (typeof siteActions)[number];
export type Action = ArticleAction | SiteAction;

/** What the role grants, before ownership and state. Writers get article actions only on their own pieces. */
const grants: Record<Role, ReadonlySet<Action>> = {
  writer: new Set<Action>([
    "articles.create",
    "articles.read",
    "articles.edit",
    "articles.submit",
    "articles.withdraw",
    "articles.comment",
  ]),
  editor: new Set<Action>([
    ...articleActions,
    "articles.create",
    "articles.viewReviewQueue",
    "comments.moderate",
    "authors.manage",
    "taxonomy.manage",
    "disclaimers.manage",
    "audit.view",
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
}

export type Decision = "allow" | "deny" | "not_found";

const isContributor = (actor: Actor, article: ArticleFacts) => article.createdById === actor.id || article.authorUserIds.includes(actor.id);

/** Editors act on every piece, unless its division names its own editors. Admins always do. */
const editsDivision = (actor: Actor, article: ArticleFacts) =>
  actor.role === "admin" ||
  (actor.role === "editor" && (article.divisionEditorIds.length === 0 || article.divisionEditorIds.includes(actor.id)));

export function decideSite(actor: Actor | null, action: SiteAction): Decision {
  if (!actor || actor.disabled) return "deny";
  return grants[actor.role].has(action) ? "allow" : "deny";
}

export function decideArticle(actor: Actor | null, action: ArticleAction, article: ArticleFacts): Decision {
  if (!actor || actor.disabled) return "not_found";
  const contributor = isContributor(actor, article);
  const canRead = actor.role !== "writer" || contributor;
  // Someone who may not see a piece must not learn that it exists.
  if (!canRead) return "not_found";
  if (!grants[actor.role].has(action)) return "deny";

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

/** Throws unless the actor may take the site-wide action. */
export function authorizeSite(actor: Actor | null, action: SiteAction): Actor {
  if (!actor) throw new NotSignedInError();
  if (decideSite(actor, action) !== "allow") throw new ForbiddenError();
  return actor;
}

/** Throws unless the actor may take the action on the piece: 401, 404 (cannot see it) or 403. */
export function authorizeArticle(actor: Actor | null, action: ArticleAction, article: ArticleFacts): Actor {
  if (!actor) throw new NotSignedInError();
  const decision = decideArticle(actor, action, article);
  if (decision === "not_found") throw new NotFoundError("No such piece.");
  if (decision === "deny") throw new ForbiddenError(deniedMessage(action, article.status));
  return actor;
}

function deniedMessage(action: ArticleAction, status: ArticleStatus) {
  const state = status.replace(/_/g, " ");
  if (action === "articles.edit") return `This piece is ${state}; you cannot edit it now.`;
  return "You do not have permission to do that.";
}
