// Lighthouse on the demo article with a lead image, a chart and a table, and on the home page
// with its card images: `npx tsx bench/article-image.ts [--base http://127.0.0.1:3000]`
// against a production server of the demo site (`npm run build && npm start` from an empty
// .data seeds it). Prints the scores, the largest contentful paint and the page weight, and
// whether the page preloads its lead image (what makes the LCP image start early). Each image
// the pages name is asked for once first: renditions are made on their first request and kept,
// so a reader after the first meets them made; the first request's cost is media-core's bench.
import { parseArgs } from "node:util";
import { paths } from "../lib/platform/paths";
import { demoArticles } from "../prisma/seed/demo-articles";
import { lighthouseScores, scoreTable } from "./lighthouse";

const { values: args } = parseArgs({ options: { base: { type: "string", default: "http://127.0.0.1:3000" } } });

/** Asks once for every rendition a page names (src, srcset, preload), so none is made during the measurement. */
async function warm(url: string) {
  const html = await (await fetch(url)).text();
  const urls = new Set([...html.matchAll(/\/media\/[^\s"',]+/g)].map((m) => m[0].replace(/&amp;/g, "&")));
  for (const media of urls) await (await fetch(new URL(media, args.base))).arrayBuffer();
  return { html, renditions: urls.size };
}

async function main() {
  // The demo's published piece: a lead image, the chart and the table (prisma/seed/media.ts).
  const slug = demoArticles.find((a) => a.status === "published")!.slug;
  const article = new URL(paths.piece(slug), args.base).toString();
  const home = new URL(paths.home(), args.base).toString();
  const { html, renditions } = await warm(article);
  console.log(`Made ${renditions + (await warm(home)).renditions} renditions before measuring.`);
  const preload = /<link[^>]+rel="preload"[^>]+as="image"[^>]*>/.exec(html)?.[0];
  console.log(preload ? `The article preloads its lead image: ${preload}` : "The article does NOT preload its lead image.");
  const scores = await lighthouseScores([
    ["article with a lead image", article],
    ["home (card images)", home],
  ]);
  console.log(["", ...scoreTable(scores)].join("\n"));
}

void main();
