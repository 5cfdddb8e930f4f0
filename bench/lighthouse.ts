// Lighthouse 12.2.3 (pinned; it runs on Node 20) against pages of the running site, in
// Debian's Chromium with this machine's flags. Scores are 0-100; beside them the page's weight
// as Lighthouse's simulated mobile load saw it: its largest contentful paint and the bytes
// transferred in all and for images. (Lighthouse's "LCP element" audit fails in this Chromium:
// bench/article-image.ts checks the lead image's preload in the HTML instead.)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const chromeFlags =
  "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

export interface PageScore {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest contentful paint, ms (simulated throttling). */
  lcpMs: number;
  totalKiB: number;
  imageKiB: number;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      details?: {
        items?: { resourceType?: string; transferSize?: number; items?: { node?: { nodeLabel?: string; snippet?: string } }[] }[];
      };
    }
  >;
}

const kib = (bytes: number | undefined) => Math.round((bytes ?? 0) / 1024);

function pageScore(page: string, report: Report): PageScore {
  const score = (key: string) => Math.round((report.categories[key]?.score ?? 0) * 100);
  const resources = report.audits["resource-summary"]?.details?.items ?? [];
  return {
    page,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
    totalKiB: kib(report.audits["total-byte-weight"]?.numericValue),
    imageKiB: kib(resources.find((r) => r.resourceType === "image")?.transferSize),
  };
}

/** The scores as a Markdown table, for the bench's reports. */
export const scoreTable = (scores: PageScore[]) => [
  "| Lighthouse | performance | accessibility | best practices | SEO | LCP | total | images |",
  "|---|---|---|---|---|---|---|---|",
  ...scores.map(
    (s) =>
      `| ${s.page} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${(s.lcpMs / 1000).toFixed(1)} s | ${s.totalKiB} KiB | ${s.imageKiB} KiB |`,
  ),
];

export async function lighthouseScores(pages: [string, string][]): Promise<PageScore[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "standfirst-lighthouse-"));
  const scores: PageScore[] = [];
  try {
    for (const [page, url] of pages) {
      const out = path.join(dir, `${page}.json`);
      execFileSync(
        process.execPath,
        [
          require.resolve("lighthouse/cli/index.js"),
          url,
          "--quiet",
          "--output=json",
          `--output-path=${out}`,
          `--chrome-flags=${chromeFlags}`,
          "--only-categories=performance,accessibility,best-practices,seo",
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] },
      );
      scores.push(pageScore(page, JSON.parse(readFileSync(out, "utf8")) as Report));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return scores;
}
