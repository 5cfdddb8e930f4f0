// Where an image is used: as a piece's lead image or a figure in its body (the working copy,
// and the published copy, each listing its images in `mediaIds`, GIN-indexed), and as an
// author's portrait. The library shows it on an image's page and refuses a delete with it.
import "server-only";
import { articleListScope, type Actor } from "../permissions";
import { articleScopeWhere } from "../editorial/article-scope";
import { db } from "../platform/db";

export type MediaUsage =
  | { kind: "lead" | "figure"; articleId: string; title: string; published: boolean; working: boolean; visible: boolean }
  | { kind: "portrait"; authorId: string; name: string };

/**
 * Every use of the image. `viewer` decides which pieces' titles may be told (a writer is not told
 * the title of someone else's unpublished draft: it is "a piece you cannot open"); null tells all,
 * for messages the system itself needs.
 */
export async function mediaUsages(viewer: Actor | null, id: string): Promise<MediaUsage[]> {
  const usesIt = { OR: [{ mediaIds: { has: id } }, { leadImageId: id }] };
  const [articles, publications, authors] = await Promise.all([
    db.article.findMany({ where: usesIt, select: { id: true, title: true, leadImageId: true }, orderBy: { updatedAt: "desc" }, take: 50 }),
    db.publication.findMany({ where: usesIt, select: { articleId: true, title: true, leadImageId: true }, take: 50 }),
    db.authorProfile.findMany({ where: { portraitId: id }, select: { id: true, displayName: true }, orderBy: { displayName: "asc" } }),
  ]);
  const visible = new Set(
    viewer === null
      ? articles.map((a) => a.id)
      : (
          await db.article.findMany({
            where: { AND: [{ id: { in: articles.map((a) => a.id) } }, articleScopeWhere(articleListScope(viewer))] },
            select: { id: true },
          })
        ).map((a) => a.id),
  );
  const pieces = new Map<string, Extract<MediaUsage, { articleId: string }>>();
  for (const a of articles) {
    pieces.set(`${a.id}:${a.leadImageId === id ? "lead" : "figure"}`, {
      kind: a.leadImageId === id ? "lead" : "figure",
      articleId: a.id,
      title: a.title,
      published: false,
      working: true,
      visible: visible.has(a.id),
    });
  }
  for (const p of publications) {
    const kind = p.leadImageId === id ? "lead" : "figure";
    const known = pieces.get(`${p.articleId}:${kind}`);
    // The published title is public, so it may be told to anyone.
    if (known) Object.assign(known, { published: true, title: p.title, visible: true });
    else
      pieces.set(`${p.articleId}:${kind}`, {
        kind,
        articleId: p.articleId,
        title: p.title,
        published: true,
        working: false,
        visible: true,
      });
  }
  return [...pieces.values(), ...authors.map((a) => ({ kind: "portrait" as const, authorId: a.id, name: a.displayName }))];
}

/** "lead image of “Title”", "figure in “Title” (published)", "portrait of Name". */
export function describeUsage(usage: MediaUsage): string {
  if (usage.kind === "portrait") return `portrait of ${usage.name}`;
  const piece = usage.visible ? `“${usage.title}”` : "a piece you cannot open";
  const what = usage.kind === "lead" ? `lead image of ${piece}` : `figure in ${piece}`;
  return usage.published ? `${what} (published)` : what;
}
