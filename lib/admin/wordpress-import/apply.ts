// Carrying out an import plan (./plan.ts). Guest authors, divisions and topics the plan needs are
// made first (each found again if it exists, so a second run makes none). Then each post in its
// own transaction: the piece, its byline and topics, its publication as of its original date
// through the workflow (lib/editorial/workflow.ts publishImportedPiece: revision and audit
// event), its old addresses and the record of the import. A post that fails leaves nothing
// behind and does not stop the others.
import "server-only";
import { pieceMediaIds } from "../../content/media";
import type { Actor } from "../../permissions";
import { db, type Tx } from "../../platform/db";
import { recordAudit } from "../../platform/audit";
import { publishImportedPiece } from "../../editorial/workflow";
import { snapshotArticle } from "../../editorial/revisions";
import { publicTags } from "../../reader/cache";
import { resolveImages } from "./images";
import type { TermTarget } from "./mapping";
import type { ImportPlan, PostPlan } from "./plan";

/** Ids of the bylines, divisions and topics the posts refer to. */
export interface References {
  authors: Map<string, string>;
  divisions: Map<string, string>;
  topics: Map<string, string>;
}

const EMPTY_BIO = { type: "doc", content: [] };

async function findOrCreate(
  find: () => Promise<{ id: string } | null>,
  create: (tx: Tx) => Promise<{ id: string }>,
  audit: (id: string) => Parameters<typeof recordAudit>[1],
): Promise<string> {
  const found = await find();
  if (found) return found.id;
  try {
    return await db.$transaction(async (tx) => {
      const made = await create(tx);
      await recordAudit(tx, audit(made.id));
      return made.id;
    });
  } catch (error) {
    // Made a moment ago by another run of the same import (two tabs): use that one.
    const again = await find();
    if (again) return again.id;
    throw error;
  }
}

/** Makes the guest authors, divisions and topics that the posts to write need; finds the rest. */
export async function prepareReferences(actor: Actor, plan: ImportPlan, posts: PostPlan[]): Promise<References> {
  const refs: References = { authors: new Map(), divisions: new Map(), topics: new Map() };
  const importedFrom = plan.source;
  const logins = new Set(posts.map((p) => p.authorLogin));
  for (const author of plan.authors) {
    if (!logins.has(author.login)) continue;
    const { match } = author;
    if (match.kind !== "guest") {
      refs.authors.set(author.login, match.authorId);
      continue;
    }
    const id = await findOrCreate(
      () => db.authorProfile.findUnique({ where: { slug: match.slug }, select: { id: true } }),
      (tx) => tx.authorProfile.create({ data: { slug: match.slug, displayName: match.displayName, bio: EMPTY_BIO }, select: { id: true } }),
      (made) => ({
        actorId: actor.id,
        action: "authors.create",
        subject: `author:${made}`,
        details: { displayName: match.displayName, slug: match.slug, importedFrom },
      }),
    );
    refs.authors.set(author.login, id);
  }

  const targets = (pick: (p: PostPlan) => TermTarget[]) => {
    const all = new Map<string, TermTarget>();
    for (const post of posts) for (const target of pick(post)) if (target.action !== "ignore") all.set(target.slug, target);
    return [...all.values()];
  };
  for (const target of targets((p) => (p.division ? [p.division] : []))) {
    if (target.action === "ignore") continue;
    const where = target.action === "create" ? { OR: [{ slug: target.slug }, { name: target.name }] } : { slug: target.slug };
    const id = await findOrCreate(
      () => db.division.findFirst({ where, select: { id: true } }),
      async (tx) => {
        if (target.action !== "create") throw new Error(`There is no division "${target.slug}".`);
        return tx.division.create({ data: { slug: target.slug, name: target.name }, select: { id: true } });
      },
      (made) => ({
        actorId: actor.id,
        action: "divisions.create",
        subject: `division:${made}`,
        details: { slug: target.slug, importedFrom },
      }),
    ).catch(() => null);
    if (id) refs.divisions.set(target.slug, id);
  }
  for (const target of targets((p) => p.topics)) {
    if (target.action === "ignore") continue;
    const where = target.action === "create" ? { OR: [{ slug: target.slug }, { name: target.name }] } : { slug: target.slug };
    const id = await findOrCreate(
      () => db.topic.findFirst({ where, select: { id: true } }),
      async (tx) => {
        if (target.action !== "create") throw new Error(`There is no topic "${target.slug}".`);
        return tx.topic.create({ data: { slug: target.slug, name: target.name }, select: { id: true } });
      },
      (made) => ({ actorId: actor.id, action: "topics.create", subject: `topic:${made}`, details: { slug: target.slug, importedFrom } }),
    ).catch(() => null);
    if (id) refs.topics.set(target.slug, id);
  }
  return refs;
}

