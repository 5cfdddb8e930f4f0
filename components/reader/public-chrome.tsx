import { SearchBox } from "./search-box";
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
        <SearchBox id="site-search-q" label="Search commentaries" placeholder="Search commentaries" />
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
