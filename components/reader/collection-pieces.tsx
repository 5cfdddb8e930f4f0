import { notFound } from "next/navigation";
import { publicListing } from "@/lib/reader/cache/reads";
import type { ListingFilter } from "@/lib/reader/publications";
import { Listing } from "./listing";

/** The page number in a collection's path (paths.author(slug, page)...): 1 without one; anything but 2-10000 is not a page. */
export function collectionPageNumber(param: string | undefined): number {
  if (param === undefined) return 1;
  const page = /^[0-9]{1,5}$/.test(param) ? Number(param) : 0;
  if (page < 2 || page > 10_000) notFound();
  return page;
}

/** The "Commentaries" section of an author, division, series or topic page. */
export async function CollectionPieces({
  pageHref,
  filter,
  page,
  timeZone,
}: {
  /** Page N of this collection (paths.author(slug, n), ...). */
  pageHref: (page: number) => string;
  filter: Omit<ListingFilter, "page">;
  page: number;
  timeZone: string;
}) {
  const result = await publicListing({ ...filter, page });
  // Past the last page there is nothing to show: not a page of the collection.
  if (page > result.pages) notFound();
  return (
    <section className="collection" aria-labelledby="collection-heading">
      <h2 id="collection-heading" className="section-title">
        Commentaries <span className="muted">({result.total.toLocaleString("en")})</span>
      </h2>
      <Listing result={result} timeZone={timeZone} level={3} pageHref={pageHref} empty="No commentaries here yet." />
    </section>
  );
}
