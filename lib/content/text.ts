// Plain-text views of rich text: for word counts, reading time, search and feeds.
import type { JSONContent } from "@tiptap/core";

const blockTypes = new Set(["paragraph", "heading", "listItem", "blockquote", "footnote"]);

/** The text of a document; footnotes are left out unless asked for. */
export function plainText(doc: JSONContent, options: { footnotes?: boolean } = {}): string {
  const parts: string[] = [];
  const visit = (node: JSONContent) => {
    if (node.type === "footnotes" && !options.footnotes) return;
    if (node.type === "footnoteReference") return;
    if (node.type === "text" && node.text) parts.push(node.text);
    node.content?.forEach(visit);
    if (node.type && blockTypes.has(node.type)) parts.push("\n");
  };
  visit(doc);
  return parts
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/** Minutes at 230 words a minute, the usual figure for attentive adult reading; at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
