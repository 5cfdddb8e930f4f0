// Disclaimers: reusable texts printed under pieces, maintained in one place. A series names
// its default one; a piece may override it. Each change is one function here, with its audit event.
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { recordAudit } from "../platform/audit";
import { proseToMarkup } from "../content/markup";
import { db } from "../platform/db";
import { nameField, plural, proseFromMarkup, refuseWhileUsed } from "./entities";
import { parseInput } from "../platform/validation";
import { NotFoundError, fromDatabaseError } from "../platform/errors";
import { authorizeSite, type Actor } from "../permissions";
import { publicTags, refreshPublic } from "../reader/cache";

const disclaimerInput = z.object({
  name: nameField("disclaimer"),
  body: z.string().trim().min(1, "Write the disclaimer's text.").max(20_000, "The text is at most 20,000 characters."),
});

function parse(input: unknown) {
  const data = parseInput(disclaimerInput, input);
  return { name: data.name, body: proseFromMarkup(data.body, "body", "Text") as object };
}

export async function listDisclaimers(actor: Actor | null) {
  authorizeSite(actor, "disclaimers.manage");
  return db.disclaimer.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { articles: true, series: true } } },
  });
}

/** A disclaimer with its text as editable markup. */
export async function getDisclaimer(actor: Actor | null, id: string) {
  authorizeSite(actor, "disclaimers.manage");
  const disclaimer = await db.disclaimer.findUnique({ where: { id } });
  if (!disclaimer) throw new NotFoundError("No such disclaimer.");
  return { ...disclaimer, bodyMarkup: proseToMarkup(disclaimer.body) };
}

export async function createDisclaimer(actor: Actor | null, input: unknown) {
  const user = authorizeSite(actor, "disclaimers.manage");
  const data = parse(input);
  try {
    const saved = await db.$transaction(async (tx) => {
      const disclaimer = await tx.disclaimer.create({ data });
      await recordAudit(tx, {
        actorId: user.id,
        action: "disclaimers.create",
        subject: `disclaimer:${disclaimer.id}`,
        details: { name: disclaimer.name },
      });
      return disclaimer;
    });
    refreshPublic([publicTags.disclaimer(saved.id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

/** Pages show a disclaimer as a piece's own (tagged with it) or as its series' default (tagged with the series). */
async function refreshDisclaimer(id: string) {
  const series = await db.series.findMany({ where: { defaultDisclaimerId: id }, select: { id: true } });
  refreshPublic([publicTags.disclaimer(id), ...series.map((s) => publicTags.series(s.id))]);
}

export async function updateDisclaimer(actor: Actor | null, id: string, input: unknown) {
  const user = authorizeSite(actor, "disclaimers.manage");
  const before = await db.disclaimer.findUnique({ where: { id } });
  if (!before) throw new NotFoundError("No such disclaimer.");
  const data = parse(input);
  try {
    const saved = await db.$transaction(async (tx) => {
      const disclaimer = await tx.disclaimer.update({ where: { id }, data });
      const details: Record<string, unknown> = {};
      if (before.name !== data.name) details.name = { from: before.name, to: data.name };
      // Stored JSON comes back with its keys reordered, so compare values, not text.
      if (!isDeepStrictEqual(before.body, data.body)) details.body = "changed";
      await recordAudit(tx, { actorId: user.id, action: "disclaimers.update", subject: `disclaimer:${id}`, details });
      return disclaimer;
    });
    await refreshDisclaimer(id);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

export async function deleteDisclaimer(actor: Actor | null, id: string) {
  const user = authorizeSite(actor, "disclaimers.manage");
  const disclaimer = await db.disclaimer.findUnique({ where: { id } });
  if (!disclaimer) throw new NotFoundError("No such disclaimer.");
  const [pieces, series] = await Promise.all([
    db.article.count({ where: { OR: [{ disclaimerId: id }, { publication: { disclaimerId: id } }] } }),
    db.series.count({ where: { defaultDisclaimerId: id } }),
  ]);
  const uses = [...(pieces ? [plural(pieces, "piece")] : []), ...(series ? [plural(series, "series", "series")] : [])];
  refuseWhileUsed(`The disclaimer "${disclaimer.name}"`, uses, "choose another disclaimer for them first.");
  try {
    await db.$transaction(async (tx) => {
      await tx.disclaimer.delete({ where: { id } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "disclaimers.delete",
        subject: `disclaimer:${id}`,
        details: { name: disclaimer.name },
      });
    });
    refreshPublic([publicTags.disclaimer(id)]);
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
