import { publicFilterOptions, publicListing } from "@/lib/reader/cache/reads";
import type { ListingFilter } from "@/lib/reader/publications";
import { paths } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { Listing } from "./listing";
import { ListingFilters } from "./listing-filters";

/** What the listing of all commentaries is, for its lede and its meta description. */
export const commentariesDescription = (organisation: string) => `Analysis and opinion from the fellows of the ${organisation}.`;

/** Every live commentary, newest first, with the division and topic filters. */
export async function CommentariesListing({ filter }: { filter: Pick<ListingFilter, "division" | "topic" | "page"> }) {
  const site = await getSiteSettings();
  const [result, options] = await Promise.all([publicListing(filter), publicFilterOptions(site.timeZone)]);
  const division = options.divisions.find((d) => d.slug === filter.division);
  const topic = options.topics.find((t) => t.slug === filter.topic);
  const narrowed = [division?.name, topic?.name].filter(Boolean).join(" · ");
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Commentaries</h1>
        <p className="lede">{commentariesDescription(site.organisation)}</p>
      </div>
      <ListingFilters divisions={options.divisions} topics={options.topics} division={filter.division} topic={filter.topic} />
      <p className="result-count" role="status">
        {result.total.toLocaleString("en")} {result.total === 1 ? "commentary" : "commentaries"}
        {narrowed ? ` in ${narrowed}` : ""}
      </p>
      <Listing
        result={result}
        timeZone={site.timeZone}
        pageHref={(page) => paths.commentaries({ division: filter.division, topic: filter.topic }, page)}
        empty={narrowed ? "No commentaries match these filters yet." : "No commentaries have been published yet."}
      />
    </>
  );
}
