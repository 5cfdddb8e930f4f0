// Pieces the public can (or cannot yet) see, made through the real workflow so their
// publications are exactly what lib/reader/publications writes.
import { db } from "@/lib/platform/db";
import { createSession, resolveSession } from "@/lib/accounts/sessions";
import { transition } from "@/lib/editorial/workflow";
import { makeArticle } from "./db";

export const actorFor = async (user: { id: string }) => resolveSession((await createSession(user.id)).id);

interface PieceOptions {
  title: string;
  standfirst?: string;
  authorIds: string[];
  divisionId?: string | null;
  seriesId?: string | null;
  topicIds?: string[];
  /** Scheduled for this (future) time instead of published now. */
  publishAt?: Date;
}

/** An approved piece that an editor then publishes (or schedules). */
export async function publishPiece(editor: { id: string }, options: PieceOptions) {
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
      topics: { create: (options.topicIds ?? []).map((topicId) => ({ topicId })) },
    },
  });
  const actor = await actorFor(editor);
  return options.publishAt
    ? transition(actor, article.id, "schedule", { publishAt: options.publishAt })
    : transition(actor, article.id, "publish");
}

export const makeTopic = (name: string) => db.topic.create({ data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") } });
export const makeSeries = (name: string) => db.series.create({ data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") } });
