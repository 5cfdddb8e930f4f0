import type { ListingAt } from "@/lib/platform/paths";
import type { ListingPage } from "@/lib/reader/listings";
import { ArticleCard } from "./article-card";
import { ListingPager } from "./listing-pager";

/** A page of pieces with links to the newer and older pages. */
export function Listing({
  page,
  timeZone,
  href,
  empty,
  level = 2,
}: {
  page: ListingPage;
  timeZone: string;
  /** This listing's page at a cursor (paths.author(slug, at), ...). */
  href: (at: ListingAt) => string;
  empty: string;
  level?: 2 | 3;
}) {
  if (page.items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <>
      <div className="card-list">
        {page.items.map((item, index) => (
          <ArticleCard key={item.slug} item={item} timeZone={timeZone} level={level} eager={index === 0} />
        ))}
      </div>
      <ListingPager page={page} href={href} />
    </>
  );
}
