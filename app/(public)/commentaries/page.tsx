import type { Metadata } from "next";
import { CommentariesListing, commentariesDescription } from "@/components/reader/commentaries-listing";
import { feedAlternates } from "@/components/reader/feeds";
import { listingParams } from "@/lib/reader/publications";
import { paths } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [site, params] = await Promise.all([getSiteSettings(), searchParams.then((q) => listingParams.parse(q))]);
  const unfiltered = !params.division && !params.topic && params.page === 1;
  return {
    title: `Commentaries | ${site.siteName}`,
    description: commentariesDescription(site.organisation),
    alternates: {
      canonical: unfiltered ? paths.home() : paths.commentaries(params, params.page),
      ...feedAlternates({ kind: "site" }, `${site.siteName} commentaries`),
    },
  };
}

/** All commentaries, filtered by division or topic, any page: rendered per request from cached data. */
export default async function CommentariesPage({ searchParams }: Props) {
  return <CommentariesListing filter={listingParams.parse(await searchParams)} />;
}
