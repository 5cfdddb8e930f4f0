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
  // Only at the top level of a body (lib/content/extensions.ts).
  group: "topBlock",
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

  // The editor's clipboard goes through this HTML (cut and paste moves a figure), so every
  // attribute is written out and read back; the server validates whatever arrives.
  parseHTML() {
    return [
      {
        tag: "figure[data-media-id]",
        getAttrs: (node) => {
          const el = node as HTMLElement;
          return {
            mediaId: el.dataset.mediaId ?? null,
            alt: el.querySelector("img")?.getAttribute("alt") ?? "",
            caption: el.dataset.caption ?? "",
            credit: el.dataset.credit ?? "",
            href: el.dataset.href || null,
          };
        },
      },
    ];
  },

  // The editor's own view of a figure; readers get lib/content/render.ts's markup instead.
  renderHTML({ HTMLAttributes }) {
    const { mediaId, alt, caption, credit, href } = HTMLAttributes as FigureAttrs;
    return [
      "figure",
      mergeAttributes({
        "data-media-id": mediaId,
        "data-caption": caption,
        "data-credit": credit,
        "data-href": href ?? "",
        class: "figure",
      }),
      ["img", { src: mediaId ? `/media/${mediaId}/current/w640.webp` : "", alt }],
      ["figcaption", {}, [caption, credit].filter(Boolean).join(" — ")],
    ];
  },
});
