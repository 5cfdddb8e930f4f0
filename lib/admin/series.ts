// Series group pieces ("Policy Commentaries") and give them a default disclaimer; declared
// for lib/admin/reference-data.ts.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { nameField, optionalId, slugField, slugFrom, textField } from "./entities";
import { adminKind, modelStore, referenceData } from "./reference-data";
import { ValidationError } from "../platform/errors";
import { publicTags } from "../reader/cache";
import type { Series } from "../generated/prisma/client";
import { parseInput } from "../platform/validation";
import { normaliseIssn, numberPatternProblem } from "../platform/identifiers";

const seriesInput = z.object({
  name: nameField("series"),
  slug: slugField,
  description: textField("The description", 2000),
  defaultDisclaimerId: optionalId,
  numberPattern: textField("The number pattern", 120).superRefine((pattern, ctx) => {
    const problem = numberPatternProblem(pattern);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  issn: textField("The ISSN", 20).transform((value, ctx) => {
    if (!value) return "";
    const issn = normaliseIssn(value);
    if (!issn)
      ctx.addIssue({
        code: "custom",
        message: "This is not a valid ISSN: it has eight characters (1234-5679) and the last is its check digit.",
      });
    return issn ?? "";
  }),
});

export const series = referenceData({
  noun: "series",
  auditPrefix: "series",
  permission: "taxonomy.manage",
  label: "name",
  store: modelStore((client) => client.series),
  list: () =>
    db.series.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, slug: true, defaultDisclaimer: { select: { name: true } }, _count: { select: { articles: true } } },
    }),
  show: (row: Series) => row,
  async parse(input: unknown) {
    const data = parseInput(seriesInput, input);
    if (data.defaultDisclaimerId && !(await db.disclaimer.findUnique({ where: { id: data.defaultDisclaimerId }, select: { id: true } }))) {
      throw new ValidationError("The chosen disclaimer does not exist.", { defaultDisclaimerId: ["Choose an existing disclaimer."] });
    }
    return { ...data, slug: slugFrom(data.slug, data.name) };
  },
  audit: { named: ["name", "slug"], compared: ["name", "slug", "description", "defaultDisclaimerId", "numberPattern", "issn"] },
  inUse: { pieces: (id: string) => ({ seriesId: id }), remedy: "take them out of the series first." },
  tags: (id: string) => [publicTags.series(id)],
  retiredAs: "series",
});

export const { list: listSeries, get: getSeries, create: createSeries, update: updateSeries, remove: deleteSeries } = series;

export const seriesAdmin = adminKind(series, {
  title: "Series",
  section: "series",
  slug: (row) => row.slug,
  columns: [
    { label: "Default disclaimer", cell: (row) => row.defaultDisclaimer?.name ?? { muted: "None" } },
    { label: "Pieces", cell: (row) => row._count.articles },
  ],
  deleteRule: "Only a series with no piece, working or published, can be deleted.",
});
