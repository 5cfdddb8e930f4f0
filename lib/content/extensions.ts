// The one list of TipTap extensions per kind of rich text. The editor, server-side
// validation and HTML rendering all import from here, so what the editor can make is
// exactly what the server accepts and renders.
import type { Extensions } from "@tiptap/core";
import Document from "@tiptap/extension-document";
import StarterKit from "@tiptap/starter-kit";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import { Footnote, FootnoteReference, Footnotes } from "tiptap-footnotes";
import { Figure } from "./figure";
import { isSafeHref } from "./links";

const link = {
  openOnClick: false,
  autolink: true,
  defaultProtocol: "https",
  protocols: ["http", "https", "mailto"],
  // The editor refuses unsafe links as they are made; lib/content/validate refuses them on the server.
  isAllowedUri: (url: string) => isSafeHref(url),
  HTMLAttributes: { rel: "noopener noreferrer", target: null },
};

/** Features no kind of Standfirst text offers. */
const excluded = { code: false, codeBlock: false, strike: false, underline: false } as const;

/** A table with a caption (plain text, shown above it); column widths are the reader's browser's to choose. */
const CaptionedTable = Table.extend({
  group: "topBlock",
  addAttributes() {
    return { ...this.parent?.(), caption: { default: "" } };
  },
}).configure({ resizable: false });

/**
 * Article bodies: headings 2-4, lists, quotes, rules, links, emphasis, figures (library images),
 * tables and footnotes at the end. Figures and tables are "topBlock"s: they stand on their own
 * in the body, never inside a quote, a list, a table cell or a footnote, where the article
 * column would squeeze them and a phone could not show them (and so the editor cannot put them
 * there either: the schema is the rule).
 */
export const bodyExtensions: Extensions = [
  StarterKit.configure({ ...excluded, document: false, heading: { levels: [2, 3, 4] }, link }),
  Document.extend({ content: "(block | topBlock)+ footnotes?" }),
  Footnotes,
  Footnote,
  FootnoteReference,
  Figure,
  CaptionedTable,
  TableRow,
  TableHeader,
  TableCell,
];

/** Short texts (author bios, disclaimers): paragraphs, lists, links and emphasis. */
export const proseExtensions: Extensions = [
  StarterKit.configure({ ...excluded, heading: false, blockquote: false, horizontalRule: false, link }),
];

export type RichTextKind = "body" | "prose";

export const extensionsFor = (kind: RichTextKind) => (kind === "body" ? bodyExtensions : proseExtensions);
