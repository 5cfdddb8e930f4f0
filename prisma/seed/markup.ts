// Turns the small markup of the demo texts into TipTap JSON for the body schema:
// "## " / "### " headings, "- " and "1. " lists, "> " quotes, paragraphs, **bold**,
// *italic*, [links](https://...) and [^n] footnote references. Strict: anything else is text.
import type { JSONContent } from "@tiptap/core";

type Mark = { type: string; attrs?: Record<string, unknown> };

const inlinePattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]^][^\]]*)\]\((https?:\/\/[^)\s]+)\)|\[\^(\d+)\]/g;

function inline(text: string, noteIds: string[], marks: Mark[] = []): JSONContent[] {
  const out: JSONContent[] = [];
  const pushText = (t: string) => {
    if (t) out.push(marks.length ? { type: "text", text: t, marks } : { type: "text", text: t });
  };
  let last = 0;
  for (const m of text.matchAll(inlinePattern)) {
    pushText(text.slice(last, m.index));
    last = m.index! + m[0].length;
    if (m[1] !== undefined) out.push(...inline(m[1], noteIds, [...marks, { type: "bold" }]));
    else if (m[2] !== undefined) out.push(...inline(m[2], noteIds, [...marks, { type: "italic" }]));
    else if (m[3] !== undefined) out.push(...inline(m[3], noteIds, [...marks, { type: "link", attrs: { href: m[4] } }]));
    else {
      const n = Number(m[5]);
      const id = noteIds[n - 1];
      if (!id) throw new Error(`Footnote reference [^${n}] has no note.`);
      out.push({ type: "footnoteReference", attrs: { "data-id": id, referenceNumber: String(n) } });
    }
  }
  pushText(text.slice(last));
  return out;
}

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
  const content = markup.trim().split(/\n\s*\n/).map((b) => block(b.trim(), noteIds));
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

/** A short rich text (bio, disclaimer) from paragraphs separated by blank lines. */
export function markupToProse(markup: string): JSONContent {
  return {
    type: "doc",
    content: markup.trim().split(/\n\s*\n/).map((p) => ({ type: "paragraph", content: inline(p.trim(), []) })),
  };
}
