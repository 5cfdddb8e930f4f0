// The one place the bench writes a listing page's address (all commentaries, an author's or a
// topic's pieces), first or deep. Deep pages are named by the keyset cursor of the row before
// them (lib/platform/keyset.ts), the addresses readers and crawlers will follow; a server that
// does not read cursors yet is asked for the same page by number (`?page=N`, `/page/N`).
// `understandsCursors` asks the server which of the two it understands.
import { encodeCursor, type Cursor } from "../lib/platform/keyset";
import { paths } from "../lib/platform/paths";

export type ListingKind = "commentaries" | "author" | "topic";

/** A deep page: the last row of the page before it, and that page's number counted from 1. */
export interface DeepPage {
  cursor: Cursor;
  /** The number of the page this cursor starts (2 for the cursor of the 12th row). */
  page: number;
}

export type ListingUrls = "keyset" | "pages";

const base = (kind: ListingKind, slug: string) =>
  kind === "commentaries" ? paths.commentaries() : kind === "author" ? paths.author(slug) : paths.topic(slug);

export function listingUrl(kind: ListingKind, slug: string, deep: DeepPage | null, mode: ListingUrls): string {
  if (!deep) return base(kind, slug);
  // The keyset contract being merged (`paths.commentaries(filter, { after })` gives
  // `/commentaries?after=<cursor>`; `paths.author(slug, { after })` and `paths.topic(...)` give
  // `<path>/after/<cursor>`, a cached path) is written out here until it reaches paths.ts.
  const after = encodeURIComponent(encodeCursor(deep.cursor));
  if (mode === "keyset") return kind === "commentaries" ? `${base(kind, slug)}?after=${after}` : `${base(kind, slug)}/after/${after}`;
  return kind === "commentaries" ? paths.commentaries({}, deep.page) : paths[kind](slug, deep.page);
}

/**
 * Whether the server pages `kind` by cursor: it does if the page after the first page's last
 * row shows the piece that comes next (`nextSlug`); a server that ignores `after` shows page 1.
 */
export async function understandsCursors(base: string, kind: ListingKind, slug: string, deep: DeepPage, nextSlug: string) {
  const response = await fetch(`${base}${listingUrl(kind, slug, deep, "keyset")}`);
  return response.ok && (await response.text()).includes(paths.piece(nextSlug));
}
