// Publications are what the public reads: a copy of a piece as of the revision that was
// published, rendered to HTML once. Only the workflow (and the seed) writes them.
import type { JSONContent } from "@tiptap/core";
import { db, type Tx } from "./db";
import { countWords, plainText, renderRichText } from "./content";

/** Makes the article's current working copy, saved as `revisionId`, its public version from `liveFrom`. */
export async function writePublication(tx: Tx, articleId: string, revisionId: string, liveFrom: Date) {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { authors: { orderBy: { position: "asc" } }, topics: true },
  });
  const body = article.body as JSONContent;
  const data = {
    revisionId,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    body: article.body as object,
    bodyHtml: renderRichText("body", body),
    wordCount: countWords(plainText(body)),
    divisionId: article.divisionId,
    seriesId: article.seriesId,
    disclaimerId: article.disclaimerId,
    publishedAt: article.publishedAt ?? liveFrom,
    liveFrom,
  };
  await tx.publication.upsert({ where: { articleId }, create: { articleId, ...data }, update: data });
  await tx.publicationAuthor.deleteMany({ where: { publicationId: articleId } });
  await tx.publicationTopic.deleteMany({ where: { publicationId: articleId } });
  await tx.publicationAuthor.createMany({
    data: article.authors.map((a) => ({ publicationId: articleId, authorId: a.authorId, position: a.position })),
  });
  await tx.publicationTopic.createMany({
    data: article.topics.map((t) => ({ publicationId: articleId, topicId: t.topicId })),
  });
}

export async function removePublication(tx: Tx, articleId: string) {
  await tx.publication.deleteMany({ where: { articleId } });
}

// ---- Public reads. A piece is public while it has a publication whose time has come.

const PAGE_SIZE = 10;

const liveNow = () => ({ liveFrom: { lte: new Date() } });

const listing = {
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  liveFrom: true,
  division: { select: { slug: true, name: true } },
  authors: { orderBy: { position: "asc" as const }, select: { author: { select: { slug: true, displayName: true } } } },
};

export async function listLivePublications(page = 1) {
  const where = liveNow();
  const [items, total] = await Promise.all([
    db.publication.findMany({ where, orderBy: { liveFrom: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: listing }),
    db.publication.count({ where }),
  ]);
  return { items, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function getLivePublication(slug: string) {
  return db.publication.findFirst({
    where: { slug, ...liveNow() },
    include: {
      division: true,
      series: { include: { defaultDisclaimer: true } },
      disclaimer: true,
      authors: { orderBy: { position: "asc" }, include: { author: true } },
      topics: { include: { topic: true } },
      article: {
        select: {
          corrections: { orderBy: { createdAt: "asc" } },
          readerComments: { where: { status: "approved" }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, body: true, createdAt: true } },
        },
      },
    },
  });
}
