import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { shownPage } from "@/components/reader/collection-pieces";
import { CommentariesListing, commentariesDescription } from "@/components/reader/commentaries-listing";
import { feedAlternates } from "@/components/reader/feeds";
import { pageAtFrom, pageAtQuery } from "@/lib/platform/keyset";
import { legacyCommentariesLocation } from "@/lib/reader/legacy-pages";
import { listingParams } from "@/lib/reader/listings";
import { paths } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The filters and the page (a cursor, as the address names it after parsing) of the query string. */
async function read(searchParams: Props["searchParams"]) {
  const { division, topic, after, before, page } = listingParams.parse(await searchParams);
  return { filter: { division, topic }, at: pageAtQuery(pageAtFrom({ after, before })), legacyPage: page };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [site, { filter, at }] = await Promise.all([getSiteSettings(), read(searchParams)]);
  const { first } = await shownPage(filter, at);
  const unfiltered = !filter.division && !filter.topic;
  return {
    title: `Commentaries | ${site.siteName}`,
    description: commentariesDescription(site.organisation),
    alternates: {
      canonical: first ? (unfiltered ? paths.home() : paths.commentaries(filter)) : paths.commentaries(filter, at),
      ...feedAlternates({ kind: "site" }, `${site.siteName} commentaries`),
    },
  };
}

/** All commentaries, filtered by division or topic, any page: rendered per request from cached data. */
export default async function CommentariesPage({ searchParams }: Props) {
  const { filter, at, legacyPage } = await read(searchParams);
  // The old offset paging's `?page=N` moves, for good, to the same place by cursor (308: a page cannot answer 301).
  if (legacyPage !== undefined) permanentRedirect(await legacyCommentariesLocation(filter, legacyPage));
  return <CommentariesListing filter={filter} at={at} />;
}
