// Images and tables in a revision comparison: the body's blocks as the text diff's paragraphs
// (a figure as "[Image: alt — caption]", a table row by row), and the changes to figures and
// tables told in words ("image replaced: …", "table: row added").
//
// How figures and tables of two versions are matched: in document order, aligned as two
// sequences (the diff library's LCS), figures by their library image and tables by their
// caption or, without one, their first row. What lines up is the same figure or table, compared
// for what changed in it; in a stretch that does not line up, the n-th figure (table) removed is
// paired with the n-th added, as the one replaced (rewritten) in that place, and what is left over
// was added or removed. A figure moved elsewhere therefore reads as removed here and added there.
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { diffArrays } from "diff";
import { plainText } from "../content";

/** A figure's words: its alt text, or the library's title when it has none. */
export type MediaTitles = ReadonlyMap<string, string>;

/** At most this many changes are listed; past it, how many more there are. */
const MOST_CHANGES = 100;
/** A table with more changed cells than this says how many, not which. */
const MOST_CELLS = 8;

const text = (value: unknown) => (typeof value === "string" ? value : "");
const quoted = (value: string) => `“${value.length > 80 ? `${value.slice(0, 79)}…` : value}”`;

function figureParagraph(node: JSONContent): string {
  const alt = text(node.attrs?.alt).trim();
  const caption = text(node.attrs?.caption).trim();
  return `[Image: ${alt || "no alt text"}${caption ? ` — ${caption}` : ""}]`;
}

/** A table's rows, each a list of its cells' text. */
function rowsOf(table: JSONContent): string[][] {
  return (table.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => plainText({ type: "doc", content: cell.content ?? [] }).replace(/\n/g, " ")),
  );
}

const isHeaderRow = (table: JSONContent) => {
  const first = table.content?.[0]?.content ?? [];
  return first.length > 0 && first.every((cell) => cell.type === "tableHeader");
};

/** Each top-level block as its own paragraph, a figure as words and a table row by row, so breaks survive into the diff. */
export function bodyParagraphs(doc: JSONContent): string[] {
  return (doc.content ?? []).flatMap((block) => {
    if (block.type === "figure") return [figureParagraph(block)];
    if (block.type === "table") {
      const caption = text(block.attrs?.caption).trim();
      return [`[Table${caption ? `: ${caption}` : ""}]`, ...rowsOf(block).map((cells) => cells.join(" | "))];
    }
    const paragraph = plainText({ type: "doc", content: [block] }, { footnotes: true });
    return paragraph ? [paragraph] : [];
  });
}

const blocksOf = (doc: JSONContent, type: string) => (doc.content ?? []).filter((block) => block.type === type);

/** Pairs two sequences: [before, after] for each matched or paired item, with one side missing when added or removed. */
function align<T>(before: T[], after: T[], same: (a: T, b: T) => boolean): [T | undefined, T | undefined][] {
  const pairs: [T | undefined, T | undefined][] = [];
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) pairs.push([removed[i], added[i]]);
    removed = [];
    added = [];
  };
  let atBefore = 0;
  let atAfter = 0;
  for (const { added: isAdded, removed: isRemoved, count } of diffArrays(before, after, { comparator: same })) {
    if (isRemoved) removed.push(...before.slice(atBefore, (atBefore += count)));
    else if (isAdded) added.push(...after.slice(atAfter, (atAfter += count)));
    else {
      flush();
      for (let i = 0; i < count; i++) pairs.push([before[atBefore++], after[atAfter++]]);
    }
  }
  flush();
  return pairs;
}

