import { publicFilterOptions, publicListingCount } from "@/lib/reader/cache/reads";
import { paths, type ListingAt } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { shownPage } from "./collection-pieces";
import { Listing } from "./listing";
import { ListingFilters } from "./listing-filters";

/** What the listing of all commentaries is, for its lede and its meta description. */
export const commentariesDescription = (organisation: string) => `Analysis and opinion from the fellows of the ${organisation}.`;

/** Every live commentary, newest first, with the division and topic filters; the first page or one by cursor. */
export async function CommentariesListing({ filter, at = {} }: { filter: { division?: string; topic?: string }; at?: ListingAt }) {
  const site = await getSiteSettings();
  const narrowing = { division: filter.division, topic: filter.topic };
  const [{ page }, total, options] = await Promise.all([
    shownPage(narrowing, at),
    publicListingCount(narrowing),
    publicFilterOptions(site.timeZone),
  ]);
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
        {total.toLocaleString("en")} {total === 1 ? "commentary" : "commentaries"}
        {narrowed ? ` in ${narrowed}` : ""}
      </p>
      <Listing
        page={page}
        timeZone={site.timeZone}
        href={(pageAt) => paths.commentaries(narrowing, pageAt)}
        empty={narrowed ? "No commentaries match these filters yet." : "No commentaries have been published yet."}
      />
    </>
  );
}
