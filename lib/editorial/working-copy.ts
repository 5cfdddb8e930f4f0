// Pieces in the studio: listing, reading, creating and saving the working copy. Every
// function takes the current user and asks lib/permissions first. Status changes are not
// here: they belong to the workflow.
import "server-only";
import { SLUG_RULE, slugOf, slugPattern } from "../platform/slugs";
import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import { db, type Tx } from "../platform/db";
import { bodyFigures, emptyDoc, pieceMediaIds, RichTextError, validateRichText } from "../content";
import { renderBodyHtml } from "../media/body-html";
import { ConflictError, NotFoundError, ValidationError, fromDatabaseError } from "../platform/errors";
import { parsedByReceiver, parseInput } from "../platform/validation";
import type { Prisma } from "../generated/prisma/client";
import type { ArticleStatus } from "../generated/prisma/enums";
import type { Priority } from "../generated/prisma/enums";
import {
  authorizeArticle,
  authorizeSite,
  decideArticle,
  decideSite,
  type Actor,
  type ArticleAction,
  type ArticleFacts,
} from "../permissions";
import { recordAudit } from "../platform/audit";
import { snapshotArticle } from "./revisions";
import { signOffNotWorkedOut, workOutSignOff, type SignOffFacts } from "./sign-off";
import { baseRevision, mergeStaleSave } from "./stale-save";
import type { MergeablePiece } from "../content/merge";
import { pieceSlugHolder } from "../reader/legacy-paths";

/** What a save may change. Status, dates and version are not fields: the workflow owns them. */
const articleInput = z.object({
  title: z.string().trim().min(1, "Give the piece a title.").max(300, "Titles are at most 300 characters."),
  standfirst: z.string().trim().max(1200, "The standfirst is at most 1,200 characters.").default(""),
  slug: z.string().trim().max(120, "Slugs are at most 120 characters.").regex(slugPattern, SLUG_RULE).optional(),
  // Checked by validateRichText, control characters included.
  body: parsedByReceiver,
  divisionId: z.string().min(1).nullable().default(null),
  seriesId: z.string().min(1).nullable().default(null),
  disclaimerId: z.string().min(1).nullable().default(null),
  topicIds: z.array(z.string().min(1)).max(20).default([]),
  authorIds: z.array(z.string().min(1)).max(12).default([]),
  leadImageId: z.string().min(1).max(100).nullable().default(null),
});

/**
 * The fields of a save, with the body checked against the rich-text schema. The one parse of a
 * piece: the save and create actions and the save route hand it the input unread
 * (`parsedByReceiver`), so its refusals name the fields as the form does ("title", "body").
 */
function parseArticleInput(input: unknown) {
  const fields = parseInput(articleInput, input);
  let body: JSONContent;
  try {
    body = fields.body === undefined ? emptyDoc() : validateRichText("body", fields.body);
  } catch (error) {
    if (error instanceof RichTextError) throw new ValidationError(error.message, { body: [error.message] });
    throw error;
  }
  return { ...fields, body };
}

const MEDIA_GONE = "is no longer in the media library.";

/**
 * Refuses a save whose lead image or figures name an image the library no longer has (deleted
 * while the editor was open): the piece would show a hole. Inside the save's transaction, so a
 * delete cannot slip in between (and the lead image's foreign key holds it from then on).
 */
