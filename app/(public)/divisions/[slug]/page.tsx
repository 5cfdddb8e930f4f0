import type { Metadata } from "next";
import { feedAlternates } from "@/components/reader/feeds";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { collectionPageNumber, CollectionPieces } from "@/components/reader/collection-pieces";
import { publicDivision } from "@/lib/reader/cache/reads";
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
  const item = await publicDivision(slug);
  if (!item) return {};
  return {
    title: item.name,
    description: item.description || undefined,
    alternates: {
      canonical: paths.division(item.slug, collectionPageNumber(page)),
      ...feedAlternates({ kind: "division", slug: item.slug }, `${item.name} commentaries`),
    },
  };
}

export default async function DivisionPage({ params }: Props) {
  const [{ slug, page: pageParam }, site] = await Promise.all([params, getSiteSettings()]);
  const page = collectionPageNumber(pageParam);
  const item = await orNotFound(publicDivision(slug));
  return (
    <>
      <header className="page-head">
        <p className="kicker">Division</p>
        <h1 className="page-title">{item.name}</h1>
        {item.description ? <p className="lede">{item.description}</p> : null}
      </header>
      <CollectionPieces
        pageHref={(n) => paths.division(item.slug, n)}
        filter={{ division: item.slug }}
        page={page}
        timeZone={site.timeZone}
      />
    </>
  );
}
