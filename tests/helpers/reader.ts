// Pieces brought to a given state through the real workflow, for the reader tests.
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { createSession, resolveSession } from "@/lib/accounts/sessions";
import { transition } from "@/lib/editorial/workflow";
import { makeUser } from "./db";

export type User = Awaited<ReturnType<typeof makeUser>>;

/** The signed-in form of a user, as lib functions receive it. */
export const signedIn = async (user: { id: string }) => (await resolveSession((await createSession(user.id)).id))!;

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
}

/** "scheduled" goes live in an hour; "scheduled-past" is scheduled with its time already come. */
export type Stage = ArticleStatus | "scheduled-past";

export async function pieceAt(stage: Stage, options: PieceOptions) {
  const w = await signedIn(options.writer);
  const e = await signedIn(options.editor);
  const article = await createArticle(w, {
    title: options.title ?? `A piece ${Math.random().toString(36).slice(2, 8)}`,
    standfirst: options.standfirst ?? "",
    body: options.body ?? doc("A sentence worth reading."),
    divisionId: options.divisionId ?? null,
    topicIds: options.topicIds ?? [],
    authorIds: options.authorIds ?? [],
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
  await transition(await signedIn(options.editor), article.id, "publish");
  return db.article.findUniqueOrThrow({ where: { id: article.id } });
}