async function checkMediaExists(tx: Tx, fields: { leadImageId: string | null; body: JSONContent }) {
  const ids = pieceMediaIds(fields.leadImageId, fields.body);
  if (ids.length === 0) return;
  const found = new Set((await tx.mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((m) => m.id));
  if (fields.leadImageId && !found.has(fields.leadImageId)) {
    const message = `The lead image ${MEDIA_GONE}`;
    throw new ValidationError(message, { leadImageId: [message] });
  }
  const figure = bodyFigures(fields.body).find((f) => f.mediaId && !found.has(f.mediaId));
  if (figure) {
    const message = `The image of figure ${figure.number} ${MEDIA_GONE}`;
    throw new ValidationError(message, { body: [message] });
  }
}

export const factsInclude = {
  authors: { orderBy: { position: "asc" }, select: { authorId: true, author: { select: { userId: true } } } },
  topics: { select: { topicId: true } },
  division: { select: { fourEyes: true, editors: { select: { userId: true } } } },
} satisfies Prisma.ArticleInclude;

type WithFacts = Prisma.ArticleGetPayload<{ include: typeof factsInclude; omit: { body: true } }>;

/** The facts the rules read; the four-eyes ones (./sign-off.ts) are worked out by the caller, or not at all. */
export function toFacts(article: WithFacts, signOff: SignOffFacts = signOffNotWorkedOut): ArticleFacts {
  return {
    status: article.status,
    createdById: article.createdById,
    authorUserIds: article.authors.map((a) => a.author.userId).filter((id): id is string => Boolean(id)),
    divisionEditorIds: article.division?.editors.map((e) => e.userId) ?? [],
    everSubmitted: article.submittedAt !== null || article.publishedAt !== null,
    ...signOff,
  };
}

/**
 * Whether this check reads the four-eyes facts: approving a piece in review, publishing an approved
 * one (the only states the rule concerns). Only those checks pay for working them out (reading the
 * revisions since the last sign-off and comparing texts); an autosave does not.
 */
const readsSignOff = (action: ArticleAction, status: ArticleStatus) =>
  (action === "articles.approve" && status === "in_review") || (action === "articles.publish" && status === "approved");

/**
 * Loads a piece and checks the action; someone who may not see it gets "not found". Returns the
 * piece, the facts the rules read, and the actor the check verified (the caller acts as that one).
 * `signOff` works out the four-eyes facts for a check of another action (the overview, which
 * offers Approve and Publish).
 */
export async function loadAuthorized<A extends Actor>(
  actor: A | null,
  action: ArticleAction,
  articleId: string,
  options: { signOff?: boolean } = {},
) {
  // The body stays in the database: permission needs none of it, and it can be 100 KB.
  const article = await db.article.findUnique({ where: { id: articleId }, include: factsInclude, omit: { body: true } });
  if (!article) throw new NotFoundError("No such piece.");
  const signOff =
    options.signOff || readsSignOff(action, article.status) ? await workOutSignOff(article.id, article.division) : signOffNotWorkedOut;
  const facts = toFacts(article, signOff);
  return { article, facts, actor: authorizeArticle(actor, action, facts) };
}

const editableSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  body: true,
  status: true,
  version: true,
  divisionId: true,
  seriesId: true,
  disclaimerId: true,
  leadImageId: true,
  updatedAt: true,
  authors: { orderBy: { position: "asc" }, select: { authorId: true } },
  topics: { select: { topicId: true } },
} satisfies Prisma.ArticleSelect;

/** The working copy as the editor holds it: plain data, authors in byline order. */
export interface EditableArticle {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  body: JSONContent;
  status: WithFacts["status"];
  version: number;
  divisionId: string | null;
  seriesId: string | null;
  disclaimerId: string | null;
  leadImageId: string | null;
  authorIds: string[];
  topicIds: string[];
  updatedAt: string;
}

async function readEditable(articleId: string): Promise<EditableArticle> {
  const { authors, topics, body, updatedAt, ...rest } = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: editableSelect,
  });
  return {
    ...rest,
    body: body as JSONContent,
    updatedAt: updatedAt.toISOString(),
    authorIds: authors.map((a) => a.authorId),
    topicIds: topics.map((t) => t.topicId).sort(),
  };
}

/** The working copy for the editor; refuses (with the state as the reason) a piece its user may not edit now. */
export async function getArticleForEditing(actor: Actor | null, articleId: string): Promise<EditableArticle> {
  await loadAuthorized(actor, "articles.edit", articleId);
  return readEditable(articleId);
}

/** What the editor's lead image field shows of the chosen image: its name and whether it has alt text. */
export interface LeadImageSummary {
  id: string;
  title: string;
  alt: string;
}

/** The saved lead image of a piece, as the library holds it now; null for none. */
export async function getLeadImageSummary(actor: Actor | null, articleId: string): Promise<LeadImageSummary | null> {
  await loadAuthorized(actor, "articles.read", articleId);
  const { leadImage } = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { leadImage: { select: { id: true, title: true, alt: true } } },
  });
  return leadImage;
}

/**
 * The saved version someone else's save left behind, for the conflict view: anyone who may
 * read the piece may see it, with the body rendered as the public would read it, and the
 * revision numbered `baseVersion` (null if there is none), which both versions started from.
 */
export async function getCurrentVersion(
  actor: Actor | null,
  articleId: string,
  baseVersion?: number,
): Promise<EditableArticle & { bodyHtml: string; base: MergeablePiece | null }> {
  await loadAuthorized(actor, "articles.read", articleId);
  const article = await readEditable(articleId);
  const base = baseVersion === undefined ? null : await baseRevision(articleId, baseVersion);
  return { ...article, bodyHtml: await renderBodyHtml(article.body), base };
}

