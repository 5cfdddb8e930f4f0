import Link from "next/link";
import { getSiteSettings } from "@/lib/site-settings";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const site = await getSiteSettings();
  return (
    <>
      <header className="site-header">
        <div className="wrap site-header__inner">
          <Link href="/" className="site-title">
            {site.siteName}
          </Link>
          <nav aria-label="Site">
            <ul className="nav-list">
              <li>
                <Link href="/">Commentaries</Link>
              </li>
              <li>
                <Link href="/studio">Studio</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap">
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            © {new Date().getFullYear()} {site.organisation}
          </p>
        </div>
      </footer>
    </>
  );
}
