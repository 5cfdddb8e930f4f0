// Divisions own pieces. A division may name its editors: then only they (and admins) edit
// its pieces (lib/permissions). Editors maintain a division's name and description; only
// admins change who edits it, or an editor could appoint themselves to any division.
// Each change is one function here, with its audit event.
import { z } from "zod";
import { changedFields, recordAudit } from "../platform/audit";
import { db } from "../platform/db";
import { nameField, plural, refuseWhileUsed, slugField, slugFrom, textField } from "./entities";
import { parseInput } from "../platform/validation";
import { ForbiddenError, NotFoundError, ValidationError, fromDatabaseError } from "../platform/errors";
import { authorizeSite, decideSite, divisionEditorRoles, type Actor } from "../permissions";
import { publicTags, refreshPublic } from "../reader/cache";

const divisionInput = z.object({
  name: nameField("division"),
  slug: slugField,
  description: textField("The description", 2000),
  editorIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))]),
});

export async function listDivisions(actor: Actor | null) {
  authorizeSite(actor, "taxonomy.manage");
  return db.division.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      editors: { select: { user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
      _count: { select: { articles: true } },
    },
  });
}

export async function getDivision(actor: Actor | null, id: string) {
  authorizeSite(actor, "taxonomy.manage");
  const division = await db.division.findUnique({
    where: { id },
    include: { editors: { select: { userId: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } } },
  });
  if (!division) throw new NotFoundError("No such division.");
  const { editors, ...rest } = division;
  return { ...rest, editorIds: editors.map((e) => e.userId), editorNames: editors.map((e) => e.user.name) };
}

export const EDITORS_ADMIN_ONLY = "Only an admin can change who edits a division.";

/** Throws unless the actor may change a division's editor list (admins only). */
function authorizeEditorChange(actor: Actor) {
  if (decideSite(actor, "divisions.assignEditors") !== "allow") {
    throw new ForbiddenError(EDITORS_ADMIN_ONLY);
  }
}

/**
 * Whether the input names the editor list at all. The form always sends the field to those
 * who may change it (an empty hidden value, so unticking everyone still counts); an edit that
 * leaves it out keeps the list as it is.
 */
const mentionsEditors = (input: unknown) => typeof input === "object" && input !== null && "editorIds" in input;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Division editors must be editors or admins who can sign in. */
async function checkEditors(editorIds: string[]) {
  const users = await db.user.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true, role: true, disabled: true } });
  for (const id of editorIds) {
    const user = users.find((u) => u.id === id);
    if (!user) throw new ValidationError("One of the chosen editors does not exist.", { editorIds: ["Choose existing editors."] });
    if (!divisionEditorRoles.includes(user.role) || user.disabled) {
      const why = user.disabled ? "disabled" : `a ${user.role}`;
      throw new ValidationError(`${user.name} is ${why}; only editors and admins can be a division's editors.`, {
        editorIds: [`${user.name} is ${why}.`],
      });
    }
  }
  return editorIds.map((id) => users.find((u) => u.id === id)!.name);
}

export async function createDivision(actor: Actor | null, input: unknown) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const { editorIds, ...fields } = parseInput(divisionInput, input);
  if (editorIds.length) authorizeEditorChange(user);
  const editorNames = await checkEditors(editorIds);
  const data = { ...fields, slug: slugFrom(fields.slug, fields.name) };
  try {
    const saved = await db.$transaction(async (tx) => {
      const division = await tx.division.create({ data: { ...data, editors: { create: editorIds.map((userId) => ({ userId })) } } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "divisions.create",
        subject: `division:${division.id}`,
        details: { name: division.name, slug: division.slug, editors: editorNames },
      });
      return division;
    });
    refreshPublic([publicTags.division(saved.id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

export async function updateDivision(actor: Actor | null, id: string, input: unknown) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const before = await db.division.findUnique({
    where: { id },
    include: { editors: { select: { userId: true, user: { select: { name: true } } } } },
  });
  if (!before) throw new NotFoundError("No such division.");
  const { editorIds: requested, ...fields } = parseInput(divisionInput, input);
  const beforeIds = before.editors.map((e) => e.userId);
  const editorsChanged = mentionsEditors(input) && !sameIds(requested, beforeIds);
  if (editorsChanged) authorizeEditorChange(user);
  const editorNames = editorsChanged ? await checkEditors(requested) : before.editors.map((e) => e.user.name);
  const data = { ...fields, slug: slugFrom(fields.slug, fields.name) };
  try {
    const saved = await db.$transaction(async (tx) => {
      const division = await tx.division.update({
        where: { id },
        data: { ...data, ...(editorsChanged ? { editors: { deleteMany: {}, create: requested.map((userId) => ({ userId })) } } : {}) },
      });
      const details = changedFields(
        { name: before.name, slug: before.slug, description: before.description, editors: before.editors.map((e) => e.user.name).sort() },
        { ...data, editors: [...editorNames].sort() },
      );
      await recordAudit(tx, { actorId: user.id, action: "divisions.update", subject: `division:${id}`, details });
      return division;
    });
    refreshPublic([publicTags.division(id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

export async function deleteDivision(actor: Actor | null, id: string) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const division = await db.division.findUnique({ where: { id } });
  if (!division) throw new NotFoundError("No such division.");
  const pieces = await db.article.count({ where: { OR: [{ divisionId: id }, { publication: { divisionId: id } }] } });
  refuseWhileUsed(`The division "${division.name}"`, pieces ? [plural(pieces, "piece")] : [], "move them to another division first.");
  try {
    await db.$transaction(async (tx) => {
      await tx.division.delete({ where: { id } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "divisions.delete",
        subject: `division:${id}`,
        details: { name: division.name, slug: division.slug },
      });
    });
    refreshPublic([publicTags.division(id)]);
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
