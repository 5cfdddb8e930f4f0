import Link from "next/link";
import { PublicFooter, PublicHeader } from "@/components/reader/public-chrome";
import { getSiteSettings } from "@/lib/platform/site-settings";
import "@/app/styles/reader.css";
import { paths } from "@/lib/platform/paths";

export default async function NotFound() {
  const site = await getSiteSettings();
  return (
    <>
      <PublicHeader siteName={site.siteName} />
      <main id="main" className="wrap reader-main">
        <div className="not-found">
          <p className="kicker">Error 404</p>
          <h1 className="page-title">Page not found</h1>
          <p className="lede">There is nothing at this address. The piece may have moved, or it may not be public.</p>
          <ul className="not-found__links">
            <li>
              <Link href={paths.home()}>Read the latest commentaries</Link>
            </li>
            <li>
              <Link href={paths.search()}>Search all commentaries</Link>
            </li>
          </ul>
        </div>
      </main>
      <PublicFooter organisation={site.organisation} />
    </>
  );
}
