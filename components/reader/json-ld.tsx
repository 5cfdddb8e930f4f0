import { articleJsonLd, authorJsonLd, serializeJsonLd } from "@/lib/reader/seo";
import type { PieceFacts } from "@/lib/reader/piece-facts";
import type { PublicAuthorProfile } from "@/lib/reader/publications";
import { getSiteSettings } from "@/lib/platform/site-settings";

/**
 * schema.org data for search engines. The one script body set as raw HTML outside
 * lib/content/render.ts: serializeJsonLd escapes "<", so no value can end the element.
 */
export function ArticleJsonLd({ piece }: { piece: PieceFacts }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(articleJsonLd(piece)) }} />;
}

/** The author's page: their Person, with the portrait, on the site's address. */
export async function AuthorJsonLd({ author }: { author: PublicAuthorProfile }) {
  const { baseUrl } = await getSiteSettings();
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(authorJsonLd(author, baseUrl)) }} />;
}
