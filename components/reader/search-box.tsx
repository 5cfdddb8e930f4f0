// The one-field search box: in the site header for all commentaries, on an author's page for
// theirs (a hidden `author` narrows the search page's results).
import { paths } from "@/lib/platform/paths";

export function SearchBox({
  id,
  label,
  placeholder,
  className = "site-search",
  author,
}: {
  id: string;
  /** Names the form and the field for screen readers. */
  label: string;
  placeholder: string;
  className?: string;
  /** An author's slug, to search only their pieces. */
  author?: string;
}) {
  return (
    <div className={className}>
      <form action={paths.search()} method="get" role="search" aria-label={label}>
        {author ? <input type="hidden" name="author" value={author} /> : null}
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <input id={id} name="q" type="search" placeholder={placeholder} autoComplete="off" />
        <button type="submit" className="site-search__button">
          Search
        </button>
      </form>
    </div>
  );
}
