import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CollectionPieces } from "@/components/article/collection-pieces";
import { publicSeries } from "@/lib/public-cache";
import { listingParams } from "@/lib/publications";
import { getSiteSettings } from "@/lib/site-settings";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await publicSeries((await params).slug);
  if (!item) return {};
  return {
    title: item.name,
    description: item.description || undefined,
    alternates: { canonical: `/series/${item.slug}` },
  };
}

export default async function SeriesPage({ params, searchParams }: Props) {
  const [{ slug }, query, site] = await Promise.all([params, searchParams, getSiteSettings()]);
  const item = await publicSeries(slug);
  if (!item) notFound();
  const { page } = listingParams.parse(query);
  return (
    <>
      <header className="page-head">
        <p className="kicker">Series</p>
        <h1 className="page-title">{item.name}</h1>
        {item.description ? <p className="lede">{item.description}</p> : null}
      </header>
      <CollectionPieces path={`/series/${item.slug}`} filter={{ series: item.slug }} page={page} timeZone={site.timeZone} />
    </>
  );
}
