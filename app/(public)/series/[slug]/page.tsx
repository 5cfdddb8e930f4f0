import { seriesPage } from "@/components/reader/collections";

// Cached as a whole page (ISR) like the article page, refreshed by tag from lib/reader/cache;
// later pages are the same page at ./page/[page]. Keep equal to PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = seriesPage.generateMetadata;
export default seriesPage.Page;
