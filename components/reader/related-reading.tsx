import type { ListingItem } from "@/lib/reader/publications";
import { ArticleCard } from "./article-card";

/** "Related reading": other live pieces as cards (lib/reader/related.ts), in a labelled section; nothing when there are none. */
export function RelatedReading({ items, timeZone }: { items: ListingItem[]; timeZone: string }) {
  if (items.length === 0) return null;
  return (
    <section className="piece__section related-reading" aria-labelledby="related-reading-heading">
      <h2 id="related-reading-heading">Related reading</h2>
      <ul className="related-reading__list">
        {items.map((item) => (
          <li key={item.slug}>
            <ArticleCard item={item} timeZone={timeZone} level={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
