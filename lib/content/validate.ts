// Server-side validation of rich text against the editor's own schema. Never trust the
// client: the JSON is checked node by node, attribute by attribute, and stored in the
// canonical form rebuilt here, so nothing the schema does not define is ever kept.
import { getSchema, type JSONContent } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { extensionsFor, type RichTextKind } from "./extensions";
import { numberFootnotes } from "./footnotes";
import { isSafeHref } from "./links";
import { findControlCharacter } from "../platform/control-characters";
import { MAX_RICH_TEXT_BYTES } from "./limits";

export { MAX_RICH_TEXT_BYTES };
const MAX_DEPTH = 40;
const TOO_DEEP = `The text is nested too deeply: the limit is ${MAX_DEPTH} levels.`;
const noteId = /^[A-Za-z0-9_-]{1,64}$/;
const listTypes = new Set([null, "1", "a", "A", "i", "I"]);

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

function linkAttrs(attrs: Attrs): Attrs {
  const href = attrs.href;
  if (typeof href !== "string" || !isSafeHref(href.trim())) {
    throw new RichTextError(
      `The link "${String(href).slice(0, 80)}" is not allowed: links may use http, https or mailto, or point to an anchor on the page.`,
    );
  }
  const title = typeof attrs.title === "string" ? attrs.title.slice(0, 300) : null;
  return { href: href.trim(), target: null, rel: "noopener noreferrer", class: null, title };
}

function nodeAttrs(type: string, attrs: Attrs, kind: RichTextKind): Attrs | undefined {
  switch (type) {
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

function clean(input: unknown, schema: Schema, kind: RichTextKind, depth: number): JSONContent {
  if (depth > MAX_DEPTH) throw new RichTextError(TOO_DEEP);
  if (!isRecord(input) || typeof input.type !== "string") throw new RichTextError("Every node needs a type.");
  const type = input.type;
  if (!schema.nodes[type]) throw new RichTextError(`Unknown node type "${type.slice(0, 40)}".`);
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
    out.content = input.content.map((child) => clean(child, schema, kind, depth + 1));
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
  const doc = clean(input, schema, kind, 0);
  if (kind === "body") checkFootnotes(doc);
  try {
    schema.nodeFromJSON(doc).check();
  } catch (error) {
    throw new RichTextError(`The text is not well-formed: ${(error as Error).message}`);
  }
  return doc;
}

/** An empty document of the given kind. */
export const emptyDoc = (): JSONContent => ({ type: "doc", content: [{ type: "paragraph" }] });
