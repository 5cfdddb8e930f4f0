import { articleJsonLd, serializeJsonLd } from "@/lib/reader/seo";
import { getPieceFacts } from "@/lib/reader/piece-facts";

/**
 * schema.org data for search engines. The one script body set as raw HTML outside
 * lib/content/render.ts: serializeJsonLd escapes "<", so no value can end the element.
 */
export async function ArticleJsonLd({ slug }: { slug: string }) {
  const piece = await getPieceFacts(slug);
  if (!piece) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(articleJsonLd(piece)) }} />;
}
