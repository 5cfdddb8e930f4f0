// The notes of a paste from Word or Google Docs, put under Notes. The paste itself brings the
// references (lib/content/paste.ts); the footnotes extension gives each pasted reference a new
// id (so a copy of a reference is never the original's) and adds an empty note for it, which is
// filled here with the note's text, parsed by the body's own schema. The pasted references are
// found as those the body did not have before, in order: the paste put them there together.
import type { Editor } from "@tiptap/react";
import { DOMParser as SchemaParser, type Node as ProseNode } from "@tiptap/pm/model";
import type { CleanPaste } from "@/lib/content/paste";

/** The ids of the body's footnote references, in order. */
export function referenceIds(editor: Editor): string[] {
  const ids: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === "footnoteReference") ids.push(String(node.attrs["data-id"]));
  });
  return ids;
}

/**
 * Fills the empty notes of the references a paste added (those not among `before`) with the
 * paste's notes, in one step of the undo history. The paste's references are read from its HTML,
 * in order; one without a note (Google Docs) stays empty for the writer.
 */
export function fillPastedNotes(editor: Editor, paste: Pick<CleanPaste, "html" | "notes">, before: ReadonlySet<string>) {
  if (!paste.notes.length) return;
  const noteHtml = new Map(paste.notes.map((note) => [note.id, note.html]));
  const pastedOrder = [...paste.html.matchAll(/class="footnote-ref" data-id="([^"]+)"/g)].map((match) => match[1]);
  const added = referenceIds(editor).filter((id) => !before.has(id));
  // Anything else than one new reference per pasted one means the paste did not land as made: leave the notes empty.
  if (added.length !== pastedOrder.length) return;
  const html = new Map(added.flatMap((id, i) => (noteHtml.has(pastedOrder[i]) ? [[id, noteHtml.get(pastedOrder[i])!] as const] : [])));
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
