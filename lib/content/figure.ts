// A figure in a piece's body: one image from the media library with its own alt text, caption,
// credit and optional link. The node holds the library id, not a URL: lib/content/render.ts
// writes the renditions' srcset from the library's record (lib/media/urls.ts), so stored JSON
// can never point a page at anything but the site's own renditions.
import { Node, mergeAttributes } from "@tiptap/core";

export interface FigureAttrs {
  mediaId: string;
  alt: string;
  caption: string;
  credit: string;
  /** Where the image links to (http, https or mailto), or null. */
  href: string | null;
}

export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null },
      alt: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
      href: { default: null },
    };
  },

  parseHTML() {
    return [{ tag: "figure[data-media-id]", getAttrs: (el) => ({ mediaId: (el as HTMLElement).dataset.mediaId ?? null }) }];
  },

  // The editor's own view of a figure; readers get lib/content/render.ts's markup instead.
  renderHTML({ HTMLAttributes }) {
    const { mediaId, alt, caption, credit } = HTMLAttributes as FigureAttrs;
    return [
      "figure",
      mergeAttributes({ "data-media-id": mediaId, class: "figure" }),
      ["img", { src: mediaId ? `/media/${mediaId}/current/w640.webp` : "", alt }],
      ["figcaption", {}, [caption, credit].filter(Boolean).join(" — ")],
    ];
  },
});