const SLUG_UNAVAILABLE = "This web address (slug) is not available; choose another.";

/**
 * A taken slug is named, with the piece that has it, only to someone who may read that piece.
 * Anyone else (a writer, and someone else's draft) learns that the address is not available,
 * not that a piece exists under it.
 */
async function slugConflict(actor: Actor, error: unknown, slug: string): Promise<unknown> {
  const mapped = fromDatabaseError(error, { slug });
  if (!(mapped instanceof ConflictError) || !mapped.fieldErrors.slug) return mapped;
  const holder = await db.article.findUnique({ where: { slug }, include: factsInclude, omit: { body: true } });
  if (holder && decideArticle(actor, "articles.read", toFacts(holder)) === "allow") return mapped;
  return new ConflictError(SLUG_UNAVAILABLE, { slug: [SLUG_UNAVAILABLE] });
}

/**
 * Refuses a slug another piece holds outside its working copy (which the unique index guards):
 * as its public address (a piece whose new version has another slug keeps its old one until it
 * is published) or as a former address that redirects to it (lib/reader/legacy-paths.ts). The
 * piece is named only to someone who may read it, as for a taken slug.
 */
async function refuseHeldSlug(actor: Actor, slug: string, articleId: string | null) {
  const held = await pieceSlugHolder(slug, articleId);
  if (!held) return;
  const holder = await db.article.findUnique({ where: { id: held.articleId }, include: factsInclude, omit: { body: true } });
  if (!holder || decideArticle(actor, "articles.read", toFacts(holder)) !== "allow") {
    throw new ConflictError(SLUG_UNAVAILABLE, { slug: [SLUG_UNAVAILABLE] });
  }
  const message = held.redirects
    ? `This address redirects to another piece: "${holder.title}". Choose another slug.`
    : `This address is another piece's public page: "${holder.title}". Choose another slug.`;
  throw new ConflictError(message, { slug: [message] });
}

/** A free slug made from a title: not a working copy's, a public page's or a redirect's. */
async function uniqueSlug(base: string) {
  const root = slugOf(base) || "untitled";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    const taken = await db.article.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken && !(await pieceSlugHolder(candidate, null))) return candidate;
  }
}

async function ownAuthorId(userId: string) {
  return (await db.authorProfile.findUnique({ where: { userId }, select: { id: true } }))?.id ?? null;
}

export async function createArticle(actor: Actor | null, input: unknown) {
  const user = authorizeSite(actor, "articles.create");
  const data = parseArticleInput(input);
  const own = await ownAuthorId(user.id);
  // Someone who may not assign bylines (a writer) always has their own on a new piece.
  const carriesOwn = own && decideSite(user, "articles.assignAuthors") !== "allow";
  const authorIds = [...new Set(carriesOwn ? [own, ...data.authorIds] : data.authorIds)];
  if (data.slug) await refuseHeldSlug(user, data.slug, null);
  const slug = data.slug ?? (await uniqueSlug(data.title));
  try {
    return await db.$transaction((tx) => insertDraft(tx, { actorId: user.id, createdById: user.id, fields: { ...data, authorIds }, slug }));
  } catch (error) {
    throw await slugConflict(user, error, slug);
  }
}

/** The desk's part of a new draft: who sees it through, by when, how urgent (lib/editorial/assignments.ts). */
export interface DraftAssignment {
  assignedEditorId: string | null;
  dueAt: Date | null;
  priority: Priority;
}

/**
 * Writes a new draft inside the caller's transaction: the row, its first revision and the audit
 * event. The one way a draft is made, whether typed in the studio (createArticle) or grown from
 * an accepted pitch (lib/editorial/pitches.ts); the caller has checked who may, and the byline.
 */
export async function insertDraft(
  tx: Tx,
  draft: {
    actorId: string;
    createdById: string;
    fields: ReturnType<typeof parseArticleInput>;
    slug: string;
    assignment?: DraftAssignment;
  },
) {
  const { fields: data } = draft;
  await checkMediaExists(tx, data);
  const article = await tx.article.create({
    data: {
      slug: draft.slug,
      title: data.title,
      standfirst: data.standfirst,
      body: data.body as object,
      divisionId: data.divisionId,
      seriesId: data.seriesId,
      disclaimerId: data.disclaimerId,
      leadImageId: data.leadImageId,
      mediaIds: pieceMediaIds(data.leadImageId, data.body),
      createdById: draft.createdById,
      ...draft.assignment,
      authors: { create: [...new Set(data.authorIds)].map((authorId, position) => ({ authorId, position })) },
      topics: { create: [...new Set(data.topicIds)].map((topicId) => ({ topicId })) },
    },
  });
  await snapshotArticle(tx, article.id, "create", draft.actorId);
  await recordAudit(tx, { actorId: draft.actorId, action: "articles.create", articleId: article.id });
  return article;
}

