import type { Metadata } from "next";
import { PublicFooter, PublicHeader } from "@/components/reader/public-chrome";
import { getSiteSettings } from "@/lib/platform/site-settings";
import "@/app/styles/reader.css";
import "@/app/styles/reader-images.css";

// Canonical and feed links resolve against the site's own address: search engines want them absolute.
export async function generateMetadata(): Promise<Metadata> {
  return { metadataBase: new URL((await getSiteSettings()).baseUrl) };
}

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
