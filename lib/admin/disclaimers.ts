// Disclaimers: reusable texts printed under pieces, maintained in one place. A series names
// its default one; a piece may override it. Declared for lib/admin/reference-data.ts.
import "server-only";
import { z } from "zod";
import { proseToMarkup } from "../content/markup";
import { db } from "../platform/db";
import { nameField, plural, proseFromMarkup } from "./entities";
import { adminKind, modelStore, referenceData } from "./reference-data";
import { publicTags } from "../reader/cache";
import type { Disclaimer } from "../generated/prisma/client";
import { parseInput } from "../platform/validation";

const disclaimerInput = z.object({
  name: nameField("disclaimer"),
  body: z.string().trim().min(1, "Write the disclaimer's text.").max(20_000, "The text is at most 20,000 characters."),
});

export const disclaimers = referenceData({
  noun: "disclaimer",
  auditPrefix: "disclaimers",
  permission: "disclaimers.manage",
  label: "name",
  store: modelStore((client) => client.disclaimer),
  list: () =>
    db.disclaimer.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, _count: { select: { articles: true, series: true } } },
    }),
  /** With its text as editable markup. */
  show: (disclaimer: Disclaimer) => ({ ...disclaimer, bodyMarkup: proseToMarkup(disclaimer.body) }),
  async parse(input: unknown) {
    const data = parseInput(disclaimerInput, input);
    return { name: data.name, body: proseFromMarkup(data.body, "body", "Text") as object };
  },
  audit: { named: ["name"], compared: ["name"], prose: ["body"] },
  inUse: {
    pieces: (id: string) => ({ disclaimerId: id }),
    async others(id: string) {
      const series = await db.series.count({ where: { defaultDisclaimerId: id } });
      return series ? [plural(series, "series", "series")] : [];
    },
    remedy: "choose another disclaimer for them first.",
  },
  /** Pages show a disclaimer as a piece's own (tagged with it) or as its series' default (tagged with the series). */
  async tags(id: string) {
    const series = await db.series.findMany({ where: { defaultDisclaimerId: id }, select: { id: true } });
    return [publicTags.disclaimer(id), ...series.map((s) => publicTags.series(s.id))];
  },
});

export const {
  list: listDisclaimers,
  get: getDisclaimer,
  create: createDisclaimer,
  update: updateDisclaimer,
  remove: deleteDisclaimer,
} = disclaimers;

export const disclaimersAdmin = adminKind(disclaimers, {
  title: "Disclaimers",
  section: "disclaimers",
  columns: [
    { label: "Default for series", cell: (row) => row._count.series },
    { label: "Chosen on pieces", cell: (row) => row._count.articles },
  ],
  deleteRule: "Only a disclaimer that no piece and no series uses can be deleted.",
});
