import { authorPage } from "@/components/reader/collections";

// The pieces older than the cursor (the "Older" link): a page of its own, cached like the first.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = authorPage.after.generateMetadata;
export default authorPage.after.Page;
