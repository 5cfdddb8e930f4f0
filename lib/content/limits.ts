// How large a piece's rich text may be, and how that size is measured: one module, free of
// the editor schema and of Node's Buffer, so the editor can refuse an oversized save before
// sending it, by the same measure as the server's validation (lib/content/validate.ts).

/** The largest rich text saved, in bytes of its JSON (UTF-8). */
export const MAX_RICH_TEXT_BYTES = 1_000_000;

const encoder = new TextEncoder();

/** The bytes of the JSON text of `doc` in UTF-8: what the server counts against MAX_RICH_TEXT_BYTES. */
export function richTextBytes(doc: unknown): number {
  return encoder.encode(JSON.stringify(doc) ?? "").byteLength;
}
