// The sitemap's time and size: the index and every file it lists, each asked twice in a row
// (the first answer may have to be built, the second may come from a cache), one at a time.
import { timed } from "./one-by-one";

export interface SitemapFileMeasure {
  path: string;
  status: number;
  /** Milliseconds to the last byte, first and second request. */
  firstMs: number;
  secondMs: number;
  kb: number;
  urls: number;
}

const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

export async function measureSitemap(base: string, index = "/sitemap.xml"): Promise<SitemapFileMeasure[]> {
  const measures: SitemapFileMeasure[] = [];
  const files = [index];
  for (let i = 0; i < files.length; i++) {
    const first = await timed(`${base}${files[i]}`);
    const second = await timed(`${base}${files[i]}`);
    const urls = locations(first.text);
    measures.push({
      path: files[i],
      status: first.status,
      firstMs: first.ms,
      secondMs: second.ms,
      kb: Math.round(Buffer.byteLength(first.text) / 102.4) / 10,
      urls: urls.length,
    });
    // The index lists the files by their public address; they are asked on this server.
    if (i === 0 && first.text.includes("<sitemapindex")) files.push(...urls.map((url) => new URL(url).pathname));
  }
  return measures;
}
