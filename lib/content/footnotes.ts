// Footnote numbering follows the order of references in the document, whatever numbers
// the client stored: the server recomputes them on every render.
import type { JSONContent } from "@tiptap/core";

export interface NoteNumbering {
  /** data-id of a reference or note -> its number, from 1 in document order. */
  byId: Map<string, number>;
  /** data-ids of the notes in the footnotes list, in list order. */
  noteIds: string[];
  /** data-ids of the references, in document order. */
  referenceIds: string[];
}

function walk(node: JSONContent, visit: (node: JSONContent) => void) {
  visit(node);
  node.content?.forEach((child) => walk(child, visit));
}

export function numberFootnotes(doc: JSONContent): NoteNumbering {
  const referenceIds: string[] = [];
  const noteIds: string[] = [];
  walk(doc, (node) => {
    const id = node.attrs?.["data-id"];
    if (typeof id !== "string") return;
    if (node.type === "footnoteReference") referenceIds.push(id);
    if (node.type === "footnote") noteIds.push(id);
  });
  const byId = new Map<string, number>();
  referenceIds.forEach((id, index) => byId.set(id, index + 1));
  return { byId, noteIds, referenceIds };
}
