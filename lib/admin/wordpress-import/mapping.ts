// Which division a WordPress category becomes and which topic a tag becomes: proposed from what
// exists (same slug or same name), confirmed or changed by the admin before anything is written.
import "server-only";
import { z } from "zod";
import { db } from "../../platform/db";
import { slugOf, slugPattern } from "../../platform/slugs";
import type { Wxr, WxrTerm } from "./wxr";

const target = z.discriminatedUnion("action", [
  /** An existing division or topic, by slug. */
  z.object({ action: z.literal("existing"), slug: z.string().regex(slugPattern) }),
  /** A new one, made by the import. */
  z.object({ action: z.literal("create"), name: z.string().trim().min(1).max(120), slug: z.string().regex(slugPattern) }),
  /** Left out: reported on each post that had it. */
  z.object({ action: z.literal("ignore") }),
]);
export type TermTarget = z.infer<typeof target>;

export const mappingSchema = z.object({
  /** Category nicename -> division. */
  categories: z.record(z.string(), target).default({}),
  /** Tag nicename -> topic. */
  tags: z.record(z.string(), target).default({}),
});
export type ImportMapping = z.infer<typeof mappingSchema>;

/** WordPress's default category, which says nothing about a post. */
const UNCATEGORISED = new Set(["uncategorized", "uncategorised"]);

interface Named {
  slug: string;
  name: string;
}

function match(term: WxrTerm, existing: Named[]): Named | undefined {
  const name = term.name.trim().toLowerCase();
  return existing.find((e) => e.slug === term.nicename) ?? existing.find((e) => e.name.trim().toLowerCase() === name);
}

/**
 * The mapping to confirm: each category to the division of the same slug or name, or left out
 * (a division is an owning department: the import does not invent one unless told to); each
 * tag to the topic of the same slug or name, or a new topic of its name.
 */
export async function proposeMapping(wxr: Wxr): Promise<ImportMapping> {
  const [divisions, topics] = await Promise.all([
    db.division.findMany({ select: { slug: true, name: true } }),
    db.topic.findMany({ select: { slug: true, name: true } }),
  ]);
  const mapping: ImportMapping = { categories: {}, tags: {} };
  for (const term of wxr.terms) {
    if (term.domain === "category") {
      const division = UNCATEGORISED.has(term.nicename) ? undefined : match(term, divisions);
      mapping.categories[term.nicename] = division ? { action: "existing", slug: division.slug } : { action: "ignore" };
    } else {
      const topic = match(term, topics);
      const slug = slugOf(term.name) || slugOf(term.nicename);
      mapping.tags[term.nicename] = topic
        ? { action: "existing", slug: topic.slug }
        : slug
          ? { action: "create", name: term.name || term.nicename, slug }
          : { action: "ignore" };
    }
  }
  return mapping;
}

/** The proposal with the admin's choices laid over it: a term the admin did not mention keeps the proposal. */
export function confirmMapping(proposed: ImportMapping, chosen: Partial<ImportMapping> | undefined): ImportMapping {
  return {
    categories: { ...proposed.categories, ...(chosen?.categories ?? {}) },
    tags: { ...proposed.tags, ...(chosen?.tags ?? {}) },
  };
}