/** The fields of a new draft from outside the editor (a pitch's title and byline), read as a save's are. */
export const draftFields = (input: unknown) => parseArticleInput(input);

/** A free slug made from a title: "climate-policy", else "climate-policy-2"... */
export const freeSlug = (title: string) => uniqueSlug(title);

/** How a save is recorded: an ordinary save, or the restore of an earlier revision (which is also audited). */
export type SaveRecord = { kind: "save" } | { kind: "restore"; revisionNumber: number };

/** What a save answers; `merged` when it was merged with someone else's save, which the editor then shows. */
export interface SaveResult {
  id: string;
  slug: string;
  version: number;
  updatedAt: Date;
  merged?: EditableArticle;
}

type ArticleFields = ReturnType<typeof parseArticleInput>;

/** The piece as the working copy holds it before a save: what a save compares its byline and topics with. */
interface SaveTarget {
  slug: string;
  authorIds: string[];
  topicIds: string[];
}

/** What a save wrote: its answer, and the byline and topics it left. */
type Written = Omit<SaveResult, "merged"> & { authorIds: string[]; topicIds: string[] };

/** A save found the piece at another version than the one it started from. */
class StaleVersion extends Error {
  constructor(readonly latest: number) {
    super(`The piece is at version ${latest}.`);
  }
}

/** How many times a merged save is tried again when yet another save slipped in between. */
const MERGE_ATTEMPTS = 3;

const staleMessage = (baseVersion: number, latest: number) =>
  `Someone else saved this piece since you opened it (your copy is version ${baseVersion}, the saved one is version ${latest}).`;

/**
 * Saves the working copy if it is still at `baseVersion`. If someone else saved since, the
 * two saves are merged against their common base (the revision numbered `baseVersion`) when
 * they changed different parts, and the merge is saved as the next version; when both
 * changed the same part (or the base is gone, or the save is a restore) it refuses with a
 * conflict naming the parts and changes nothing, so neither person's text is lost.
 */
export async function saveArticle(
  actor: Actor | null,
  articleId: string,
  baseVersion: number,
  input: unknown,
  record: SaveRecord = { kind: "save" },
): Promise<SaveResult> {
  const { article: current, actor: user } = await loadAuthorized(actor, "articles.edit", articleId);
  const data = parseArticleInput(input);
  const target = {
    slug: current.slug,
    authorIds: current.authors.map((a) => a.authorId),
    topicIds: current.topics.map((t) => t.topicId),
  };
  try {
    return answer(await writeSave(user, articleId, baseVersion, data, target, record));
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    if (record.kind === "restore") throw new ConflictError(staleMessage(baseVersion, error.latest));
  }
  for (let attempt = 1; ; attempt++) {
    // Whoever saved may have changed who may edit the piece: ask again, and merge into what is there now.
    await loadAuthorized(user, "articles.edit", articleId);
    const theirs = await readEditable(articleId);
    const merged = await mergeStaleSave(articleId, baseVersion, data, theirs);
    if (!merged.ok) throw new ConflictError(`${staleMessage(baseVersion, theirs.version)}${merged.reason}`);
    let fields: ArticleFields;
    try {
      fields = parseArticleInput(merged.piece);
    } catch (error) {
      // Each version was valid alone; together they may not be (too long, say): a person decides.
      if (error instanceof ValidationError) throw new ConflictError(`${staleMessage(baseVersion, theirs.version)} ${error.message}`);
      throw error;
    }
    try {
      const written = await writeSave(user, articleId, theirs.version, fields, theirs, {
        kind: "merge",
        reason: `Changes made from version ${baseVersion}, merged with version ${theirs.version}.`,
      });
      return { ...answer(written), merged: editableOf(theirs.status, written, fields) };
    } catch (error) {
      if (!(error instanceof StaleVersion)) throw error;
      if (attempt === MERGE_ATTEMPTS) throw new ConflictError(staleMessage(baseVersion, error.latest));
    }
  }
}

const answer = ({ id, slug, version, updatedAt }: Written): SaveResult => ({ id, slug, version, updatedAt });

