// Series group pieces ("Policy Commentaries") and give them a default disclaimer. Each
// change is one function here, with its audit event.
import { z } from "zod";
import { changedFields, recordAudit } from "../platform/audit";
import { db } from "../platform/db";
import { nameField, optionalId, plural, refuseWhileUsed, slugField, slugFrom, textField } from "./entities";
import { parseInput } from "../platform/validation";
import { NotFoundError, ValidationError, fromDatabaseError } from "../platform/errors";
import { authorizeSite, type Actor } from "../permissions";
import { publicTags, refreshPublic } from "../reader/cache";

const seriesInput = z.object({
  name: nameField("series"),
  slug: slugField,
  description: textField("The description", 2000),
  defaultDisclaimerId: optionalId,
});

async function parse(input: unknown) {
  const data = parseInput(seriesInput, input);
  if (data.defaultDisclaimerId && !(await db.disclaimer.findUnique({ where: { id: data.defaultDisclaimerId }, select: { id: true } }))) {
    throw new ValidationError("The chosen disclaimer does not exist.", { defaultDisclaimerId: ["Choose an existing disclaimer."] });
  }
  return { ...data, slug: slugFrom(data.slug, data.name) };
}

export async function listSeries(actor: Actor | null) {
  authorizeSite(actor, "taxonomy.manage");
  return db.series.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, defaultDisclaimer: { select: { name: true } }, _count: { select: { articles: true } } },
  });
}

export async function getSeries(actor: Actor | null, id: string) {
  authorizeSite(actor, "taxonomy.manage");
  const series = await db.series.findUnique({ where: { id } });
  if (!series) throw new NotFoundError("No such series.");
  return series;
}

export async function createSeries(actor: Actor | null, input: unknown) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const data = await parse(input);
  try {
    const saved = await db.$transaction(async (tx) => {
      const series = await tx.series.create({ data });
      await recordAudit(tx, {
        actorId: user.id,
        action: "series.create",
        subject: `series:${series.id}`,
        details: { name: series.name, slug: series.slug },
      });
      return series;
    });
    refreshPublic([publicTags.series(saved.id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

export async function updateSeries(actor: Actor | null, id: string, input: unknown) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const before = await db.series.findUnique({ where: { id } });
  if (!before) throw new NotFoundError("No such series.");
  const data = await parse(input);
  try {
    const saved = await db.$transaction(async (tx) => {
      const series = await tx.series.update({ where: { id }, data });
      const details = changedFields(
        { name: before.name, slug: before.slug, description: before.description, defaultDisclaimerId: before.defaultDisclaimerId },
        data,
      );
      await recordAudit(tx, { actorId: user.id, action: "series.update", subject: `series:${id}`, details });
      return series;
    });
    refreshPublic([publicTags.series(id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

export async function deleteSeries(actor: Actor | null, id: string) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const series = await db.series.findUnique({ where: { id } });
  if (!series) throw new NotFoundError("No such series.");
  const pieces = await db.article.count({ where: { OR: [{ seriesId: id }, { publication: { seriesId: id } }] } });
  refuseWhileUsed(`The series "${series.name}"`, pieces ? [plural(pieces, "piece")] : [], "take them out of the series first.");
  try {
    await db.$transaction(async (tx) => {
      await tx.series.delete({ where: { id } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "series.delete",
        subject: `series:${id}`,
        details: { name: series.name, slug: series.slug },
      });
    });
    refreshPublic([publicTags.series(id)]);
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
