import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CollectionPieces } from "@/components/article/collection-pieces";
import { feedAlternates } from "@/components/article/feeds";
import { publicTopic } from "@/lib/public-cache";
import { listingParams } from "@/lib/publications";
import { getSiteSettings } from "@/lib/site-settings";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await publicTopic((await params).slug);
  if (!item) return {};
  return {
    title: item.name,
    alternates: { canonical: `/topics/${item.slug}`, ...feedAlternates(`/feeds/topics/${item.slug}`, `${item.name} commentaries`) },
  };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const [{ slug }, query, site] = await Promise.all([params, searchParams, getSiteSettings()]);
  const item = await publicTopic(slug);
  if (!item) notFound();
  const { page } = listingParams.parse(query);
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
