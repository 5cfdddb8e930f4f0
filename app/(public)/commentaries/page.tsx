import type { Metadata } from "next";
import { COMMENTARIES_PATH, CommentariesListing, commentariesDescription } from "@/components/reader/commentaries-listing";
import { feedAlternates } from "@/components/reader/feeds";
import { pageHref } from "@/components/reader/pager";
import { listingParams } from "@/lib/reader/publications";
import { getSiteSettings } from "@/lib/platform/site-settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [site, params] = await Promise.all([getSiteSettings(), searchParams.then((q) => listingParams.parse(q))]);
  const unfiltered = !params.division && !params.topic && params.page === 1;
  return {
    title: `Commentaries | ${site.siteName}`,
    description: commentariesDescription(site.organisation),
    alternates: {
      canonical: unfiltered ? "/" : pageHref(COMMENTARIES_PATH, params, params.page),
      ...feedAlternates("/feeds", `${site.siteName} commentaries`),
    },
  };
}

/** All commentaries, filtered by division or topic, any page: rendered per request from cached data. */
export default async function CommentariesPage({ searchParams }: Props) {
  return <CommentariesListing filter={listingParams.parse(await searchParams)} />;
}
