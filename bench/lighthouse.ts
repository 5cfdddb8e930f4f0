// Lighthouse 12.2.3 (pinned; it runs on Node 20) against pages of the running site, in
// Debian's Chromium with this machine's flags. Scores are 0-100.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const chromeFlags =
  "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

export async function lighthouseScores(pages: [string, string][]) {
  const dir = mkdtempSync(path.join(tmpdir(), "standfirst-lighthouse-"));
  const scores = [];
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
      const report = JSON.parse(readFileSync(out, "utf8")) as { categories: Record<string, { score: number | null }> };
      const score = (key: string) => Math.round((report.categories[key]?.score ?? 0) * 100);
      scores.push({
        page,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return scores;
}
