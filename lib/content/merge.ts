// Three-way merge of a piece: two versions that both started from a common base are combined
// when they changed different parts. The parts are the title, the standfirst, each detail
// (slug, byline, division, series, disclaimer, topics, lead image) as a whole, each top-level block of
// the body (paragraph, heading, list, quotation...) compared by its JSON, and each footnote
// by its id. Pure and client-safe: the server merges a stale save with it, and the editor
// merges what was typed while that save was in flight.
import type { JSONContent } from "@tiptap/core";
import { diffArrays } from "diff";

/** What a merge compares: the fields of a save. */
export interface MergeablePiece {
  title: string;
  standfirst: string;
  slug: string;
  body: JSONContent;
  authorIds: string[];
  divisionId: string | null;
  seriesId: string | null;
  disclaimerId: string | null;
  topicIds: string[];
  /** The media library image that leads the piece. */
  leadImageId: string | null;
}

export type MergeField =
  "title" | "standfirst" | "slug" | "authorIds" | "divisionId" | "seriesId" | "disclaimerId" | "topicIds" | "leadImageId";

/** A part both versions changed, each in its own way. */
export type Clash =
  | { kind: "field"; field: MergeField }
  /** Top-level blocks: `at` is where they start in mine (0-based); each side's blocks replace `base`. */
  | { kind: "blocks"; at: number; base: JSONContent[]; mine: JSONContent[]; theirs: JSONContent[] }
  /** A footnote, by its id; null where that version has no such note. */
  | { kind: "footnote"; id: string; base: JSONContent | null; mine: JSONContent | null; theirs: JSONContent | null }
  /** The merged body's references and notes would not match up, or the changes were too many to align. */
  | { kind: "body" };

/** Mine's top-level blocks `from` to `to` (end excluded) become `blocks`: how an editor applies a merge in place. */
export interface BlockEdit {
  from: number;
  to: number;
  blocks: JSONContent[];
}

export type MergeResult<P extends MergeablePiece> =
  | {
      ok: true;
      piece: P;
      /** The body's changes relative to mine, last first (each leaves the earlier positions as they were). */
      blockEdits: BlockEdit[];
      /** Whether the footnotes list differs from mine's. */
      notesChanged: boolean;
    }
  | { ok: false; clashes: Clash[] };

/**
 * Beyond this many blocks added plus removed on one side, the blocks are not aligned: the search
 * costs about the square of the edits (see lib/editorial/text-diff.ts), and a merge of so
 * changed a text is better decided by a person.
 */
const MAX_BLOCK_EDITS = 2000;

/** Attributes the server derives (footnote numbers, link safety attributes): never a change of anyone's. */
const derivedAttrs: Record<string, string[]> = {
  footnoteReference: ["referenceNumber", "href", "class"],
  footnote: ["id"],
  footnotes: ["class"],
};

type Essentials = [type: string | undefined, text: string | null, attrs: [string, unknown][], marks: string, content: Essentials[]];

