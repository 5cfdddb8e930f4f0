// The old offset paging's addresses, `<collection>/<slug>/page/N` and `/commentaries?page=N`,
// linked from yesterday's pages, feeds readers saved and search engines' indexes: each answers
// with a permanent redirect to the same place in the keyset paging (lib/reader/listings.ts),
// page 1 for a page past the end or anything that is not a page number.
import "server-only";
import { paths } from "../platform/paths";
import { legacyPageCursor } from "./listings";

export type CollectionKind = "author" | "division" | "series" | "topic";

/** The page number an old address names, or 1 for anything else (a word, 0, a page past 10,000). */
function legacyPageNumber(param: string | undefined): number {
  const page = param !== undefined && /^[0-9]{1,5}$/.test(param) ? Number(param) : 1;
  return page >= 1 && page <= 10_000 ? page : 1;
}

/** Where the old `/page/N` of a collection is now: its page after the piece that ended page N-1, or its first page. */
export async function legacyCollectionLocation(kind: CollectionKind, slug: string, pageParam: string | undefined): Promise<string> {
  const after = await legacyPageCursor({ [kind]: slug }, legacyPageNumber(pageParam));
  return paths[kind](slug, after ? { after } : undefined);
}

/** Where the old `/commentaries?...&page=N` is now. */
export async function legacyCommentariesLocation(filter: { division?: string; topic?: string }, page: number): Promise<string> {
  const after = await legacyPageCursor(filter, page);
  return paths.commentaries(filter, after ? { after } : undefined);
}

/** The old address's permanent redirect (301: search engines move the old page's standing to the new one). */
export async function legacyCollectionRedirect(kind: CollectionKind, params: Promise<{ slug: string; page: string }>) {
  const { slug, page } = await params;
  return new Response(null, { status: 301, headers: { Location: await legacyCollectionLocation(kind, slug, page) } });
}
