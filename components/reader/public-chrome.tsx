import Link from "next/link";
import { paths } from "@/lib/platform/paths";

/** The reader site's masthead: name, sections and a search box that works without JavaScript. */
export function PublicHeader({ siteName }: { siteName: string }) {
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link href={paths.home()} className="site-title">
          {siteName}
        </Link>
        <nav aria-label="Site">
          <ul className="nav-list">
            <li>
              <Link href={paths.home()}>Commentaries</Link>
            </li>
            <li>
              <Link href={paths.search()}>Search</Link>
            </li>
          </ul>
        </nav>
        <div className="site-search">
          <form action={paths.search()} method="get" role="search" aria-label="Search commentaries">
            <label htmlFor="site-search-q" className="visually-hidden">
              Search commentaries
            </label>
            <input id="site-search-q" name="q" type="search" placeholder="Search commentaries" autoComplete="off" />
            <button type="submit" className="site-search__button">
              Search
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

export function PublicFooter({ organisation }: { organisation: string }) {
  return (
    <footer className="site-footer">
      <div className="wrap site-footer__inner">
        <p>
          © {new Date().getFullYear()} {organisation}
        </p>
        <ul className="nav-list">
          <li>
            <Link href={paths.feed({ kind: "site" }, "rss")}>RSS feed</Link>
          </li>
          <li>
            <Link href={paths.studio.home()}>Staff sign-in</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