/** The working copy a merged save wrote, as the editor loads it. */
function editableOf(status: EditableArticle["status"], saved: Written, fields: ArticleFields): EditableArticle {
  return {
    id: saved.id,
    slug: saved.slug,
    title: fields.title,
    standfirst: fields.standfirst,
    body: fields.body,
    status,
    version: saved.version,
    divisionId: fields.divisionId,
    seriesId: fields.seriesId,
    disclaimerId: fields.disclaimerId,
    leadImageId: fields.leadImageId,
    authorIds: saved.authorIds,
    topicIds: [...saved.topicIds].sort(),
    updatedAt: saved.updatedAt.toISOString(),
  };
}

/** Writes a save over the working copy at `baseVersion`, with its revision; throws StaleVersion if the copy moved on. */
async function writeSave(
  user: Actor,
  articleId: string,
  baseVersion: number,
  data: ArticleFields,
  current: SaveTarget,
  record: SaveRecord | { kind: "merge"; reason: string },
): Promise<Written> {
  const before = current.authorIds;
  let authorIds = [...new Set(data.authorIds)];
  if (decideSite(user, "articles.assignAuthors") !== "allow") {
    // Writers may add co-authors but never drop someone else's byline.
    const own = await ownAuthorId(user.id);
    const dropped = before.filter((id) => id !== own && !authorIds.includes(id));
    if (dropped.length) {
      throw new ValidationError("Only an editor can remove another author from a piece.", {
        authorIds: ["Only an editor can remove another author."],
      });
    }
  }
  if (authorIds.length === 0) authorIds = before;
  const topicIds = [...new Set(data.topicIds)];
  // Most saves are autosaves of the text: the byline and topics are rewritten only when changed.
  const authorsChanged = authorIds.join("\n") !== before.join("\n");
  const beforeTopics = new Set(current.topicIds);
  const topicsChanged = topicIds.length !== beforeTopics.size || topicIds.some((id) => !beforeTopics.has(id));
  const slug = data.slug ?? current.slug;
  if (slug !== current.slug) await refuseHeldSlug(user, slug, articleId);
  const updatedAt = new Date();
  try {
    await db.$transaction(async (tx) => {
      await checkMediaExists(tx, data);
      // The body goes in as JSON text through raw SQL: Prisma walks a Json argument node by node,
      // which for a 10,000-word piece was a third of a save's time. This statement also takes
      // the version, so a stale save changes nothing.
      const updated = await tx.$executeRaw`
        UPDATE "Article" SET "body" = ${JSON.stringify(data.body)}::jsonb, "version" = "version" + 1, "updatedAt" = ${updatedAt}
        WHERE "id" = ${articleId} AND "version" = ${baseVersion}`;
      if (updated === 0) {
        const latest = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
        throw new StaleVersion(latest.version);
      }
      // The other fields through Prisma, whose errors name the field (a slug in use, say).
      await tx.article.update({
        where: { id: articleId },
        data: {
          title: data.title,
          standfirst: data.standfirst,
          slug,
          divisionId: data.divisionId,
          seriesId: data.seriesId,
          disclaimerId: data.disclaimerId,
          leadImageId: data.leadImageId,
          mediaIds: pieceMediaIds(data.leadImageId, data.body),
          updatedAt,
        },
        select: { id: true },
      });
      if (authorsChanged) {
        await tx.articleAuthor.deleteMany({ where: { articleId } });
        await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId, authorId, position })) });
      }
      if (topicsChanged) {
        await tx.articleTopic.deleteMany({ where: { articleId } });
        await tx.articleTopic.createMany({ data: topicIds.map((topicId) => ({ articleId, topicId })) });
      }
      if (record.kind === "restore") {
        await snapshotArticle(tx, articleId, "restore", user.id, `Restored from revision ${record.revisionNumber}.`);
        await recordAudit(tx, {
          actorId: user.id,
          action: "articles.restoreRevision",
          articleId,
          details: { revision: record.revisionNumber },
        });
      } else if (record.kind === "merge") {
        await snapshotArticle(tx, articleId, "merge", user.id, record.reason);
      } else {
        await snapshotArticle(tx, articleId, "save", user.id);
      }
    });
    // The update matched baseVersion, so what is stored now is exactly what was written.
    return { id: articleId, slug, version: baseVersion + 1, updatedAt, authorIds, topicIds };
  } catch (error) {
    if (error instanceof StaleVersion) throw error;
    throw await slugConflict(user, error, slug);
  }
}
