// How large a piece's rich text (and its figures' and tables' texts) may be, and how that size is
// measured: one module, free of the editor schema and of Node's Buffer, so the editor can refuse
// an oversized save before sending it, by the same measure as the server's validation
// (lib/content/validate.ts).

/** The largest rich text saved, in bytes of its JSON (UTF-8). */
export const MAX_RICH_TEXT_BYTES = 1_000_000;

/**
 * The longest texts a figure carries, in characters. Alt text is meant to be a sentence or two
 * (screen readers read it in one go), a caption a short paragraph, a credit a name and an agency.
 */
export const FIGURE_LIMITS = { alt: 1_000, caption: 2_000, credit: 300 } as const;
/** Tables: a caption of a line or two; spans and sizes a page can still show (wider tables scroll). */
export const TABLE_LIMITS = { caption: 500, columns: 30, rows: 500 } as const;

const encoder = new TextEncoder();

/** The bytes of the JSON text of `doc` in UTF-8: what the server counts against MAX_RICH_TEXT_BYTES. */
export function richTextBytes(doc: unknown): number {
  return encoder.encode(JSON.stringify(doc) ?? "").byteLength;
}
