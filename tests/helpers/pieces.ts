// Pieces in each state, brought there through the real workflow so that their revisions and
// publications are exactly what lib/editorial and lib/reader write. (tests/helpers/db.ts
// writes bare rows in any state, for tests of the rules alone.)
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { transition } from "@/lib/editorial/workflow";
import { actorFor } from "./actors";
import { makeArticle, makeUser } from "./db";

export type User = Awaited<ReturnType<typeof makeUser>>;

export const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
export const doc = (...texts: string[]) => ({ type: "doc", content: texts.map(paragraph) });

export interface PieceOptions {
  writer: User;
  editor: User;
  title?: string;
  standfirst?: string;
  body?: object;
  divisionId?: string | null;
  topicIds?: string[];
  authorIds?: string[];
  leadImageId?: string | null;
}

/** "scheduled" goes live in an hour; "scheduled-past" is scheduled with its time already come. */
export type Stage = ArticleStatus | "scheduled-past";

/** A piece the writer created and the workflow brought to `stage`. */
export async function pieceAt(stage: Stage, options: PieceOptions) {
  const w = await actorFor(options.writer);
  const e = await actorFor(options.editor);
  const article = await createArticle(w, {
    title: options.title ?? `A piece ${Math.random().toString(36).slice(2, 8)}`,
    standfirst: options.standfirst ?? "",
    body: options.body ?? doc("A sentence worth reading."),
    divisionId: options.divisionId ?? null,
    topicIds: options.topicIds ?? [],
    authorIds: options.authorIds ?? [],
    leadImageId: options.leadImageId ?? null,
  });
  const id = article.id;
  const path: Record<Stage, (() => Promise<unknown>)[]> = {
    draft: [],
    in_review: [() => transition(w, id, "submit")],
    changes_requested: [() => transition(w, id, "submit"), () => transition(e, id, "requestChanges", { reason: "More sources." })],
    approved: [() => transition(w, id, "submit"), () => transition(e, id, "approve")],
    scheduled: [],
    "scheduled-past": [],
    published: [],
    unpublished: [],
    archived: [],
  };
  path.scheduled = [...path.approved, () => transition(e, id, "schedule", { publishAt: new Date(Date.now() + 3600_000) })];
  path["scheduled-past"] = [
    ...path.scheduled,
    () =>
      db.publication.update({
        where: { articleId: id },
        data: { liveFrom: new Date(Date.now() - 60_000), publishedAt: new Date(Date.now() - 60_000) },
      }),
  ];
  path.published = [...path.approved, () => transition(e, id, "publish")];
  path.unpublished = [...path.published, () => transition(e, id, "unpublish")];
  path.archived = [...path.published, () => transition(e, id, "archive")];
  for (const step of path[stage]) await step();
  return db.article.findUniqueOrThrow({ where: { id } });
}

/** A published piece by the shortest honest route: approved directly, then published through the workflow. */
export async function publishedPiece(options: PieceOptions) {
  const article = await pieceAt("draft", options);
  await db.article.update({ where: { id: article.id }, data: { status: "approved" } });
  await transition(await actorFor(options.editor), article.id, "publish");
  return db.article.findUniqueOrThrow({ where: { id: article.id } });
}

/** What publishPiece needs: no writer, the editor's own approved row. */
interface PublishOptions {
  title: string;
  standfirst?: string;
  authorIds: string[];
  divisionId?: string | null;
  seriesId?: string | null;
  topicIds?: string[];
  leadImageId?: string | null;
  /** Scheduled for this (future) time instead of published now. */
  publishAt?: Date;
}

/** An approved piece that an editor then publishes (or schedules). */
export async function publishPiece(editor: { id: string }, options: PublishOptions) {
  const article = await makeArticle({
    createdById: editor.id,
    authorIds: options.authorIds,
    status: "approved",
    divisionId: options.divisionId ?? null,
  });
  await db.article.update({
    where: { id: article.id },
    data: {
      title: options.title,
      standfirst: options.standfirst ?? `Why ${options.title} matters.`,
      seriesId: options.seriesId ?? null,
      leadImageId: options.leadImageId ?? null,
      topics: { create: (options.topicIds ?? []).map((topicId) => ({ topicId })) },
    },
  });
  const actor = await actorFor(editor);
  return options.publishAt
    ? transition(actor, article.id, "schedule", { publishAt: options.publishAt })
    : transition(actor, article.id, "publish");
}
