// Pitches: an idea before a draft. Writers and editors file them ("pitches.file"); editors
// ("pitches.decide") accept one, which makes it a draft through the one draft-making code
// (working-copy.ts's insertDraft) with the proposed author on the byline and the desk's
// assignment, or decline it with a reason the filer is told by mail. Writers see only the
// pitches they filed; editors see all. Every change is audited.
import "server-only";
import { z } from "zod";
import { db, type Tx } from "../platform/db";
import { recordAudit } from "../platform/audit";
import { keysetPage, keysetQuery, pageAtFrom, pageAtParams } from "../platform/keyset";
import { deliverPending, queueEmail } from "../platform/mail";
import { ConflictError, NotFoundError, ValidationError } from "../platform/errors";
import { paths, urlOn } from "../platform/paths";
import { absoluteUrl, siteUrl } from "../platform/site-settings";
import { parseInput } from "../platform/validation";
import { PitchStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { authorizeSite, decideSite, type Actor } from "../permissions";
import { emptyDoc } from "../content";
import { parseAssignment } from "./assignments";
import { draftFields, freeSlug, insertDraft } from "./working-copy";

export const PITCH_PAGE_SIZE = 50;

export const pitchStatusLabels: Record<PitchStatus, string> = { open: "Open", accepted: "Accepted", declined: "Declined" };

const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => v || null);

const pitchInput = z.object({
  workingTitle: z.string().trim().min(1, "Give the pitch a working title.").max(300, "Working titles are at most 300 characters."),
  // It becomes the draft's standfirst, so it keeps to the standfirst's length.
  summary: z
    .string()
    .trim()
    .min(1, "Say in a few sentences what the piece will argue.")
    .max(1200, "The summary is at most 1,200 characters."),
  proposedAuthorId: z.string().trim().min(1, "Choose the proposed author.").max(64),
  divisionId: optionalId,
});

const subject = (id: string) => `pitch:${id}`;

async function checkReferences(fields: { proposedAuthorId: string; divisionId: string | null }) {
  const [author, division] = await Promise.all([
    db.authorProfile.findUnique({ where: { id: fields.proposedAuthorId }, select: { id: true } }),
    fields.divisionId ? db.division.findUnique({ where: { id: fields.divisionId }, select: { id: true } }) : true,
  ]);
  if (!author)
    throw new ValidationError("Choose the proposed author from the list.", { proposedAuthorId: ["Choose an author from the list."] });
  if (!division) throw new ValidationError("Choose the division from the list.", { divisionId: ["Choose a division from the list."] });
}

