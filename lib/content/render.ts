// Rich text to HTML on the server, with the same extension list as the editor. Text is
// escaped by the renderer; links, footnotes, figures and tables are rendered here rather than
// from stored attributes, so stored JSON can never smuggle markup into a page.
import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { renditionUrl, srcset, widthsFor, type MediaRef } from "../media/urls";
import { extensionsFor, type RichTextKind } from "./extensions";
import { numberFootnotes } from "./footnotes";
import { isSafeHref } from "./links";

const escapeAttr = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const NOTES_HEADING = "Notes";
const notesHeading = (label: string) => `<h2 id="notes-heading">${escapeAttr(label)}</h2>`;

/**
 * A rendered body with its notes under `label` (the site's "Notes" or "References"). A body is
 * rendered once, at publication, while the site's label can change afterwards: readers' pages
 * put the current one in.
 */
export function withNotesHeading(html: string, label: string): string {
  return html.replace(notesHeading(NOTES_HEADING), () => notesHeading(label));
}

const join = (children?: string | string[]) => (Array.isArray(children) ? children.join("") : (children ?? ""));

/**
 * How wide a body figure is shown: the article column (--measure, 42rem) once the window has
 * room for it and its margins (1.25rem each side), else the window less those margins.
 */
export const FIGURE_SIZES = "(min-width: 44.5rem) 42rem, calc(100vw - 2.5rem)";

export interface RenderOptions {
  /** The library's records of the body's figures (loadMediaRefs(figureMediaIds(doc))). */
  media?: Map<string, MediaRef>;
}

/**
 * A body figure: AVIF and WebP sources and a JPEG fallback, all the column's width, with the
 * original's width and height so the page does not move as it loads. Lazy: the lead image is
 * the one above the fold, and it is not rendered here.
 */
function figureHtml(attrs: Record<string, unknown>, media: MediaRef): string {
  const alt = typeof attrs.alt === "string" ? attrs.alt : "";
  const caption = typeof attrs.caption === "string" ? attrs.caption : "";
  const credit = typeof attrs.credit === "string" ? attrs.credit : "";
  const href = typeof attrs.href === "string" && isSafeHref(attrs.href) ? attrs.href : null;
  const sizes = `sizes="${FIGURE_SIZES}"`;
  const fallback =
    widthsFor(media)
      .filter((w) => w <= 960)
      .at(-1) ?? widthsFor(media)[0];
  let picture =
    `<picture>` +
    `<source type="image/avif" srcset="${escapeAttr(srcset(media, "avif"))}" ${sizes}>` +
    `<source type="image/webp" srcset="${escapeAttr(srcset(media, "webp"))}" ${sizes}>` +
    `<img src="${escapeAttr(renditionUrl(media, fallback, "jpg"))}" srcset="${escapeAttr(srcset(media, "jpg"))}" ${sizes}` +
    ` width="${media.width}" height="${media.height}" alt="${escapeAttr(alt)}" loading="lazy" decoding="async">` +
    `</picture>`;
  if (href) picture = `<a href="${escapeAttr(href)}"${/^https?:/i.test(href) ? ' rel="noopener noreferrer"' : ""}>${picture}</a>`;
  const captionHtml = caption ? `<span class="figure__caption">${escapeAttr(caption)}</span>` : "";
  const creditHtml = credit ? `<span class="figure__credit">${escapeAttr(credit)}</span>` : "";
  const figcaption = caption || credit ? `<figcaption>${[captionHtml, creditHtml].filter(Boolean).join(" ")}</figcaption>` : "";
  return `<figure class="figure">${picture}${figcaption}</figure>`;
}

/** Whether a row holds header cells only: then it is the table's header row, and its cells head columns. */
const isHeaderRow = (row: ProseMirrorNode | undefined) =>
  Boolean(
    row && row.childCount > 0 && Array.from({ length: row.childCount }, (_, i) => row.child(i)).every((c) => c.type.name === "tableHeader"),
  );

function cellHtml(tag: "td" | "th", node: ProseMirrorNode, children: string | string[] | undefined, parent: ProseMirrorNode | undefined) {
  const { colspan, rowspan } = node.attrs as { colspan: number; rowspan: number };
  const scope = tag === "th" ? ` scope="${isHeaderRow(parent) ? "col" : "row"}"` : "";
  const spans = (colspan > 1 ? ` colspan="${Number(colspan)}"` : "") + (rowspan > 1 ? ` rowspan="${Number(rowspan)}"` : "");
  return `<${tag}${scope}${spans}>${join(children)}</${tag}>`;
}

/**
 * Rich text as HTML. A figure whose image is not in `options.media` (deleted from the library
 * since, or not loaded) renders nothing: a page must not show a broken image.
 */
export function renderRichText(kind: RichTextKind, doc: JSONContent, options: RenderOptions = {}): string {
  const { byId } = numberFootnotes(doc);
  const number = (id: unknown) => (typeof id === "string" ? byId.get(id) : undefined);
  let tables = 0;

  return renderToHTMLString({
    content: doc,
    extensions: extensionsFor(kind),
    options: {
      markMapping: {
        link: ({ mark, children }) => {
          const href = String(mark.attrs.href ?? "");
          if (!isSafeHref(href)) return join(children);
          const external = /^https?:/i.test(href);
          return `<a href="${escapeAttr(href)}"${external ? ' rel="noopener noreferrer"' : ""}>${join(children)}</a>`;
        },
      },
      nodeMapping: {
        figure: ({ node }) => {
          const media = options.media?.get(String(node.attrs.mediaId));
          return media ? figureHtml(node.attrs, media) : "";
        },
        // A table scrolls sideways within the column on a narrow screen; the scrolling box is a
        // named region that takes focus, so it can be scrolled by keyboard.
        table: ({ node, children }) => {
          tables += 1;
          const caption = typeof node.attrs.caption === "string" ? node.attrs.caption.trim() : "";
          const rows = Array.isArray(children) ? children : [join(children)];
          const head = isHeaderRow(node.firstChild ?? undefined) ? `<thead>${rows[0]}</thead>` : "";
          const body = `<tbody>${(head ? rows.slice(1) : rows).join("")}</tbody>`;
          const label = escapeAttr(caption || `Table ${tables}`);
          return (
            `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">` +
            `<table>${caption ? `<caption>${escapeAttr(caption)}</caption>` : ""}${head}${body}</table></div>`
          );
        },
        tableRow: ({ children }) => `<tr>${join(children)}</tr>`,
        tableHeader: ({ node, children, parent }) => cellHtml("th", node, children, parent),
        tableCell: ({ node, children, parent }) => cellHtml("td", node, children, parent),
        footnoteReference: ({ node }) => {
          const n = number(node.attrs["data-id"]);
          if (!n) return "";
          return `<sup class="fn-ref" id="fnref-${n}"><a href="#fn-${n}" role="doc-noteref" aria-label="Note ${n}">[${n}]</a></sup>`;
        },
        footnotes: ({ children }) =>
          `<section class="footnotes" role="doc-endnotes" aria-labelledby="notes-heading">${notesHeading(NOTES_HEADING)}<ol>${join(children)}</ol></section>`,
        footnote: ({ node, children }) => {
          const n = number(node.attrs["data-id"]);
          if (!n) return "";
          const back = ` <a href="#fnref-${n}" class="fn-back" role="doc-backlink" aria-label="Back to reference ${n}">↩</a>`;
          // Put the back link at the end of the note's last paragraph.
          const html = join(children);
          return `<li id="fn-${n}">${html.endsWith("</p>") ? html.slice(0, -4) + back + "</p>" : html + back}</li>`;
        },
      },
    },
  });
}
