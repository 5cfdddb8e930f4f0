import { PublicFooter, PublicHeader } from "@/components/article/public-chrome";
import { getSiteSettings } from "@/lib/site-settings";
import "@/app/styles/reader.css";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const site = await getSiteSettings();
  return (
    <>
      <PublicHeader siteName={site.siteName} />
      <main id="main" className="wrap reader-main">
        {children}
      </main>
      <PublicFooter organisation={site.organisation} />
    </>
  );
}
