// Page N of the collection: the same page as ../../page.tsx, at its own cacheable path.
export { default, generateMetadata } from "../../page";

export const revalidate = 60;
export function generateStaticParams() {
  return [];
}
