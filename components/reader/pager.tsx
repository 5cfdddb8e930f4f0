import Link from "next/link";

/** "Newer" and "Older" links (or other labels) around "Page 2 of 5"; nothing when everything fits on one page. */
export function Pager({
  page,
  pages,
  href,
  labels: [back, forward, things] = ["Newer", "Older", "commentaries"],
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  /** [link to the previous page, link to the next page, what is listed] */
  labels?: [string, string, string];
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="pager">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← {back}
          <span className="visually-hidden"> {things}</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="pager__status">
        Page {Math.min(page, pages)} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {forward}
          <span className="visually-hidden"> {things}</span> →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
