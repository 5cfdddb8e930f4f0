// The desk's hold on a piece: the editor who sees it through, its due date and its priority.
// Editors set them on the piece's overview ("articles.assign"), and an accepted pitch starts its
// draft with them (lib/editorial/pitches.ts). A due date is a day of the site's calendar: the
// piece is due by the end of that day there, and overdue from the next.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { recordAudit, changedFields } from "../platform/audit";
import { addDays, dayStartsAt, parseDay, siteDay } from "../platform/dates";
import { ValidationError } from "../platform/errors";
import { getSiteSettings } from "../platform/site-settings";
import { parseInput } from "../platform/validation";
import { Priority } from "../generated/prisma/enums";
import type { ArticleStatus } from "../generated/prisma/enums";
import { decideArticle, divisionEditorRoles, type Actor } from "../permissions";
import { loadAuthorized, type DraftAssignment } from "./working-copy";

/** States in which a piece is still being worked on: only these can be overdue. */
export const OPEN_STATUSES: ArticleStatus[] = ["draft", "in_review", "changes_requested", "approved"];

/** What the assignment form sends: empty fields clear the editor and the due date. */
export const assignmentInput = z.object({
  assignedEditorId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  dueOn: z
    .string()
    .trim()
    .refine((v) => v === "" || parseDay(v) !== null, "Give the due date as a day (YYYY-MM-DD).")
    .default(""),
  priority: z.enum(Priority, { error: "Choose a priority." }).default("normal"),
});

/** The instant a piece due on `day` (the site's calendar) becomes overdue: the start of the next day. */
export const dueAtFor = (day: string, timeZone: string) => new Date(dayStartsAt(addDays(day, 1), timeZone).getTime() - 1);

/** The site day a piece is due on (the inverse of dueAtFor). */
export const dueDayOf = (dueAt: Date, timeZone: string) => siteDay(dueAt, timeZone);

/** Reads an assignment and checks its editor is someone who acts on pieces as an editor. */
export async function parseAssignment(input: unknown): Promise<DraftAssignment> {
  const fields = parseInput(assignmentInput, input ?? {});
  if (fields.assignedEditorId) {
    const editor = await db.user.findUnique({ where: { id: fields.assignedEditorId }, select: { role: true, disabled: true } });
    if (!editor || editor.disabled || !divisionEditorRoles.includes(editor.role)) {
      const message = "Choose an editor or an admin as the assigned editor.";
      throw new ValidationError(message, { assignedEditorId: [message] });
    }
  }
  const { timeZone } = await getSiteSettings();
  return {
    assignedEditorId: fields.assignedEditorId,
    dueAt: fields.dueOn ? dueAtFor(fields.dueOn, timeZone) : null,
    priority: fields.priority,
  };
}

/** Sets a piece's assigned editor, due date and priority; audited with what changed. */
export async function setAssignment(actor: Actor | null, articleId: string, input: unknown) {
  const { actor: user } = await loadAuthorized(actor, "articles.assign", articleId);
  const next = await parseAssignment(input);
  const { timeZone } = await getSiteSettings();
  await db.$transaction(async (tx) => {
    const before = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { assignedEditorId: true, dueAt: true, priority: true },
    });
    const day = (d: Date | null) => (d ? dueDayOf(d, timeZone) : null);
    const changes = changedFields(
      { assignedEditorId: before.assignedEditorId, dueOn: day(before.dueAt), priority: before.priority },
      { assignedEditorId: next.assignedEditorId, dueOn: day(next.dueAt), priority: next.priority },
    );
    // Saving the form unchanged changes nothing, so the log says nothing.
    if (Object.keys(changes).length === 0) return;
    await tx.article.update({ where: { id: articleId }, data: next });
    await recordAudit(tx, { actorId: user.id, action: "articles.assign", articleId, details: changes });
  });
  return { articleId };
}

/** Who may be named a piece's assigned editor: editors and admins still able to sign in. */
export async function assignableEditors() {
  return db.user.findMany({
    where: { role: { in: [...divisionEditorRoles] }, disabled: false },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** A piece's assignment as its overview shows it, with the editors to choose from when the person may change it. */
export async function getAssignment(actor: Actor | null, articleId: string) {
  const { facts, actor: user } = await loadAuthorized(actor, "articles.read", articleId);
  const [article, { timeZone }] = await Promise.all([
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { dueAt: true, priority: true, status: true, assignedEditor: { select: { id: true, name: true } } },
    }),
    getSiteSettings(),
  ]);
  const mayAssign = decideArticle(user, "articles.assign", facts) === "allow";
  return {
    assignedEditor: article.assignedEditor,
    dueAt: article.dueAt,
    dueOn: article.dueAt ? dueDayOf(article.dueAt, timeZone) : null,
    overdue: Boolean(article.dueAt && article.dueAt < new Date() && OPEN_STATUSES.includes(article.status)),
    priority: article.priority,
    editors: mayAssign ? await assignableEditors() : null,
  };
}
