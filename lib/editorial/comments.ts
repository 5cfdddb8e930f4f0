// Editors' and authors' discussion of a piece: threads of plain-text comments, resolvable
// and reopenable. Only people who may comment on the piece see them; a writer who is not
// one of its authors gets "not found", as for the piece itself.
import "server-only";
import { z } from "zod";
import { loadAuthorized } from "./working-copy";
import { db } from "../platform/db";
import { NotFoundError } from "../platform/errors";
import { parseInput } from "../platform/validation";
import type { Actor } from "../permissions";

const commentBody = z
  .string({ error: "Write a comment first." })
  .trim()
  .min(1, "Write a comment first.")
  .max(10_000, "Comments are at most 10,000 characters.");

const person = { select: { id: true, name: true } } as const;

/** Threads in the order they were started (newest last), each with its replies in order. */
export async function listEditorialComments(actor: Actor | null, articleId: string) {
  await loadAuthorized(actor, "articles.comment", articleId);
  return db.editorialComment.findMany({
    where: { articleId, parentId: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      body: true,
      createdAt: true,
      resolvedAt: true,
      author: person,
      resolvedBy: person,
      replies: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: person } },
    },
  });
}

export type EditorialThread = Awaited<ReturnType<typeof listEditorialComments>>[number];

function parseBody(body: unknown) {
  // As a field, so that a problem is reported against the form's body field.
  return parseInput(z.object({ body: commentBody }), { body }).body;
}

/** Starts a thread, or replies to one; a reply to a reply joins the same thread. */
export async function addEditorialComment(actor: Actor | null, articleId: string, input: { body: unknown; parentId?: string | null }) {
  const { actor: user } = await loadAuthorized(actor, "articles.comment", articleId);
  const body = parseBody(input.body);
  let parentId: string | null = null;
  if (input.parentId) {
    const parent = await db.editorialComment.findFirst({ where: { id: input.parentId, articleId }, select: { id: true, parentId: true } });
    if (!parent) throw new NotFoundError("The comment you replied to no longer exists.");
    parentId = parent.parentId ?? parent.id;
  }
  return db.editorialComment.create({ data: { articleId, authorId: user.id, parentId, body } });
}

/** Resolves or reopens the thread a comment belongs to. */
export async function setThreadResolved(actor: Actor | null, commentId: string, resolved: boolean) {
  const comment = await db.editorialComment.findUnique({ where: { id: commentId }, select: { articleId: true, parentId: true } });
  if (!comment) throw new NotFoundError("No such comment.");
  const { actor: user } = await loadAuthorized(actor, "articles.comment", comment.articleId);
  return db.editorialComment.update({
    where: { id: comment.parentId ?? commentId },
    data: resolved ? { resolvedAt: new Date(), resolvedById: user.id } : { resolvedAt: null, resolvedById: null },
  });
}
