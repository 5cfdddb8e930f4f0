// The public cache's tags, and what expiring some of them takes away from readers. Pure and not
// marked server-only: scripts/server.ts reads what another instance expired (announced by
// cache-handler.mjs) with `withdrawnBy`, as refreshPublic (./index.ts) does for its own changes.
import type { Withdrawn } from "../../platform/public-generation";

export const publicTags = {
  publications: "publications",
  publication: (slug: string) => `publication:${slug}`,
  author: (id: string) => `author:${id}`,
  division: (id: string) => `division:${id}`,
  series: (id: string) => `series:${id}`,
  topic: (id: string) => `topic:${id}`,
  disclaimer: (id: string) => `disclaimer:${id}`,
  /** The site's settings (name, address, labels): what reads that embed them carry; expiring it withdraws every public page. */
  site: "site",
};

/** Pages that list many pieces (bylines, divisions, topic filters): refreshed when any of those change. */
export const LISTINGS = "listings";

/** What every listing, collection and filter menu carries. */
export const listingTags = [publicTags.publications, LISTINGS];

const PIECE_TAG = publicTags.publication("");
const PUBLIC_TAG = /^(publications$|listings$|site$|(publication|author|division|series|topic|disclaimer):)/;

/**
 * What expiring `tags` may withdraw from readers, for the copies kept outside Next's cache
 * (lib/platform/public-generation.ts): a change to pieces takes the copies that show or link to
 * those pieces, named by their own tags (the author and topic tags beside them name the pages
 * that list the pieces); any other public change (an author, a division, a disclaimer) takes them
 * all. Null when no tag is public (Next's own path tags of studio pages).
 */
export function withdrawnBy(tags: readonly string[]): Withdrawn | null {
  if (!tags.some((tag) => PUBLIC_TAG.test(tag))) return null;
  const pieces = tags.filter((tag) => tag.startsWith(PIECE_TAG)).map((tag) => tag.slice(PIECE_TAG.length));
  return pieces.length ? { pieces } : "everything";
}
