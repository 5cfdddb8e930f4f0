import { articleJsonLd, serializeJsonLd } from "@/lib/reader/seo";
import type { PieceFacts } from "@/lib/reader/piece-facts";

/**
 * schema.org data for search engines. The one script body set as raw HTML outside
 * lib/content/render.ts: serializeJsonLd escapes "<", so no value can end the element.
 */
export function ArticleJsonLd({ piece }: { piece: PieceFacts }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(articleJsonLd(piece)) }} />;
}
