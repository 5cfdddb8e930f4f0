import type { Metadata } from "next";
import { CommentariesListing, commentariesDescription } from "@/components/reader/commentaries-listing";
import { feedAlternates } from "@/components/reader/feeds";
import { paths } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";

// The first page of all commentaries, cached as a whole page (ISR) and refreshed by tag from
// lib/reader/cache. Filters and later pages are at /commentaries: reading the query string
// here would render the home page per request. A literal for Next, PAGE_SECONDS
// (tests/unit/next-literals.test.ts).
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return {
    title: `Commentaries | ${site.siteName}`,
    description: commentariesDescription(site.organisation),
    alternates: { canonical: paths.home(), ...feedAlternates({ kind: "site" }, `${site.siteName} commentaries`) },
  };
}

export default function HomePage() {
  return <CommentariesListing filter={{}} />;
}