function figureChanges(before: JSONContent[], after: JSONContent[], titles: MediaTitles): string[] {
  const name = (figure: JSONContent) =>
    text(figure.attrs?.alt).trim() || titles.get(text(figure.attrs?.mediaId)) || "an image without alt text";
  const out: string[] = [];
  for (const [a, b] of align(before, after, (x, y) => x.attrs?.mediaId === y.attrs?.mediaId)) {
    if (!a) out.push(`image added: ${name(b!)}`);
    else if (!b) out.push(`image removed: ${name(a)}`);
    else {
      const field = (key: string) => text(a.attrs?.[key]).trim() !== text(b.attrs?.[key]).trim();
      if (a.attrs?.mediaId !== b.attrs?.mediaId) out.push(`image replaced: ${name(a)} → ${name(b)}`);
      else if (field("alt")) out.push(`image alt text changed: ${quoted(text(a.attrs?.alt))} → ${quoted(text(b.attrs?.alt))}`);
      if (field("caption")) out.push(`image caption changed (${name(b)})`);
      if (field("credit")) out.push(`image credit changed (${name(b)})`);
      if (field("href")) out.push(`image link ${!a.attrs?.href ? "added" : !b.attrs?.href ? "removed" : "changed"} (${name(b)})`);
    }
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : `${n} ${many}`);

/** What changed inside one table, told from the later version's rows and columns. */
function tableEdits(a: JSONContent, b: JSONContent): string[] {
  const out: string[] = [];
  if (text(a.attrs?.caption).trim() !== text(b.attrs?.caption).trim()) out.push("caption changed");
  if (isHeaderRow(a) !== isHeaderRow(b)) out.push(isHeaderRow(b) ? "header row added" : "header row removed");

  const rowsA = rowsOf(a);
  const rowsB = rowsOf(b);
  // Columns are aligned by their first row (the header, when there is one).
  const width = (rows: string[][]) => Math.max(0, ...rows.map((r) => r.length));
  const columns = align(
    Array.from({ length: width(rowsA) }, (_, i) => i),
    Array.from({ length: width(rowsB) }, (_, i) => i),
    (i, j) => (rowsA[0]?.[i] ?? "") === (rowsB[0]?.[j] ?? ""),
  );
  const columnsAdded = columns.filter(([i]) => i === undefined).length;
  const columnsRemoved = columns.filter(([, j]) => j === undefined).length;
  if (columnsAdded) out.push(`${plural(columnsAdded, "column")} added`);
  if (columnsRemoved) out.push(`${plural(columnsRemoved, "column")} removed`);
  const kept = columns.filter((pair): pair is [number, number] => pair[0] !== undefined && pair[1] !== undefined);

  // Rows are compared on the columns both versions have, so a new column does not change every row.
  const key = (row: string[], side: 0 | 1) => kept.map((pair) => row[pair[side]] ?? "").join("\u0000");
  const indexA = rowsA.map((_, i) => i);
  const indexB = rowsB.map((_, i) => i);
  const rows = align(indexA, indexB, (i, j) => key(rowsA[i], 0) === key(rowsB[j], 1));
  const rowsAdded = rows.filter(([i]) => i === undefined).length;
  const rowsRemoved = rows.filter(([, j]) => j === undefined).length;
  if (rowsAdded) out.push(`${plural(rowsAdded, "row")} added`);
  if (rowsRemoved) out.push(`${plural(rowsRemoved, "row")} removed`);
  const cells: string[] = [];
  for (const [i, j] of rows) {
    if (i === undefined || j === undefined) continue;
    for (const [ci, cj] of kept) {
      if ((rowsA[i][ci] ?? "") !== (rowsB[j][cj] ?? "")) cells.push(`cell text changed (row ${j + 1}, column ${cj + 1})`);
    }
  }
  if (cells.length > MOST_CELLS) out.push(`text changed in ${cells.length} cells`);
  else out.push(...cells);
  return out;
}

function tableChanges(before: JSONContent[], after: JSONContent[]): string[] {
  // A table is known by its caption, or without one by its first row.
  const identity = (table: JSONContent) => text(table.attrs?.caption).trim() || (rowsOf(table)[0] ?? []).join("\u0000");
  const several = Math.max(before.length, after.length) > 1;
  const name = (table: JSONContent, position: number) => {
    const caption = text(table.attrs?.caption).trim();
    return caption ? `table ${quoted(caption)}` : several ? `table ${position}` : "table";
  };
  const out: string[] = [];
  let positionA = 0;
  let positionB = 0;
  for (const [a, b] of align(before, after, (x, y) => identity(x) === identity(y))) {
    if (a) positionA += 1;
    if (b) positionB += 1;
    if (!a) out.push(`${name(b!, positionB)} added`);
    else if (!b) out.push(`${name(a, positionA)} removed`);
    else out.push(...tableEdits(a, b).map((edit) => `${name(b, positionB)}: ${edit}`));
  }
  return out;
}

/** The changes to images and tables from `before` to `after`, in words, in document order of each kind. */
export function structuralChanges(before: JSONContent, after: JSONContent, titles: MediaTitles = new Map()): string[] {
  const all = [
    ...figureChanges(blocksOf(before, "figure"), blocksOf(after, "figure"), titles),
    ...tableChanges(blocksOf(before, "table"), blocksOf(after, "table")),
  ];
  return all.length > MOST_CHANGES ? [...all.slice(0, MOST_CHANGES), `and ${all.length - MOST_CHANGES} more changes`] : all;
}
