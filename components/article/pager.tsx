import Link from "next/link";

/** "Newer" and "Older" links around "Page 2 of 5"; nothing when everything fits on one page. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="pager">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Newer<span className="visually-hidden"> commentaries</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="pager__status">
        Page {Math.min(page, pages)} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Older<span className="visually-hidden"> commentaries</span> →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}

/** `path` with the given query parameters (empty ones left out) and page N (page 1 left out). */
export function pageHref(path: string, params: Record<string, string | number | undefined>, page: number) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "" && key !== "page") query.set(key, String(value));
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
