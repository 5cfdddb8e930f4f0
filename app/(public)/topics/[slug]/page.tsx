import type { Metadata } from "next";
import { collectionPageHref, collectionPageNumber, CollectionPieces } from "@/components/reader/collection-pieces";
import { feedAlternates } from "@/components/reader/feeds";
import { publicTopic } from "@/lib/reader/cache";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { getSiteSettings } from "@/lib/platform/site-settings";

// Cached as a whole page (ISR) like the article page, refreshed by tag from lib/reader/cache;
// later pages are the same page at ./page/[page]. Keep equal to PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

/** `page` is there when this renders a later page, at ./page/[page]. */
type Props = { params: Promise<{ slug: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const item = await publicTopic(slug);
  if (!item) return {};
  return {
    title: item.name,
    alternates: {
      canonical: collectionPageHref(`/topics/${item.slug}`, collectionPageNumber(page)),
      ...feedAlternates(`/feeds/topics/${item.slug}`, `${item.name} commentaries`),
    },
  };
}

export default async function TopicPage({ params }: Props) {
  const [{ slug, page: pageParam }, site] = await Promise.all([params, getSiteSettings()]);
  const page = collectionPageNumber(pageParam);
  const item = await orNotFound(publicTopic(slug));
  return (
    <>
      <header className="page-head">
        <p className="kicker">Topic</p>
        <h1 className="page-title">{item.name}</h1>
      </header>
      <CollectionPieces path={`/topics/${item.slug}`} filter={{ topic: item.slug }} page={page} timeZone={site.timeZone} />
    </>
  );
}
