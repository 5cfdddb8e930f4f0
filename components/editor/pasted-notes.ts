// The notes of a paste from Word or Google Docs, put under Notes. The paste itself brings the
// references (lib/content/paste.ts); the footnotes extension then adds an empty note for each,
// which is filled here with the note's text, parsed by the body's own schema.
import type { Editor } from "@tiptap/react";
import { DOMParser as SchemaParser, type Node as ProseNode } from "@tiptap/pm/model";
import type { CleanPaste } from "@/lib/content/paste";

/** Fills the empty notes the paste's references made with the notes' text, in one step of the undo history. */
export function fillPastedNotes(editor: Editor, notes: CleanPaste["notes"]) {
  if (!notes.length) return;
  const html = new Map(notes.map((note) => [note.id, note.html]));
  const { state } = editor;
  const parser = SchemaParser.fromSchema(state.schema);
  const targets: { pos: number; node: ProseNode }[] = [];
  state.doc.descendants((node, pos) => {
    if (node.type.name === "footnote" && html.has(node.attrs["data-id"])) targets.push({ pos, node });
    return node.type.name !== "footnote";
  });
  const tr = state.tr;
  // From the last, so earlier positions stay where they were.
  for (const { pos, node } of targets.reverse()) {
    const holder = document.createElement("div");
    holder.innerHTML = html.get(node.attrs["data-id"]) ?? "";
    tr.replaceWith(pos, pos + node.nodeSize, parser.parse(holder, { topNode: node.type.create(node.attrs) }));
  }
  editor.view.dispatch(tr);
}

const notes = (n: number) => (n === 1 ? "1 footnote" : `${n} footnotes`);

/** What the writer is told after a paste with footnotes. */
export function notesReport({ notes: found, notesMissing }: Pick<CleanPaste, "notes" | "notesMissing">): string {
  const parts: string[] = [];
  if (found.length) parts.push(`${notes(found.length)} pasted with ${found.length === 1 ? "its" : "their"} text, under Notes.`);
  if (notesMissing) {
    parts.push(
      `${notesMissing === 1 ? "1 footnote reference" : `${notesMissing} footnote references`} came without ${notesMissing === 1 ? "its" : "their"} text (Google Docs does not copy footnote text): write ${notesMissing === 1 ? "it" : "them"} under Notes, or download the document as .docx and use “Import from Word”.`,
    );
  }
  return parts.join(" ");
}
