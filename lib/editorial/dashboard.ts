// The studio's first page: what needs the signed-in person's attention, by role. Each section
// shows its first few pieces and links to the full list (/studio/articles or the review queue),
// so the page costs the same at any size of archive.
import "server-only";
import { db } from "../platform/db";
import type { ArticleStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { articleListScope, authorizeSite, decideSite, type Actor } from "../permissions";
import { articleScopeWhere } from "./article-scope";
import { listReviewQueue } from "./review-queue";
import { listStudioArticles } from "./studio-articles";

/** Pieces shown per section; the section's "See all" link leads to the rest. */
export const SECTION_SIZE = 10;

const row = {
  id: true,
  title: true,
  status: true,
  updatedAt: true,
  submittedAt: true,
  scheduledAt: true,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { displayName: true } } } },
} satisfies Prisma.ArticleSelect;

interface Awaiting {
  id: string;
  title: string;
  submittedAt: Date;
  submittedBy: string | null;
  authors: { author: { displayName: string } }[];
}

/** Editors get the review queue; writers their own submissions. */
async function awaitingReview(user: Actor, isEditor: boolean, own: Prisma.ArticleWhereInput): Promise<Awaiting[]> {
  if (isEditor) return (await listReviewQueue(user, {}, SECTION_SIZE)).items;
  const rows = await db.article.findMany({ where: own, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], take: SECTION_SIZE, select: row });
  return rows.map((r) => ({ ...r, submittedAt: r.submittedAt ?? r.updatedAt, submittedBy: null }));
}

export async function getDashboard(actor: Actor | null) {
  const user = authorizeSite(actor, "articles.create");
  const isEditor = decideSite(user, "articles.viewReviewQueue") === "allow";
  // "My" sections hold what the person contributes to, whatever their role; the others what they may see.
  const mine = articleScopeWhere({ kind: "contributor", userId: user.id });
  const scope = articleScopeWhere(articleListScope(user));
  const inState = (where: Prisma.ArticleWhereInput, status: ArticleStatus): Prisma.ArticleWhereInput => ({ AND: [where, { status }] });

  const now = new Date();
  const newest: Prisma.ArticleOrderByWithRelationInput[] = [{ updatedAt: "desc" }, { id: "desc" }];
  const [myDrafts, returned, awaiting, scheduled, recentlyPublished, all] = await Promise.all([
    db.article.findMany({ where: inState(mine, "draft"), orderBy: newest, take: SECTION_SIZE, select: row }),
    db.article.findMany({
      where: inState(mine, "changes_requested"),
      orderBy: newest,
      take: SECTION_SIZE,
      select: {
        ...row,
        revisions: {
          where: { kind: "requestChanges" },
          orderBy: { number: "desc" },
          take: 1,
          select: { reason: true, createdAt: true, user: { select: { name: true } } },
        },
      },
    }),
    awaitingReview(user, isEditor, inState(mine, "in_review")),
    // A scheduled piece whose time has come is live (visibility is time, not a job): it is no longer "scheduled".
    db.article.findMany({
      where: { AND: [inState(scope, "scheduled"), { scheduledAt: { gt: now } }] },
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      take: SECTION_SIZE,
      select: row,
    }),
    db.publication.findMany({
      where: { liveFrom: { lte: now }, article: scope },
      orderBy: { liveFrom: "desc" },
      take: SECTION_SIZE,
      select: { articleId: true, slug: true, title: true, liveFrom: true, article: { select: { status: true } } },
    }),
    isEditor ? listStudioArticles(user, {}, SECTION_SIZE).then((page) => page.items) : Promise.resolve(null),
  ]);

  return {
    isEditor,
    myDrafts,
    returned: returned.map(({ revisions, ...r }) => ({ ...r, request: revisions[0] ?? null })),
    awaiting,
    scheduled,
    recentlyPublished: recentlyPublished.map((p) => ({
      ...p,
      article: { status: p.article.status === "scheduled" ? ("published" as const) : p.article.status },
    })),
    all,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