function essentials(node: JSONContent): Essentials {
  const skip = derivedAttrs[node.type ?? ""] ?? [];
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([key, value]) => value !== null && value !== undefined && !skip.includes(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const marks = JSON.stringify(
    (node.marks ?? []).map((mark) =>
      mark.type === "link" ? [mark.type, mark.attrs?.href ?? null, mark.attrs?.title ?? null] : [mark.type],
    ),
  );
  const content: Essentials[] = [];
  // A reference's content is its number, which the server writes.
  for (const child of node.type === "footnoteReference" ? [] : (node.content ?? [])) {
    const next = essentials(child);
    const last = content.at(-1);
    // Neighbouring text with the same marks is one run, however it was split (the editor joins them).
    if (last && last[0] === "text" && next[0] === "text" && last[3] === next[3]) last[1] = `${last[1] ?? ""}${next[1] ?? ""}`;
    else content.push(next);
  }
  return [node.type, node.text ?? null, attrs, marks, content];
}

/**
 * A node's identity for the merge: the editor's JSON and the server's canonical JSON of the
 * same text give the same key (null attributes, attribute order and derived numbers aside).
 */
export const nodeKey = (node: JSONContent) => JSON.stringify(essentials(node));

/** The body's blocks, and its notes by id (the footnotes list, if any, is the document's last node). */
function split(body: JSONContent) {
  const content = body.content ?? [];
  const list = content.at(-1)?.type === "footnotes" ? content.at(-1) : undefined;
  const blocks = list ? content.slice(0, -1) : content;
  const notes = new Map<string, JSONContent>();
  for (const note of list?.content ?? []) {
    const id = note.attrs?.["data-id"];
    if (typeof id === "string") notes.set(id, note);
  }
  return { blocks, notes, list };
}

/** A stretch of the base (`oStart` to `oEnd`) that one side replaced with its `sStart` to `sEnd`. */
interface Hunk {
  side: "mine" | "theirs";
  oStart: number;
  oEnd: number;
  sStart: number;
  sEnd: number;
}

function hunks(side: Hunk["side"], base: string[], other: string[]): Hunk[] | null {
  const changes = diffArrays(base, other, { maxEditLength: MAX_BLOCK_EDITS });
  if (!changes) return null;
  const found: Hunk[] = [];
  let o = 0;
  let s = 0;
  let open: Hunk | null = null;
  for (const change of changes) {
    const count = change.value.length;
    if (!change.added && !change.removed) {
      open = null;
      o += count;
      s += count;
      continue;
    }
    if (!open) {
      open = { side, oStart: o, oEnd: o, sStart: s, sEnd: s };
      found.push(open);
    }
    if (change.removed) open.oEnd = o += count;
    else open.sEnd = s += count;
  }
  // A stretch of blocks replaced by as many blocks is an edit of each in turn: edits of
  // paragraphs 1 and 2 on one side and of paragraph 2 on the other clash at paragraph 2 only.
  return found.flatMap((hunk) => {
    const length = hunk.oEnd - hunk.oStart;
    if (length < 2 || hunk.sEnd - hunk.sStart !== length) return [hunk];
    return Array.from({ length }, (_, i) => ({
      side,
      oStart: hunk.oStart + i,
      oEnd: hunk.oStart + i + 1,
      sStart: hunk.sStart + i,
      sEnd: hunk.sStart + i + 1,
    }));
  });
}

/**
 * Whether two changes touch the same part of the base. Stretches that only meet do not (an
 * edit of block 2 and one of block 3 merge), nor does an insertion at either end of the
 * other's stretch; an insertion inside it does, and so do two insertions at the same place.
 */
function overlaps(a: { oStart: number; oEnd: number }, b: Hunk) {
  if (a.oStart === a.oEnd && b.oStart === b.oEnd) return a.oStart === b.oStart;
  if (a.oStart === a.oEnd) return b.oStart < a.oStart && a.oStart < b.oEnd;
  if (b.oStart === b.oEnd) return a.oStart < b.oStart && b.oStart < a.oEnd;
  return a.oStart < b.oEnd && b.oStart < a.oEnd;
}

/** The changes of both sides in base order, those that overlap (directly or through another) grouped. */
function groups(all: Hunk[]) {
  const sorted = [...all].sort((a, b) => a.oStart - b.oStart || a.oEnd - a.oStart - (b.oEnd - b.oStart));
  const out: { oStart: number; oEnd: number; hunks: Hunk[] }[] = [];
  for (const hunk of sorted) {
    const last = out.at(-1);
    if (last && overlaps(last, hunk)) {
      last.hunks.push(hunk);
      last.oEnd = Math.max(last.oEnd, hunk.oEnd);
    } else {
      out.push({ oStart: hunk.oStart, oEnd: hunk.oEnd, hunks: [hunk] });
    }
  }
  return out;
}

const sameKeys = (a: string[], b: string[]) => a.length === b.length && a.every((key, i) => key === b[i]);

function mergeBlocks(base: JSONContent[], mine: JSONContent[], theirs: JSONContent[]) {
  const [baseKeys, mineKeys, theirKeys] = [base, mine, theirs].map((blocks) => blocks.map(nodeKey));
  const mineHunks = hunks("mine", baseKeys, mineKeys);
  const theirHunks = hunks("theirs", baseKeys, theirKeys);
  if (!mineHunks || !theirHunks) return { blocks: [], edits: [], clashes: [{ kind: "body" } as Clash] };

  const blocks: JSONContent[] = [];
  const edits: BlockEdit[] = [];
  const clashes: Clash[] = [];
  // How far each side's positions are from the base's, after the changes so far.
  let mineShift = 0;
  let theirShift = 0;
  let o = 0;
  for (const group of groups([...mineHunks, ...theirHunks])) {
    blocks.push(...mine.slice(o + mineShift, group.oStart + mineShift));
    // Each side's stretch that stands for the group's stretch of the base.
    const range = (side: Hunk["side"], shift: number) => {
      const own = group.hunks.filter((h) => h.side === side);
      if (!own.length) return { start: group.oStart + shift, end: group.oEnd + shift, changed: false };
      const first = own[0];
      const last = own[own.length - 1];
      return { start: first.sStart - (first.oStart - group.oStart), end: last.sEnd + (group.oEnd - last.oEnd), changed: true };
    };
    const m = range("mine", mineShift);
    const t = range("theirs", theirShift);
    const mineBlocks = mine.slice(m.start, m.end);
    const theirBlocks = theirs.slice(t.start, t.end);
    const bothInserted = m.changed && t.changed && group.oStart === group.oEnd;
    if (!t.changed || sameKeys(mineKeys.slice(m.start, m.end), theirKeys.slice(t.start, t.end))) {
      blocks.push(...mineBlocks);
    } else if (!m.changed) {
      blocks.push(...theirBlocks);
      edits.push({ from: m.start, to: m.end, blocks: theirBlocks });
    } else if (bothInserted) {
      // New blocks at the same place from both: nothing is lost by keeping all of them, the
      // ones saved first (theirs) first.
      blocks.push(...theirBlocks, ...mineBlocks);
      edits.push({ from: m.start, to: m.start, blocks: theirBlocks });
    } else {
      clashes.push({ kind: "blocks", at: m.start, base: base.slice(group.oStart, group.oEnd), mine: mineBlocks, theirs: theirBlocks });
    }
    mineShift = m.end - group.oEnd;
    theirShift = t.end - group.oEnd;
    o = group.oEnd;
  }
  blocks.push(...mine.slice(o + mineShift));
  return { blocks, edits: edits.reverse(), clashes };
}

/** Three-way choice of one part: whichever side changed it, or either when both made the same change. */
function pick<T>(base: T, mine: T, theirs: T, key: (value: T) => string): { value: T } | null {
  const [b, m, t] = [key(base), key(mine), key(theirs)];
  if (t === b || t === m) return { value: mine };
  if (m === b) return { value: theirs };
  return null;
}

function referencesIn(blocks: JSONContent[]) {
  const ids: string[] = [];
  const visit = (node: JSONContent) => {
    const id = node.attrs?.["data-id"];
    if (node.type === "footnoteReference" && typeof id === "string") ids.push(id);
    node.content?.forEach(visit);
  };
  blocks.forEach(visit);
  return ids;
}

function mergeNotes(base: Map<string, JSONContent>, mine: Map<string, JSONContent>, theirs: Map<string, JSONContent>) {
  const notes = new Map<string, JSONContent>();
  const clashes: Clash[] = [];
  const key = (note: JSONContent | undefined) => (note ? nodeKey(note) : "");
  for (const id of new Set([...base.keys(), ...mine.keys(), ...theirs.keys()])) {
    const chosen = pick(base.get(id), mine.get(id), theirs.get(id), key);
    if (!chosen) {
      clashes.push({ kind: "footnote", id, base: base.get(id) ?? null, mine: mine.get(id) ?? null, theirs: theirs.get(id) ?? null });
    } else if (chosen.value) {
      notes.set(id, chosen.value);
    }
  }
  return { notes, clashes };
}

const fieldKeys: Record<MergeField, (piece: MergeablePiece) => string> = {
  title: (p) => p.title,
  standfirst: (p) => p.standfirst,
  slug: (p) => p.slug,
  // The byline's order is part of it; topics are a set.
  authorIds: (p) => p.authorIds.join("\n"),
  divisionId: (p) => p.divisionId ?? "",
  seriesId: (p) => p.seriesId ?? "",
  disclaimerId: (p) => p.disclaimerId ?? "",
  topicIds: (p) => [...p.topicIds].sort().join("\n"),
  leadImageId: (p) => p.leadImageId ?? "",
};

/**
 * Merges `mine` and `theirs`, both made from `base`. A part only one side changed takes that
 * change; a part both changed the same way takes it once; a part both changed differently is
 * a clash, and then nothing is merged. New blocks both sides added at the same place are all
 * kept, theirs first. The merged footnotes are the notes its references need, in their order.
 */
export function mergePieces<P extends MergeablePiece>(base: MergeablePiece, mine: P, theirs: MergeablePiece): MergeResult<P> {
  const clashes: Clash[] = [];
  const fields: Partial<MergeablePiece> = {};
  for (const field of Object.keys(fieldKeys) as MergeField[]) {
    const key = fieldKeys[field];
    const chosen = pick(base, mine, theirs, key);
    if (chosen) Object.assign(fields, { [field]: chosen.value[field] });
    else clashes.push({ kind: "field", field });
  }

  const [b, m, t] = [base.body, mine.body, theirs.body].map(split);
  const body = mergeBlocks(b.blocks, m.blocks, t.blocks);
  const notes = mergeNotes(b.notes, m.notes, t.notes);
  clashes.push(...body.clashes, ...notes.clashes);
  if (clashes.length) return { ok: false, clashes };

  // Every reference needs its note and every note its reference, once: otherwise a clash,
  // never a body the server would refuse.
  const references = referencesIn(body.blocks);
  const unmatched =
    new Set(references).size !== references.length ||
    references.length !== notes.notes.size ||
    references.some((id) => !notes.notes.has(id));
  if (unmatched) return { ok: false, clashes: [{ kind: "body" }] };

  const noteList = references.map((id) => notes.notes.get(id)!);
  const mineNotes = [...m.notes.values()];
  const notesChanged = noteList.length !== mineNotes.length || noteList.some((note, i) => nodeKey(note) !== nodeKey(mineNotes[i]));
  const list = m.list ?? t.list ?? { type: "footnotes", attrs: { class: "footnotes" } };
  const content = noteList.length ? [...body.blocks, { ...list, content: noteList }] : body.blocks;
  return {
    ok: true,
    piece: { ...mine, ...fields, body: { ...mine.body, content } },
    blockEdits: body.edits,
    notesChanged,
  };
}

const blockNouns: Record<string, [string, string]> = {
  paragraph: ["paragraph", "paragraphs"],
  heading: ["heading", "headings"],
  bulletList: ["list", "lists"],
  orderedList: ["list", "lists"],
  blockquote: ["quotation", "quotations"],
  horizontalRule: ["rule", "rules"],
};

const fieldNames: Record<MergeField, string> = {
  title: "the title",
  standfirst: "the standfirst",
  slug: "the web address (slug)",
  authorIds: "the authors",
  divisionId: "the division",
  seriesId: "the series",
  disclaimerId: "the disclaimer",
  topicIds: "the topics",
  leadImageId: "the lead image",
};

function blockName(clash: Extract<Clash, { kind: "blocks" }>) {
  const shown = clash.mine.length ? clash.mine : clash.base.length ? clash.base : clash.theirs;
  const types = new Set(shown.map((block) => block.type ?? ""));
  const [one, many] = types.size === 1 ? (blockNouns[[...types][0]] ?? ["block", "blocks"]) : ["block", "blocks"];
  const first = clash.at + 1;
  return shown.length > 1 ? `${many} ${first}–${first + shown.length - 1}` : `${one} ${first}`;
}

/** The clashing parts in words, for a person: "the title, paragraph 3 and footnote 2". */
export function describeClashes(clashes: Clash[], mineBody?: JSONContent): string {
  const noteNumbers = new Map(referencesIn(mineBody ? split(mineBody).blocks : []).map((id, i) => [id, i + 1]));
  const names = clashes.map((clash) => {
    switch (clash.kind) {
      case "field":
        return fieldNames[clash.field];
      case "blocks":
        return blockName(clash);
      case "footnote": {
        const number = noteNumbers.get(clash.id);
        return number ? `footnote ${number}` : "a footnote";
      }
      case "body":
        return "the body as a whole";
    }
  });
  const unique = [...new Set(names)];
  return unique.length > 1 ? `${unique.slice(0, -1).join(", ")} and ${unique.at(-1)}` : (unique[0] ?? "");
}
