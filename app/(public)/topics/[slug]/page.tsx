import type { Metadata } from "next";
import { feedAlternates } from "@/components/reader/feeds";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { collectionPageNumber, CollectionPieces } from "@/components/reader/collection-pieces";
import { publicTopic } from "@/lib/reader/cache/reads";
import { paths } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";

// Cached as a whole page (ISR) like the article page, refreshed by tag from lib/reader/cache;
// later pages are the same page at ./page/[page]. A literal for Next, PAGE_SECONDS (tests/unit/next-literals.test.ts).
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
      canonical: paths.topic(item.slug, collectionPageNumber(page)),
      ...feedAlternates({ kind: "topic", slug: item.slug }, `${item.name} commentaries`),
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
      <CollectionPieces pageHref={(n) => paths.topic(item.slug, n)} filter={{ topic: item.slug }} page={page} timeZone={site.timeZone} />
    </>
  );
}
