import type { ListingAt } from "@/lib/platform/paths";
import type { ListingPage } from "@/lib/reader/listings";
import type { ListingItem } from "@/lib/reader/publications";
import { ArticleCard } from "./article-card";
import { ListingPager } from "./listing-pager";

/**
 * The card whose image loads at once: the first with an image, when it is one of the first two
 * cards (a card without an image is short, so the second card's image is in view too, on a phone
 * as on a desktop). Every other card's image loads as it comes near. -1 when none.
 */
export function eagerCard(items: Pick<ListingItem, "leadImage">[]): number {
  const first = items.findIndex((item) => item.leadImage);
  return first < 2 ? first : -1;
}

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
  const eager = eagerCard(page.items);
  return (
    <>
      <div className="card-list">
        {page.items.map((item, index) => (
          <ArticleCard key={item.slug} item={item} timeZone={timeZone} level={level} eager={index === eager} />
        ))}
      </div>
      <ListingPager page={page} href={href} />
    </>
  );
}
