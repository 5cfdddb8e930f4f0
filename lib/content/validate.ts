// Server-side validation of rich text against the editor's own schema. Never trust the
// client: the JSON is checked node by node, attribute by attribute, and stored in the
// canonical form rebuilt here, so nothing the schema does not define is ever kept.
import { getSchema, type JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { TableMap } from "@tiptap/pm/tables";
import { extensionsFor, type RichTextKind } from "./extensions";
import { numberFootnotes } from "./footnotes";
import { isSafeHref } from "./links";
import { findControlCharacter } from "../platform/control-characters";
import { FIGURE_LIMITS, MAX_RICH_TEXT_BYTES, TABLE_LIMITS } from "./limits";

export { FIGURE_LIMITS, MAX_RICH_TEXT_BYTES, TABLE_LIMITS };
const MAX_DEPTH = 40;
const TOO_DEEP = `The text is nested too deeply: the limit is ${MAX_DEPTH} levels.`;
const noteId = /^[A-Za-z0-9_-]{1,64}$/;
const listTypes = new Set([null, "1", "a", "A", "i", "I"]);

/** A library image's id: the database's cuid, or any id of the same safe alphabet (the seed's). */
const mediaIdPattern = /^[A-Za-z0-9_-]{8,64}$/;
const figureFields = { alt: "alt text", caption: "caption", credit: "credit" } as const;
/** Where figures and tables may not stand (the schema's "topBlock"s), as a writer names the place. */
const containers: Record<string, string> = {
  blockquote: "a quote",
  bulletList: "a list",
  orderedList: "a list",
  listItem: "a list",
  tableCell: "a table cell",
  tableHeader: "a table cell",
  footnote: "a footnote",
  footnotes: "the notes",
};

export class RichTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RichTextError";
  }
}

const schemas = new Map<RichTextKind, Schema>();
export function schemaFor(kind: RichTextKind): Schema {
  let schema = schemas.get(kind);
  if (!schema) {
    schema = getSchema(extensionsFor(kind));
    schemas.set(kind, schema);
  }
  return schema;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

type Attrs = Record<string, unknown>;

const unsafeLink = (href: unknown) =>
  new RichTextError(
    `The link "${String(href).slice(0, 80)}" is not allowed: links may use http, https or mailto, or point to an anchor on the page.`,
  );

function linkAttrs(attrs: Attrs): Attrs {
  const href = attrs.href;
  if (typeof href !== "string" || !isSafeHref(href.trim())) throw unsafeLink(href);
  const title = typeof attrs.title === "string" ? attrs.title.slice(0, 300) : null;
  return { href: href.trim(), target: null, rel: "noopener noreferrer", class: null, title };
}

/** A plain-text attribute: missing is empty, anything but a string or over `max` characters refused. */
function boundedText(value: unknown, what: string, max: number): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new RichTextError(`The ${what} must be text.`);
  if (value.length > max)
    throw new RichTextError(
      `The ${what} is ${value.length.toLocaleString("en")} characters long; the limit is ${max.toLocaleString("en")}.`,
    );
  return value;
}

function figureAttrs(attrs: Attrs): Attrs {
  const mediaId = attrs.mediaId;
  if (typeof mediaId !== "string" || !mediaIdPattern.test(mediaId)) {
    throw new RichTextError("An image in the text has a missing or malformed library id: choose it again from the media library.");
  }
  const text = (field: keyof typeof FIGURE_LIMITS) => boundedText(attrs[field], `${figureFields[field]} of an image`, FIGURE_LIMITS[field]);
  let href: string | null = null;
  if (attrs.href !== undefined && attrs.href !== null && attrs.href !== "") {
    if (typeof attrs.href !== "string" || !isSafeHref(attrs.href.trim())) throw unsafeLink(attrs.href);
    href = attrs.href.trim();
  }
  return { mediaId, alt: text("alt"), caption: text("caption"), credit: text("credit"), href };
}

function cellAttrs(attrs: Attrs): Attrs {
  const span = (name: "colspan" | "rowspan", max: number) => {
    const value = attrs[name] ?? 1;
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > max) {
      throw new RichTextError(`A table cell cannot span ${JSON.stringify(value)} ${name === "colspan" ? "columns" : "rows"}: 1 to ${max}.`);
    }
    return value;
  };
  // Column widths are the reader's browser's to choose (the table is not resizable).
  return { colspan: span("colspan", TABLE_LIMITS.columns), rowspan: span("rowspan", TABLE_LIMITS.rows), colwidth: null };
}

