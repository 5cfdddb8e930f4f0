// The studio's first page: what needs the signed-in person's attention, by role. Each section
// shows its first few pieces and links to the full list (/studio/articles or the review queue),
// so the page costs the same at any size of archive.
import "server-only";
import { db } from "../platform/db";
import type { Prisma } from "../generated/prisma/client";
import { articleListScope, authorizeSite, decideSite, type Actor } from "../permissions";
import { articleScopeBranches } from "./article-scope";
import { mergeReads, type Cursor, type ListOrder } from "../platform/keyset";
import { listReviewQueue } from "./review-queue";
import { listStudioArticles, MINE } from "./studio-articles";

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

type Part = Prisma.ArticleWhereInput;

/**
 * A section's first pieces, read from each part of a scope by its own index and merged
 * (article-scope.ts's `articleScopeBranches`): a writer's sections stay index scans at any size.
 */
async function firstOf<T>(parts: Part[], read: (part: Part) => Promise<T[]>, cursorOf: (row: T) => Cursor, direction: ListOrder) {
  return mergeReads(await Promise.all(parts.map(read)), cursorOf, direction, SECTION_SIZE);
}

const both = (part: Part, ...more: Part[]): Part => ({ AND: [part, ...more] });

/** Editors get the review queue; writers their own submissions. */
async function awaitingReview(user: Actor, isEditor: boolean, own: Part[]): Promise<Awaiting[]> {
  if (isEditor) return (await listReviewQueue(user, {}, SECTION_SIZE)).items;
  const rows = await firstOf(
    own,
    (part) =>
      db.article.findMany({
        where: both(part, { status: "in_review" }),
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        take: SECTION_SIZE,
        select: row,
      }),
    (r) => ({ at: r.submittedAt ?? r.updatedAt, id: r.id }),
    "asc",
  );
  return rows.map((r) => ({ ...r, submittedAt: r.submittedAt ?? r.updatedAt, submittedBy: null }));
}

export async function getDashboard(actor: Actor | null) {
  const user = authorizeSite(actor, "articles.create");
  const isEditor = decideSite(user, "articles.viewReviewQueue") === "allow";
  // "My" sections hold what the person contributes to, whatever their role; the others what they may see.
  const mine = articleScopeBranches({ kind: "contributor", userId: user.id });
  const scope = articleScopeBranches(articleListScope(user));
  const changed = (r: { updatedAt: Date; id: string }) => ({ at: r.updatedAt, id: r.id });

  const now = new Date();
  const newest: Prisma.ArticleOrderByWithRelationInput[] = [{ updatedAt: "desc" }, { id: "desc" }];
  // The desk: what is late, what is due this week, and (for editors) what they see through.
  const desk = (filters: Record<string, string>) => listStudioArticles(user, filters, SECTION_SIZE).then((page) => page.items);
  const [overdue, dueThisWeek, assignedToMe] = await Promise.all([
    desk({ due: "overdue" }),
    desk({ due: "week" }),
    isEditor ? desk({ assigned: MINE }) : Promise.resolve(null),
  ]);
  const [myDrafts, returned, awaiting, scheduled, recentlyPublished, all] = await Promise.all([
    firstOf(
      mine,
      (part) => db.article.findMany({ where: both(part, { status: "draft" }), orderBy: newest, take: SECTION_SIZE, select: row }),
      changed,
      "desc",
    ),
    firstOf(
      mine,
      (part) =>
        db.article.findMany({
          where: both(part, { status: "changes_requested" }),
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
      changed,
      "desc",
    ),
    awaitingReview(user, isEditor, mine),
    // A scheduled piece whose time has come is live (visibility is time, not a job): it is no longer "scheduled".
    firstOf(
      scope,
      (part) =>
        db.article.findMany({
          where: both(part, { status: "scheduled" }, { scheduledAt: { gt: now } }),
          orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
          take: SECTION_SIZE,
          select: row,
        }),
      (r) => ({ at: r.scheduledAt ?? r.updatedAt, id: r.id }),
      "asc",
    ),
    firstOf(
      scope,
      (part) =>
        db.publication.findMany({
          where: { liveFrom: { lte: now }, article: part },
          orderBy: [{ liveFrom: "desc" }, { articleId: "desc" }],
          take: SECTION_SIZE,
          select: { articleId: true, slug: true, title: true, liveFrom: true, article: { select: { status: true } } },
        }),
      (p) => ({ at: p.liveFrom, id: p.articleId }),
      "desc",
    ),
    isEditor ? listStudioArticles(user, {}, SECTION_SIZE).then((page) => page.items) : Promise.resolve(null),
  ]);

  return {
    isEditor,
    overdue,
    dueThisWeek,
    assignedToMe,
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
