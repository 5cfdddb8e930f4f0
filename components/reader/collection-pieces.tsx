import { redirect } from "next/navigation";
import { pageAtFrom } from "@/lib/platform/keyset";
import type { ListingAt } from "@/lib/platform/paths";
import { publicListing, publicListingCount } from "@/lib/reader/cache/reads";
import type { ListingFilter } from "@/lib/reader/listings";
import { Listing } from "./listing";

/**
 * Where a later page of a listing should send the reader instead of showing itself: to the
 * first page when its cursor is not one (a mangled link), when nothing lies beyond it (a
 * hand-made cursor past the end), or when reading back towards the newest pieces reached them
 * (the "Newer" link of the second page): the first page has its own address, and one copy.
 */
export function firstPageInstead(at: ListingAt, page: { items: unknown[]; previous: string | null }): boolean {
  const decoded = pageAtFrom(at);
  if (decoded === null) return at.after !== undefined || at.before !== undefined;
  return page.items.length === 0 || ("before" in decoded && page.previous === null);
}

/** The "Commentaries" section of an author, division, series or topic page. */
export async function CollectionPieces({
  href,
  filter,
  at,
  timeZone,
}: {
  /** This collection's page at a cursor (paths.author(slug, at), ...). */
  href: (at: ListingAt) => string;
  filter: ListingFilter;
  at: ListingAt;
  timeZone: string;
}) {
  const [page, total] = await Promise.all([publicListing(filter, at), publicListingCount(filter)]);
  if (firstPageInstead(at, page)) redirect(href({}));
  return (
    <section className="collection" aria-labelledby="collection-heading">
      <h2 id="collection-heading" className="section-title">
        Commentaries <span className="muted">({total.toLocaleString("en")})</span>
      </h2>
      <Listing page={page} timeZone={timeZone} level={3} href={href} empty="No commentaries here yet." />
    </section>
  );
}