export async function filePitch(actor: Actor | null, input: unknown) {
  const user = authorizeSite(actor, "pitches.file");
  const fields = parseInput(pitchInput, input ?? {});
  await checkReferences(fields);
  return db.$transaction(async (tx) => {
    const pitch = await tx.pitch.create({ data: { ...fields, filedById: user.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "pitches.file",
      subject: subject(pitch.id),
      details: { workingTitle: fields.workingTitle },
    });
    return pitch;
  });
}

export const pitchListQuery = z.object({
  status: z.enum(PitchStatus).optional().catch(undefined),
  /** "1": only the pitches I filed. */
  mine: z.literal("1").optional().catch(undefined),
  ...pageAtParams,
});

/** Editors see every pitch; anyone else only their own (the filter is never dropped for a missing actor: authorizeSite threw). */
const scopeOf = (user: Actor, mine: boolean): Prisma.PitchWhereInput =>
  mine || decideSite(user, "pitches.decide") !== "allow" ? { filedById: user.id } : {};

const pitchRow = {
  id: true,
  workingTitle: true,
  summary: true,
  status: true,
  createdAt: true,
  declineReason: true,
  decidedAt: true,
  articleId: true,
  proposedAuthor: { select: { displayName: true } },
  division: { select: { name: true } },
  filedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.PitchSelect;

/** One page of pitches, newest first, by keyset: each filter one range of (status|filedById, createdAt, id). */
export async function listPitches(actor: Actor | null, input: unknown = {}, size = PITCH_PAGE_SIZE) {
  const user = authorizeSite(actor, "pitches.file");
  const { after, before, ...query } = pitchListQuery.parse(input ?? {});
  const at = pageAtFrom({ after, before });
  const page = keysetQuery({ at: "createdAt", id: "id" }, at, size);
  const rows = await db.pitch.findMany({
    where: { AND: [scopeOf(user, query.mine === "1"), query.status ? { status: query.status } : {}, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: pitchRow,
  });
  const filters = { status: query.status, mine: query.mine };
  return {
    ...keysetPage(rows, at, size, (r) => ({ at: r.createdAt, id: r.id })),
    filters,
    mayDecide: decideSite(user, "pitches.decide") === "allow",
  };
}

export type PitchListPage = Awaited<ReturnType<typeof listPitches>>;

/** One pitch, for its filer or an editor; anyone else is told there is no such pitch. */
export async function getPitch(actor: Actor | null, pitchId: string) {
  const user = authorizeSite(actor, "pitches.file");
  const pitch = await db.pitch.findFirst({
    where: { AND: [{ id: pitchId }, scopeOf(user, false)] },
    select: { ...pitchRow, proposedAuthorId: true, divisionId: true, filedById: true },
  });
  if (!pitch) throw new NotFoundError("No such pitch.");
  return { pitch, mayDecide: decideSite(user, "pitches.decide") === "allow" && pitch.status === "open" };
}

/** The choices of the pitch form: authors and divisions by name. */
export async function pitchChoices(actor: Actor | null) {
  authorizeSite(actor, "pitches.file");
  const [authors, divisions] = await Promise.all([
    db.authorProfile.findMany({ select: { id: true, displayName: true }, orderBy: [{ displayName: "asc" }, { id: "asc" }], take: 1000 }),
    db.division.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { authors, divisions };
}

/** The pitch as it is now, for a decision; a decided one is refused by name. */
async function openPitch(pitchId: string) {
  const pitch = await db.pitch.findUnique({
    where: { id: pitchId },
    select: { id: true, status: true, workingTitle: true, summary: true, proposedAuthorId: true, divisionId: true, filedById: true },
  });
  if (!pitch) throw new NotFoundError("No such pitch.");
  if (pitch.status !== "open") throw new ConflictError(`This pitch was ${pitch.status} already.`);
  return pitch;
}

/** Marks the pitch decided, guarded on its being open: two editors deciding at once cannot both succeed. */
async function markDecided(tx: Tx, pitchId: string, data: Prisma.PitchUncheckedUpdateManyInput) {
  const { count } = await tx.pitch.updateMany({ where: { id: pitchId, status: "open" }, data });
  if (count === 0) throw new ConflictError("Someone else decided this pitch a moment ago. Reload to see it.");
}

async function filerContact(pitch: { filedById: string }) {
  return db.user.findUniqueOrThrow({ where: { id: pitch.filedById }, select: { email: true, disabled: true } });
}

/**
 * Accepts a pitch: a draft with its working title, its summary as the standfirst, the proposed
 * author on the byline, its division, and the assignment (assigned editor, due date, priority),
 * created by its filer (who then sees it among their pieces). The filer is told by mail.
 */
export async function acceptPitch(actor: Actor | null, pitchId: string, input: unknown) {
  const user = authorizeSite(actor, "pitches.decide");
  const pitch = await openPitch(pitchId);
  const assignment = await parseAssignment(input);
  if (!assignment.dueAt) throw new ValidationError("Give the draft a due date.", { dueOn: ["A due date is required."] });
  if (!assignment.assignedEditorId) {
    throw new ValidationError("Choose the editor who sees the piece through.", { assignedEditorId: ["An assigned editor is required."] });
  }
  const fields = draftFields({
    title: pitch.workingTitle,
    standfirst: pitch.summary,
    body: emptyDoc(),
    divisionId: pitch.divisionId,
    authorIds: pitch.proposedAuthorId ? [pitch.proposedAuthorId] : [],
  });
  // Everything read outside the transaction: inside it, the embedded database's one connection is the transaction's.
  const [slug, filer, link, site] = await Promise.all([
    freeSlug(pitch.workingTitle),
    filerContact(pitch),
    absoluteUrl(paths.studio.pitch(pitchId)),
    siteUrl(),
  ]);
  const article = await db.$transaction(async (tx) => {
    const draft = await insertDraft(tx, { actorId: user.id, createdById: pitch.filedById, fields, slug, assignment });
    await markDecided(tx, pitchId, { status: "accepted", decidedById: user.id, decidedAt: new Date(), articleId: draft.id });
    await recordAudit(tx, { actorId: user.id, action: "pitches.accept", subject: subject(pitchId), articleId: draft.id });
    if (!filer.disabled) {
      await queueEmail(tx, {
        to: [filer.email],
        subject: `Pitch accepted: ${pitch.workingTitle}`,
        text: `Your pitch "${pitch.workingTitle}" was accepted and is now a draft.\n\nOpen it: ${urlOn(site, paths.studio.article(draft.id))}\nThe pitch: ${link}`,
      });
    }
    return draft;
  });
  await deliverPending();
  return { articleId: article.id };
}

const declineInput = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "Say why the pitch is declined: a reason is required.")
    .max(2000, "The reason is at most 2,000 characters."),
});

/** Declines a pitch with a reason, which the filer receives by mail with a link to the pitch. */
export async function declinePitch(actor: Actor | null, pitchId: string, input: unknown) {
  const user = authorizeSite(actor, "pitches.decide");
  const { reason } = parseInput(declineInput, input ?? {});
  const pitch = await openPitch(pitchId);
  const [filer, link] = await Promise.all([filerContact(pitch), absoluteUrl(paths.studio.pitch(pitchId))]);
  await db.$transaction(async (tx) => {
    await markDecided(tx, pitchId, { status: "declined", declineReason: reason, decidedById: user.id, decidedAt: new Date() });
    await recordAudit(tx, { actorId: user.id, action: "pitches.decline", subject: subject(pitchId), details: { reason } });
    if (!filer.disabled) {
      await queueEmail(tx, {
        to: [filer.email],
        subject: `Pitch declined: ${pitch.workingTitle}`,
        text: `Your pitch "${pitch.workingTitle}" was declined.\n\nReason:\n${reason}\n\nThe pitch: ${link}`,
      });
    }
  });
  // After commit: the decision stands whether or not the mail server answers.
  await deliverPending();
  return { pitchId };
}
