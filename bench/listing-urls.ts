// The one place the bench writes a listing page's address (all commentaries, an author's or a
// topic's pieces), first or deep. Deep pages are named by the keyset cursor of the row before
// them (lib/platform/keyset.ts: publishedAt and the piece's id), as readers and crawlers follow them.
import { encodeCursor, type Cursor } from "../lib/platform/keyset";
import { paths } from "../lib/platform/paths";

export type ListingKind = "commentaries" | "author" | "topic";

/** `cursor`: the last row of the page before; null for the first page. */
export function listingUrl(kind: ListingKind, slug: string, cursor: Cursor | null): string {
  const at = cursor ? { after: encodeCursor(cursor) } : undefined;
  return kind === "commentaries" ? paths.commentaries({}, at) : paths[kind](slug, at);
}
