import Link from "next/link";
import { ArticleCard } from "@/components/article/article-card";
import { listLivePublications } from "@/lib/publications";
import { formatDate, getSiteSettings } from "@/lib/site-settings";

export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const [site, { items, pages }] = await Promise.all([getSiteSettings(), listLivePublications(page)]);
  return (
    <>
      <h1 className="page-title">Commentaries</h1>
      <p className="lede">Analysis and opinion from the fellows of the {site.organisation}.</p>
      {items.length === 0 ? <p>No commentaries have been published yet.</p> : null}
      <div className="card-list">
        {items.map((p) => (
          <ArticleCard
            key={p.slug}
            slug={p.slug}
            title={p.title}
            standfirst={p.standfirst}
            date={formatDate(p.liveFrom, site.timeZone)}
            division={p.division}
            authors={p.authors.map((a) => a.author)}
          />
        ))}
      </div>
      {pages > 1 ? (
        <nav aria-label="Pages" className="pager">
          {page > 1 ? <Link href={`/?page=${page - 1}`}>Newer commentaries</Link> : null}
          {page < pages ? <Link href={`/?page=${page + 1}`}>Older commentaries</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
