import { divisionPage } from "@/components/reader/collections";

// The pieces newer than the cursor (the "Newer" link): a page of its own, cached like the first.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = divisionPage.before.generateMetadata;
export default divisionPage.before.Page;
