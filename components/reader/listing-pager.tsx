import Link from "next/link";
import type { ListingAt } from "@/lib/platform/paths";
import type { ListingPage } from "@/lib/reader/listings";

/**
 * "Newer" and "Older" links of a listing paged by cursor; nothing when everything fits on one
 * page. No page numbers: a page is named by the piece it follows, not by how many come before.
 */
export function ListingPager({ page, href }: { page: ListingPage; href: (at: ListingAt) => string }) {
  if (!page.previous && !page.next) return null;
  return (
    <nav aria-label="Pages" className="pager">
      {page.previous ? (
        <Link href={href({ before: page.previous })} rel="prev">
          ← Newer<span className="visually-hidden"> commentaries</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      {page.next ? (
        <Link href={href({ after: page.next })} rel="next">
          Older<span className="visually-hidden"> commentaries</span> →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
