// A save the server merged with someone else's (lib/content/merge.ts) comes back with the
// merged piece. The editor takes it in without losing what was typed while the save was on its
// way: a three-way merge of base = what was sent, mine = the editor now, theirs = the merged
// piece, applied to the editor block by block so the cursor stays where it was. If what was
// typed meanwhile clashes with the merge, the conflict view shows both.
import type { JSONContent } from "@tiptap/core";
import type { Editor } from "@tiptap/react";
import { mergePieces, type BlockEdit, type MergeablePiece } from "@/lib/content/merge";
import type { EditableArticle } from "@/lib/editorial/working-copy";
import { getCurrentVersionAction } from "@/lib/actions/articles";
import { draftFromArticle, type Draft } from "./draft";
import type { SaveState, TheirVersion } from "./use-autosave";

/** What a save answers beyond its version: the merged piece, when it was merged. */
export type MergedAnswer = { merged?: undefined } | { merged: true; article: EditableArticle };

/**
 * The version both started from, which the conflict view compares each side with: the conflict's
 * saved version carries it (getCurrentVersionAction's `base`, or what was sent after a merge).
 */
export type WithBase = { base?: MergeablePiece | null };

export const MERGE_CLASH_MESSAGE = "Your save was merged with someone else's, but what you typed since changed the same part as theirs.";

/**
 * Replaces the changed top-level blocks (and the footnotes list, if it changed) in one
 * transaction: ProseMirror maps the selection through it, so the cursor stays in place. The
 * change is someone else's, so it is not undone by the writer's undo, nor reported as typing.
 */
function applyEdits(editor: Editor, edits: BlockEdit[], notes: JSONContent[] | null) {
  const { state } = editor;
  const starts: number[] = [];
  state.doc.forEach((_node, offset) => starts.push(offset));
  const end = state.doc.content.size;
  const last = state.doc.lastChild;
  const notesAt = last?.type.name === "footnotes" ? end - last.nodeSize : end;
  // Block i starts at starts[i]; the footnotes list, if any, is the last entry, so the place
  // after the last block is its start (or the end of the document).
  const at = (index: number) => starts[index] ?? end;
  const tr = state.tr;
  const node = (json: JSONContent) => editor.schema.nodeFromJSON(json);
  // The list is last, so replacing it first leaves the blocks' positions as they were.
  if (notes) tr.replaceWith(notesAt, end, notes.map(node));
  for (const edit of edits) tr.replaceWith(at(edit.from), at(edit.to), edit.blocks.map(node));
  editor.view.dispatch(tr.setMeta("addToHistory", false).setMeta("preventUpdate", true));
}

/**
 * Takes the server's merged piece into the editor. Returns the draft the editor now holds, or
 * null (and changes nothing) when what was typed since `sent` clashes with the merge.
 */
export function takeMergeIn(editor: Editor | null, sent: Draft, mine: Draft, merged: EditableArticle): Draft | null {
  const result = mergePieces(sent, mine, draftFromArticle(merged));
  if (!result.ok) return null;
  if (!editor) return result.piece;
  const list = result.piece.body.content?.at(-1);
  const notes = result.notesChanged ? (list?.type === "footnotes" ? [list] : []) : null;
  try {
    applyEdits(editor, result.blockEdits, notes);
  } catch {
    // The edits did not fit the document (they always should): the whole merged body instead.
    editor.chain().setContent(result.piece.body, { emitUpdate: false }).run();
  }
  return { ...result.piece, body: editor.getJSON() };
}

/**
 * The conflict view's state when what was typed since the merged save clashes with it: the
 * saved version, with what was sent as the base both changed from, when nothing was saved since.
 */
export async function clashAfterMerge(articleId: string, merged: EditableArticle, sent: Draft): Promise<SaveState> {
  const current = await getCurrentVersionAction({ id: articleId });
  if (!current.ok) return { kind: "refused", message: current.error };
  const theirs: TheirVersion & WithBase = { ...current.data, base: current.data.version === merged.version ? sent : null };
  return { kind: "conflict", message: MERGE_CLASH_MESSAGE, theirs };
}
