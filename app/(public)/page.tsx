import type { Metadata } from "next";
import { feedAlternates } from "@/components/article/feeds";
import { Listing } from "@/components/article/listing";
import { ListingFilters } from "@/components/article/listing-filters";
import { pageHref } from "@/components/article/pager";
import { publicFilterOptions, publicListing } from "@/lib/public-cache";
import { listingParams } from "@/lib/publications";
import { getSiteSettings } from "@/lib/site-settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return { title: `Commentaries | ${site.siteName}`, alternates: { canonical: "/", ...feedAlternates("/feeds", `${site.siteName} commentaries`) } };
}

export default async function HomePage({ searchParams }: Props) {
  const params = listingParams.parse(await searchParams);
  const site = await getSiteSettings();
  const [result, options] = await Promise.all([publicListing(params), publicFilterOptions(site.timeZone)]);
  const division = options.divisions.find((d) => d.slug === params.division);
  const topic = options.topics.find((t) => t.slug === params.topic);
  const narrowed = [division?.name, topic?.name].filter(Boolean).join(" · ");
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Commentaries</h1>
        <p className="lede">Analysis and opinion from the fellows of the {site.organisation}.</p>
      </div>
      <ListingFilters divisions={options.divisions} topics={options.topics} division={params.division} topic={params.topic} />
      <p className="result-count" role="status">
        {result.total} {result.total === 1 ? "commentary" : "commentaries"}
        {narrowed ? ` in ${narrowed}` : ""}
      </p>
      <Listing
        result={result}
        timeZone={site.timeZone}
        pageHref={(page) => pageHref("/", params, page)}
        empty={narrowed ? "No commentaries match these filters yet." : "No commentaries have been published yet."}
      />
    </>
  );
}
