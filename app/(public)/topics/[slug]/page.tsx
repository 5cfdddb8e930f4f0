import { topicPage } from "@/components/reader/collections";

// Cached as a whole page (ISR) like the article page, refreshed by tag from lib/reader/cache;
// later pages are the same page at ./after/[cursor] and ./before/[cursor]. Keep equal to
// PAGE_SECONDS (tests/unit/next-literals.test.ts).
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = topicPage.first.generateMetadata;
export default topicPage.first.Page;
