import { publicListing } from "@/lib/public-cache";
import type { ListingFilter } from "@/lib/publications";
import { Listing } from "./listing";
import { pageHref } from "./pager";

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
  return (
    <section className="collection" aria-labelledby="collection-heading">
      <h2 id="collection-heading" className="section-title">
        Commentaries <span className="muted">({result.total})</span>
      </h2>
      <Listing result={result} timeZone={timeZone} level={3} pageHref={(n) => pageHref(path, {}, n)} empty="No commentaries here yet." />
    </section>
  );
}
