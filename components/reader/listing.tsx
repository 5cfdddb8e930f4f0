import type { ListingItem, Page } from "@/lib/reader/publications";
import { ArticleCard } from "./article-card";
import { Pager } from "./pager";

/** A page of pieces with links to the newer and older pages. */
export function Listing({
  result,
  timeZone,
  pageHref,
  empty,
  level = 2,
}: {
  result: Page<ListingItem>;
  timeZone: string;
  pageHref: (page: number) => string;
  empty: string;
  level?: 2 | 3;
}) {
  if (result.items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <>
      <div className="card-list">
        {result.items.map((item) => (
          <ArticleCard key={item.slug} item={item} timeZone={timeZone} level={level} />
        ))}
      </div>
      <Pager page={result.page} pages={result.pages} href={pageHref} />
    </>
  );
}
