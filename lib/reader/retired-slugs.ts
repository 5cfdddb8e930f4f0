// Slugs an author, division, series or topic had before (RetiredSlug rows): an address readers,
// search engines and other sites saved keeps working, answered with a permanent redirect to the
// current page, and no other record of the same kind may take the slug while it does. Written by
// lib/admin/reference-data.ts when an editor changes a slug, in the change's transaction. A
// piece's former slugs are LegacyPath rows instead (./legacy-paths.ts).
import "server-only";
import { db, type Tx } from "../platform/db";
import { publicAuthorWhere } from "./publications";

export type RetiredKind = "author" | "division" | "series" | "topic";

/**
 * Keeps `from` as a redirect to the record after its slug changed to `to`, and ends the redirect
 * that `to` was if the record is taking a former slug back.
 */
export async function retireSlug(tx: Tx, kind: RetiredKind, targetId: string, from: string, to: string) {
  if (from === to) return;
  await tx.retiredSlug.deleteMany({ where: { kind, slug: to, targetId } });
  await tx.retiredSlug.upsert({
    where: { kind_slug: { kind, slug: from } },
    create: { kind, slug: from, targetId },
    update: { targetId },
  });
}

/** The record of this kind (other than `exceptId`) a former slug redirects to, or null when none does. */
export async function retiredSlugHolder(kind: RetiredKind, slug: string, exceptId: string | null): Promise<string | null> {
  const row = await db.retiredSlug.findUnique({ where: { kind_slug: { kind, slug } }, select: { targetId: true } });
  return row && row.targetId !== exceptId ? row.targetId : null;
}

/** The current slug of what a former slug names, or null: none, or (an author) not public. */
async function currentSlug(kind: RetiredKind, id: string): Promise<string | null> {
  const select = { slug: true } as const;
  switch (kind) {
    case "author": {
      const author = await db.authorProfile.findUnique({ where: { id }, select });
      // An author is public once they have a live piece; before that, their page is not found, and so is a redirect to it.
      return author && (await db.authorProfile.count({ where: { id, ...publicAuthorWhere(author.slug) } })) > 0 ? author.slug : null;
    }
    case "division":
      return (await db.division.findUnique({ where: { id }, select }))?.slug ?? null;
    case "series":
      return (await db.series.findUnique({ where: { id }, select }))?.slug ?? null;
    case "topic":
      return (await db.topic.findUnique({ where: { id }, select }))?.slug ?? null;
  }
}

/** The slug a former slug of this kind leads to now, or null when it leads nowhere (uncached; lib/reader/cache keeps it). */
export async function retiredSlugTarget(kind: RetiredKind, slug: string): Promise<string | null> {
  const row = await db.retiredSlug.findUnique({ where: { kind_slug: { kind, slug } }, select: { targetId: true } });
  if (!row) return null;
  const current = await currentSlug(kind, row.targetId);
  return current !== slug ? current : null;
}
