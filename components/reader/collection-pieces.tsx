import { pageAtFrom } from "@/lib/platform/keyset";
import type { ListingAt } from "@/lib/platform/paths";
import { publicListing, publicListingCount } from "@/lib/reader/cache/reads";
import type { ListingFilter, ListingPage } from "@/lib/reader/listings";
import { Listing } from "./listing";

/**
 * The page a listing's address shows: the page at its cursor, or the first page (`first`, for
 * the canonical address) when the cursor is not one (a mangled link), nothing lies beyond it (a
 * hand-made cursor past the end), or reading back towards the newest pieces reached them (the
 * "Newer" link of the second page), which then shows the first page in full. Not a redirect:
 * Next answers a redirect from a cached page with its Location header twice.
 */
export async function shownPage(filter: ListingFilter, at: ListingAt): Promise<{ page: ListingPage; first: boolean }> {
  const cursor = pageAtFrom(at);
  if (cursor === null) return { page: await publicListing(filter), first: true };
  const page = await publicListing(filter, at);
  if (page.items.length > 0 && !("before" in cursor && page.previous === null)) return { page, first: false };
  return { page: await publicListing(filter), first: true };
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
  const [{ page }, total] = await Promise.all([shownPage(filter, at), publicListingCount(filter)]);
  return (
    <section className="collection" aria-labelledby="collection-heading">
      <h2 id="collection-heading" className="section-title">
        Commentaries <span className="muted">({total.toLocaleString("en")})</span>
      </h2>
      <Listing page={page} timeZone={timeZone} level={3} href={href} empty="No commentaries here yet." />
    </section>
  );
}
