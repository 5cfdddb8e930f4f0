import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CollectionPieces } from "@/components/article/collection-pieces";
import { feedAlternates } from "@/components/article/feeds";
import { publicDivision } from "@/lib/public-cache";
import { listingParams } from "@/lib/publications";
import { getSiteSettings } from "@/lib/site-settings";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await publicDivision((await params).slug);
  if (!item) return {};
  return {
    title: item.name,
    description: item.description || undefined,
    alternates: { canonical: `/divisions/${item.slug}`, ...feedAlternates(`/feeds/divisions/${item.slug}`, `${item.name} commentaries`) },
  };
}

export default async function DivisionPage({ params, searchParams }: Props) {
  const [{ slug }, query, site] = await Promise.all([params, searchParams, getSiteSettings()]);
  const item = await publicDivision(slug);
  if (!item) notFound();
  const { page } = listingParams.parse(query);
  return (
    <>
      <header className="page-head">
        <p className="kicker">Division</p>
        <h1 className="page-title">{item.name}</h1>
        {item.description ? <p className="lede">{item.description}</p> : null}
      </header>
      <CollectionPieces path={`/divisions/${item.slug}`} filter={{ division: item.slug }} page={page} timeZone={site.timeZone} />
    </>
  );
}
