// `npm run bench -- --wordpress [--posts 5000]`: imports a generated WordPress export
// (tests/fixtures/wxr-builder.ts: posts over six years, every footnote format, pages,
// attachments, drafts) into an empty site, three ways: a dry run, the import, and the same
// import again (which must change nothing). Prints one table with the times.
import { archiveSite, buildWxr } from "../tests/fixtures/wxr-builder";

export interface WordPressRow {
  run: string;
  posts: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  seconds: number;
}

export async function benchWordPressImport(posts: number, log: (line: string) => void): Promise<WordPressRow[]> {
  const { db } = await import("../lib/platform/db");
  const { importWordPress } = await import("../lib/admin/wordpress-import");
  const actor = await db.user.findFirstOrThrow({
    where: { role: "admin", disabled: false },
    select: { id: true, role: true, disabled: true },
  });
  const started = performance.now();
  const xml = buildWxr(archiveSite(posts));
  log(`Built a ${(xml.length / 1e6).toFixed(1)} MB export of ${posts} posts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const rows: WordPressRow[] = [];
  for (const [run, dryRun] of [
    ["dry run", true],
    ["import", false],
    ["again (no change)", false],
  ] as const) {
    let shown = 0;
    const { report } = await importWordPress(actor, xml, {
      dryRun,
      onProgress: (done, total) => {
        if (done - shown >= 1000 || done === total) {
          shown = done;
          log(`  ${run}: ${done}/${total}`);
        }
      },
    });
    const { created, updated, unchanged, failed } = report.counts;
    rows.push({ run, posts: report.posts.length, created, updated, unchanged, failed, seconds: report.seconds });
  }
  return rows;
}

export function wordPressTable(rows: WordPressRow[]): string {
  const header = "| run | posts | created | updated | unchanged | failed | seconds | posts/s |";
  const lines = rows.map(
    (r) =>
      `| ${r.run} | ${r.posts} | ${r.created} | ${r.updated} | ${r.unchanged} | ${r.failed} | ${r.seconds.toFixed(1)} | ${Math.round(r.posts / r.seconds)} |`,
  );
  return [header, "|---|---:|---:|---:|---:|---:|---:|---:|", ...lines].join("\n");
}