function nodeAttrs(type: string, attrs: Attrs, kind: RichTextKind): Attrs | undefined {
  switch (type) {
    case "figure":
      return figureAttrs(attrs);
    case "table":
      return { caption: boundedText(attrs.caption, "caption of a table", TABLE_LIMITS.caption) };
    case "tableCell":
    case "tableHeader":
      return cellAttrs(attrs);
    case "heading": {
      const level = attrs.level;
      if (kind !== "body" || (level !== 2 && level !== 3 && level !== 4)) {
        throw new RichTextError(`Headings may be of level 2, 3 or 4, not ${JSON.stringify(level)}.`);
      }
      return { level };
    }
    case "orderedList": {
      const start = attrs.start ?? 1;
      const listType = attrs.type ?? null;
      if (!Number.isInteger(start) || (start as number) < 0 || (start as number) > 100_000) {
        throw new RichTextError(`A numbered list cannot start at ${JSON.stringify(start)}.`);
      }
      if (!listTypes.has(listType as string | null)) throw new RichTextError("Unknown numbered list style.");
      return { start, type: listType };
    }
    case "footnotes":
      return { class: "footnotes" };
    case "footnote":
    case "footnoteReference": {
      const id = attrs["data-id"];
      if (typeof id !== "string" || !noteId.test(id)) throw new RichTextError("A footnote has a missing or malformed id.");
      // Numbers are filled in once the order of references is known.
      return type === "footnote" ? { id: "", "data-id": id } : { class: "footnote-ref", "data-id": id, referenceNumber: "", href: null };
    }
    default:
      return undefined;
  }
}

function clean(input: unknown, schema: Schema, kind: RichTextKind, depth: number, parent: string): JSONContent {
  if (depth > MAX_DEPTH) throw new RichTextError(TOO_DEEP);
  if (!isRecord(input) || typeof input.type !== "string") throw new RichTextError("Every node needs a type.");
  const type = input.type;
  if (!schema.nodes[type]) throw new RichTextError(`Unknown node type "${type.slice(0, 40)}".`);
  // The schema refuses these too, but in its own words; a writer needs to know where.
  if ((type === "figure" || type === "table") && containers[parent]) {
    throw new RichTextError(
      `${type === "figure" ? "An image" : "A table"} cannot stand inside ${containers[parent]}: move it out on its own.`,
    );
  }
  const out: JSONContent = { type };

  if (type === "text") {
    if (typeof input.text !== "string" || input.text.length === 0) throw new RichTextError("A text node has no text.");
    out.text = input.text;
  }
  const attrs = nodeAttrs(type, isRecord(input.attrs) ? input.attrs : {}, kind);
  if (attrs) out.attrs = attrs;

  if (input.marks !== undefined) {
    if (!Array.isArray(input.marks)) throw new RichTextError("Marks must be a list.");
    out.marks = input.marks.map((mark) => {
      if (!isRecord(mark) || typeof mark.type !== "string" || !schema.marks[mark.type]) {
        throw new RichTextError(`Unknown mark "${isRecord(mark) ? String(mark.type).slice(0, 40) : "?"}".`);
      }
      return mark.type === "link" ? { type: "link", attrs: linkAttrs(isRecord(mark.attrs) ? mark.attrs : {}) } : { type: mark.type };
    });
  }

  // A footnote reference shows its number, which the server computes: its stored text is ignored.
  if (input.content !== undefined && type !== "footnoteReference") {
    if (!Array.isArray(input.content)) throw new RichTextError(`The content of a ${type} must be a list.`);
    out.content = input.content.map((child) => clean(child, schema, kind, depth + 1, type));
  }
  return out;
}

