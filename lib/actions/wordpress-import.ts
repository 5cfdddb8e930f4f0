"use server";
// The studio's WordPress import (/studio/admin/import): upload, confirm the mapping and start,
// then one step at a time from the page. Each calls lib/admin/wordpress-import, which checks
// "import.run" itself.
import { z } from "zod";
import { createImportRun, runImportStep, startImportRun } from "../admin/wordpress-import/runs";
import type { ImportMapping, TermTarget } from "../admin/wordpress-import";
import { refreshPublic } from "../reader/cache";
import { paths } from "../platform/paths";
import { slugOf } from "../platform/slugs";
import { parsedByReceiver } from "../platform/validation";
import { defineAction } from "./define";

export const createImportRunAction = defineAction(parsedByReceiver, async (user, input) => {
  const id = await createImportRun(user, input);
  return { id, path: paths.studio.admin.wordpressImport(id) };
});

/** A mapping form's choice: "existing:<slug>", "create:<name>" or "ignore"; null for anything else. */
function toTarget(value: string): TermTarget | null {
  if (value === "ignore") return { action: "ignore" };
  const [kind, ...rest] = value.split(":");
  const text = rest.join(":").trim();
  if (kind === "existing" && text) return { action: "existing", slug: text };
  if (kind === "create" && slugOf(text)) return { action: "create", name: text, slug: slugOf(text) };
  return null;
}

/** The mapping form: `category.<nicename>` and `tag.<nicename>` fields. */
const startForm = z.record(z.string(), z.string().max(300)).transform((fields, ctx) => {
  const mapping: ImportMapping = { categories: {}, tags: {} };
  for (const [name, value] of Object.entries(fields)) {
    const [domain, ...rest] = name.split(".");
    const term = rest.join(".");
    if (!term || (domain !== "category" && domain !== "tag")) continue;
    const target = toTarget(value);
    if (!target) {
      ctx.addIssue({ code: "custom", path: [name], message: "Choose what this term becomes." });
      continue;
    }
    (domain === "category" ? mapping.categories : mapping.tags)[term] = target;
  }
  return { id: fields.id ?? "", mapping };
});

export const startImportRunAction = defineAction(startForm, async (user, { id, mapping }) => {
  await startImportRun(user, id, mapping);
  return { id };
});

export const runImportStepAction = defineAction(z.object({ id: z.string().min(1).max(100) }), async (user, { id }) => {
  const { tags, ...step } = await runImportStep(user, id);
  // Once, after the last step: every listing, and the collections the import touched.
  if (tags.length) refreshPublic(tags);
  return step;
});
