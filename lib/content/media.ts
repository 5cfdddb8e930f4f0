// Which library images a body uses: written with every save and publication (Article.mediaIds,
// Publication.mediaIds), so "where is this image used" is an index lookup, and read by the
// renderer's caller to load the images' records before rendering.
import type { JSONContent } from "@tiptap/core";

/** The media ids of the body's figures, each once, in document order. */
export function figureMediaIds(doc: JSONContent): string[] {
  const ids = new Set<string>();
  const visit = (node: JSONContent) => {
    const id = node.attrs?.mediaId;
    if (node.type === "figure" && typeof id === "string" && id) ids.add(id);
    node.content?.forEach(visit);
  };
  visit(doc);
  return [...ids];
}

/** Every image a piece uses: its lead image and its figures. */
export const pieceMediaIds = (leadImageId: string | null, body: JSONContent): string[] => [
  ...new Set([...(leadImageId ? [leadImageId] : []), ...figureMediaIds(body)]),
];

/** A body's figures in document order, numbered as readers count them (1, 2, …). */
export function bodyFigures(doc: JSONContent): { number: number; mediaId: string | null; alt: string }[] {
  const figures: { number: number; mediaId: string | null; alt: string }[] = [];
  const visit = (node: JSONContent) => {
    if (node.type === "figure") {
      const { mediaId, alt } = node.attrs ?? {};
      figures.push({
        number: figures.length + 1,
        mediaId: typeof mediaId === "string" && mediaId ? mediaId : null,
        alt: typeof alt === "string" ? alt : "",
      });
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return figures;
}

/**
 * What stops a piece from going to review or to readers for want of alt text: the lead image's
 * (the library's alt, which every page showing it uses) and each figure's own. Drafts may lack
 * it; a reader using a screen reader must not. Empty when nothing is missing.
 */
export function missingAltText(leadImage: { alt: string } | null, body: JSONContent): string[] {
  const problems = leadImage && !leadImage.alt.trim() ? ["The lead image has no alt text."] : [];
  for (const figure of bodyFigures(body)) if (!figure.alt.trim()) problems.push(`Figure ${figure.number} has no alt text.`);
  return problems;
}
