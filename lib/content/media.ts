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