/** The tags of the public pages an import changed: every listing, and the collections it touched. */
export function importTags(refs: References): string[] {
  return [
    publicTags.publications,
    ...[...refs.authors.values()].map(publicTags.author),
    ...[...refs.divisions.values()].map(publicTags.division),
    ...[...refs.topics.values()].map(publicTags.topic),
  ];
}

const slugOfTarget = (target: TermTarget | null) => (target && target.action !== "ignore" ? target.slug : null);

/**
 * Writes one post: all of it in one transaction, or nothing. Throws what stopped it. `mediaIds`
 * gives each of the plan's image tokens its library id (./images.ts bringImages).
 */
export async function applyPost(
  actor: Actor,
  source: string,
  post: PostPlan,
  refs: References,
  mediaIds: Map<string, string>,
): Promise<string> {
  const authorId = refs.authors.get(post.authorLogin);
  if (!authorId) throw new Error(`No byline for the WordPress author "${post.authorLogin}".`);
  const divisionSlug = slugOfTarget(post.division);
  const divisionId = divisionSlug ? refs.divisions.get(divisionSlug) : null;
  if (divisionSlug && !divisionId) throw new Error(`The division "${divisionSlug}" does not exist.`);
  const topicIds = [...new Set(post.topics.map(slugOfTarget).flatMap((slug) => (slug && refs.topics.get(slug)) || []))];
  const { body, leadImageId } = resolveImages(post.body, post.leadImage, mediaIds);
  const fields = {
    slug: post.slug,
    title: post.title,
    standfirst: post.standfirst,
    body: body as object,
    divisionId: divisionId ?? null,
    leadImageId,
    mediaIds: pieceMediaIds(leadImageId, body),
  };

  return db.$transaction(
    async (tx) => {
      let articleId: string;
      if (post.action === "update" && post.articleId) {
        articleId = post.articleId;
        // Guarded on the version the last import left: an edit made since wins, and this post fails.
        const changed = await tx.article.updateMany({ where: { id: articleId, version: post.importedVersion }, data: fields });
        if (changed.count === 0) throw new Error("The piece was edited in Standfirst a moment ago; it is left as it is.");
        await tx.articleAuthor.deleteMany({ where: { articleId } });
        await tx.articleTopic.deleteMany({ where: { articleId } });
        await tx.articleAuthor.create({ data: { articleId, authorId, position: 0 } });
        await tx.articleTopic.createMany({ data: topicIds.map((topicId) => ({ articleId, topicId })) });
      } else {
        const article = await tx.article.create({
          data: {
            ...fields,
            createdById: actor.id,
            authors: { create: [{ authorId, position: 0 }] },
            topics: { create: topicIds.map((topicId) => ({ topicId })) },
          },
          select: { id: true },
        });
        articleId = article.id;
        // As every piece begins: a first revision, here what WordPress had, before the publication's.
        await snapshotArticle(tx, articleId, "create", actor.id);
      }
      await publishImportedPiece(tx, actor, articleId, post.publishedAt);
      // An address another piece already answers keeps its piece.
      await tx.legacyPath.createMany({ data: post.legacyPaths.map((path) => ({ path, articleId })), skipDuplicates: true });
      const { version } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
      await tx.importedPost.upsert({
        where: { source_sourceId: { source, sourceId: post.postId } },
        create: { source, sourceId: post.postId, articleId, contentHash: post.contentHash, importedVersion: version },
        update: { contentHash: post.contentHash, importedVersion: version },
      });
      return articleId;
    },
    // A long body and its rendering take a moment; the default 5 s is for interactive saves.
    { timeout: 30_000 },
  );
}
