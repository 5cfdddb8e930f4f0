// Turns the small markup of the demo texts into TipTap JSON for the body schema:
// "## " / "### " headings, "- " and "1. " lists, "> " quotes, paragraphs, **bold**,
// *italic*, [links](https://...) and [^n] footnote references (inline markup: lib/content/markup.ts).
import type { JSONContent } from "@tiptap/core";
import { inlineMarkup as inline } from "../../lib/content/markup";

const paragraph = (text: string, noteIds: string[]): JSONContent => ({ type: "paragraph", content: inline(text, noteIds) });

function block(source: string, noteIds: string[]): JSONContent {
  const lines = source.split("\n");
  const heading = /^(#{2,3}) (.*)$/.exec(source);
  if (heading) return { type: "heading", attrs: { level: heading[1].length }, content: inline(heading[2], noteIds) };
  if (lines.every((l) => l.startsWith("- "))) {
    return { type: "bulletList", content: lines.map((l) => ({ type: "listItem", content: [paragraph(l.slice(2), noteIds)] })) };
  }
  if (lines.every((l) => /^\d+\. /.test(l))) {
    return {
      type: "orderedList",
      attrs: { start: 1 },
      content: lines.map((l) => ({ type: "listItem", content: [paragraph(l.replace(/^\d+\. /, ""), noteIds)] })),
    };
  }
  if (source.startsWith("> ")) return { type: "blockquote", content: [paragraph(source.slice(2), noteIds)] };
  return paragraph(source.replace(/\n/g, " "), noteIds);
}

/** A body document from markup and its footnotes (note n is footnotes[n - 1]). */
export function markupToDoc(markup: string, footnotes: string[], idPrefix: string): JSONContent {
  const noteIds = footnotes.map((_, i) => `${idPrefix}-${i + 1}`);
  const content = markup
    .trim()
    .split(/\n\s*\n/)
    .map((b) => block(b.trim(), noteIds));
  if (footnotes.length) {
    content.push({
      type: "footnotes",
      content: footnotes.map((note, i) => ({
        type: "footnote",
        attrs: { "data-id": noteIds[i], id: `fn:${i + 1}` },
        content: [paragraph(note, [])],
      })),
    });
  }
  return { type: "doc", content };
}
