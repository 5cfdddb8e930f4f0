// Divisions own pieces. A division may name its editors: then only they (and admins) edit
// its pieces (lib/permissions). Each change is one function here, with its audit event.
import { z } from "zod";
import { changedFields, recordAudit } from "./audit";
import { db } from "./db";
import { nameField, parseInput, plural, refuseWhileUsed, slugField, slugFrom, textField } from "./entities";
import { NotFoundError, ValidationError, fromDatabaseError } from "./errors";
import { authorizeSite, type Actor } from "./permissions";
import { publicTags, refreshPublic } from "./public-cache";

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
  const division = await db.division.findUnique({ where: { id }, include: { editors: { select: { userId: true } } } });
  if (!division) throw new NotFoundError("No such division.");
  return { ...division, editorIds: division.editors.map((e) => e.userId) };
}

/** Division editors must be editors or admins who can sign in. */
async function parse(input: unknown) {
  const data = parseInput(divisionInput, input);
  const users = await db.user.findMany({ where: { id: { in: data.editorIds } }, select: { id: true, name: true, role: true, disabled: true } });
  for (const id of data.editorIds) {
    const user = users.find((u) => u.id === id);
    if (!user) throw new ValidationError("One of the chosen editors does not exist.", { editorIds: ["Choose existing editors."] });
    if (user.role === "writer" || user.disabled) {
      const why = user.disabled ? "disabled" : "a writer";
      throw new ValidationError(`${user.name} is ${why}; only editors and admins can be a division's editors.`, { editorIds: [`${user.name} is ${why}.`] });
    }
  }
  return { ...data, slug: slugFrom(data.slug, data.name), editorNames: data.editorIds.map((id) => users.find((u) => u.id === id)!.name) };
}

export async function createDivision(actor: Actor | null, input: unknown) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const { editorIds, editorNames, ...data } = await parse(input);
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
  const before = await db.division.findUnique({ where: { id }, include: { editors: { select: { user: { select: { name: true } } } } } });
  if (!before) throw new NotFoundError("No such division.");
  const { editorIds, editorNames, ...data } = await parse(input);
  try {
    const saved = await db.$transaction(async (tx) => {
      const division = await tx.division.update({
        where: { id },
        data: { ...data, editors: { deleteMany: {}, create: editorIds.map((userId) => ({ userId })) } },
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
      await recordAudit(tx, { actorId: user.id, action: "divisions.delete", subject: `division:${id}`, details: { name: division.name, slug: division.slug } });
    });
    refreshPublic([publicTags.division(id)]);
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