function checkFootnotes(doc: JSONContent) {
  const { byId, noteIds, referenceIds } = numberFootnotes(doc);
  if (new Set(referenceIds).size !== referenceIds.length) throw new RichTextError("Two footnote references share one note.");
  if (new Set(noteIds).size !== noteIds.length) throw new RichTextError("Two footnotes share one id.");
  const notes = new Set(noteIds);
  referenceIds.forEach((id, index) => {
    if (!notes.has(id)) throw new RichTextError(`Footnote ${index + 1} has a reference but no note.`);
  });
  if (noteIds.some((id) => !byId.has(id))) throw new RichTextError("A footnote has no reference in the text.");
  // Fill in the numbers and order the notes as their references.
  const visit = (node: JSONContent) => {
    const id = node.attrs?.["data-id"];
    if (node.type === "footnoteReference" && typeof id === "string") node.attrs = { ...node.attrs, referenceNumber: String(byId.get(id)) };
    if (node.type === "footnote" && typeof id === "string") node.attrs = { ...node.attrs, id: `fn:${byId.get(id)}` };
    if (node.type === "footnotes" && node.content) {
      node.content.sort((a, b) => (byId.get(a.attrs?.["data-id"]) ?? 0) - (byId.get(b.attrs?.["data-id"]) ?? 0));
    }
    node.content?.forEach(visit);
  };
  visit(doc);
}

/**
 * Every table a grid: each row as wide as the others once spans are counted, no cell over
 * another, no span past the last row, and within the size limits. The schema's check cannot
 * see any of this; prosemirror-tables' map of the table can.
 */
function checkTables(doc: ProseMirrorNode) {
  let number = 0;
  doc.forEach((node) => {
    if (node.type.name !== "table") return;
    number += 1;
    const which = `Table ${number}`;
    const map = TableMap.get(node);
    const problem = map.problems?.[0];
    if (problem?.type === "zero_sized") throw new RichTextError(`${which} has no cells.`);
    if (problem?.type === "missing") {
      throw new RichTextError(
        `${which} is not a grid: row ${problem.row + 1} has ${problem.n} cell${problem.n === 1 ? "" : "s"} fewer than the widest row.`,
      );
    }
    if (problem?.type === "collision") throw new RichTextError(`${which} is not a grid: cells overlap in row ${problem.row + 1}.`);
    if (problem) throw new RichTextError(`${which} is not a grid: a cell spans more rows than the table has.`);
    if (map.width > TABLE_LIMITS.columns)
      throw new RichTextError(`${which} has ${map.width} columns; the limit is ${TABLE_LIMITS.columns}.`);
    if (map.height > TABLE_LIMITS.rows) throw new RichTextError(`${which} has ${map.height} rows; the limit is ${TABLE_LIMITS.rows}.`);
  });
}

/**
 * Whether `value` holds objects and lists more than `limit` deep. Without recursion: that is
 * what it is for. An object met twice (a cycle, which no parsed JSON has) ends the walk.
 */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const seen = new Set<object>();
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    if (depth > limit) return true;
    seen.add(current);
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** The size of the text as JSON, in bytes. */
function jsonSize(input: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(input) ?? "");
  } catch {
    // JSON.stringify recurses, and the request's JSON.parse does not: a document nested some
    // thousands of levels deep arrives whole and overflows the stack here, before the walk
    // below could say what is wrong. Each node level is two of JSON's (the node and its
    // content list), and a node's marks and attributes add three.
    if (nestedDeeperThan(input, 2 * MAX_DEPTH + 4)) throw new RichTextError(TOO_DEEP);
    throw new RichTextError("The text is not valid JSON.");
  }
}

/**
 * Checks rich text of the given kind and returns its canonical JSON.
 * Throws RichTextError with a message that names the problem.
 */
export function validateRichText(kind: RichTextKind, input: unknown): JSONContent {
  const size = jsonSize(input);
  if (size > MAX_RICH_TEXT_BYTES) {
    throw new RichTextError(`The text is ${(size / 1_000_000).toFixed(1)} MB; the limit is 1 MB.`);
  }
  if (!isRecord(input) || input.type !== "doc") throw new RichTextError("The text must be a document.");
  // Text nodes and attributes alike: whatever path the document came by (a form, an import, the seed).
  const control = findControlCharacter(input);
  if (control) throw new RichTextError(control.message);
  const schema = schemaFor(kind);
  const doc = clean(input, schema, kind, 0, "");
  if (kind === "body") checkFootnotes(doc);
  let node: ProseMirrorNode;
  try {
    node = schema.nodeFromJSON(doc);
    node.check();
  } catch (error) {
    throw new RichTextError(`The text is not well-formed: ${(error as Error).message}`);
  }
  checkTables(node);
  return doc;
}

/** An empty document of the given kind. */
export const emptyDoc = (): JSONContent => ({ type: "doc", content: [{ type: "paragraph" }] });
