import { notFound } from "next/navigation";
import { publicListing } from "@/lib/reader/cache/reads";
import type { ListingFilter } from "@/lib/reader/publications";
import { Listing } from "./listing";

/**
 * Page N of a collection lives at `<path>/page/N` rather than `?page=N`: a page that read the
 * query string would be rendered per request, while a path is cached like the first page.
 */
export const collectionPageHref = (path: string, page: number) => (page > 1 ? `${path}/page/${page}` : path);

/** The page number in a collection's path: 1 without one; anything but 2-10000 is not a page. */
export function collectionPageNumber(param: string | undefined): number {
  if (param === undefined) return 1;
  const page = /^[0-9]{1,5}$/.test(param) ? Number(param) : 0;
  if (page < 2 || page > 10_000) notFound();
  return page;
}

/** The "Commentaries" section of an author, division, series or topic page. */
export async function CollectionPieces({
  path,
  filter,
  page,
  timeZone,
}: {
  path: string;
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
      <Listing
        result={result}
        timeZone={timeZone}
        level={3}
        pageHref={(n) => collectionPageHref(path, n)}
        empty="No commentaries here yet."
      />
    </section>
  );
}
