import { articleJsonLd, serializeJsonLd } from "@/lib/reader/seo";
import { publicPieceFacts } from "@/lib/reader/cache/reads";

/**
 * schema.org data for search engines. The one script body set as raw HTML outside
 * lib/content/render.ts: serializeJsonLd escapes "<", so no value can end the element.
 */
export async function ArticleJsonLd({ slug }: { slug: string }) {
  const piece = await publicPieceFacts(slug);
  if (!piece) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(articleJsonLd(piece)) }} />;
}
