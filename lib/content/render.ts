// Rich text to HTML on the server, with the same extension list as the editor. Text is
// escaped by the renderer; links and footnotes are rendered here rather than from
// stored attributes, so stored JSON can never smuggle markup into a page.
import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { extensionsFor, type RichTextKind } from "./extensions";
import { numberFootnotes } from "./footnotes";
import { isSafeHref } from "./links";

const escapeAttr = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const join = (children?: string | string[]) => (Array.isArray(children) ? children.join("") : (children ?? ""));

export function renderRichText(kind: RichTextKind, doc: JSONContent): string {
  const { byId } = numberFootnotes(doc);
  const number = (id: unknown) => (typeof id === "string" ? byId.get(id) : undefined);

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
        footnoteReference: ({ node }) => {
          const n = number(node.attrs["data-id"]);
          if (!n) return "";
          return `<sup class="fn-ref" id="fnref-${n}"><a href="#fn-${n}" role="doc-noteref" aria-label="Note ${n}">[${n}]</a></sup>`;
        },
        footnotes: ({ children }) =>
          `<section class="footnotes" role="doc-endnotes" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2><ol>${join(children)}</ol></section>`,
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
