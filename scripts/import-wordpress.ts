// `npm run import:wordpress -- export.xml [--dry-run] [--mapping mapping.json] [--as admin@example.org] [--uploads-dir DIR]`:
// imports a WordPress export (WXR) into DATABASE_URL or the embedded database, printing the
// plan (dry run) or the report, and the time. The README's "Importing from WordPress" explains it.
// First: lets this script load lib/ modules marked server-only.
import "./server-only-outside-next";
import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { withDatabase } from "./db/with-database";
import { applyMigrations } from "./db/migrations";
import type { ImportMapping, ImportReport, TermTarget } from "../lib/admin/wordpress-import";

const usage = "Usage: npm run import:wordpress -- export.xml [--dry-run] [--mapping mapping.json] [--as admin-email] [--uploads-dir DIR]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    mapping: { type: "string" },
    as: { type: "string" },
    "uploads-dir": { type: "string" },
  },
});

const describeTarget = (target: TermTarget, kind: string) =>
  target.action === "existing" ? `${kind} "${target.slug}"` : target.action === "create" ? `new ${kind} "${target.name}"` : "left out";

/** The report as lines of text: the counts, the bylines, the mapping, each post with something to say, what was skipped. */
function reportLines(report: ImportReport, mapping: ImportMapping): string[] {
  const { counts } = report;
  const lines = [
    `WordPress import of "${report.siteTitle}" (${report.source})${report.dryRun ? ": DRY RUN, nothing written" : ""}`,
    `Posts: ${report.posts.length} — ${report.dryRun ? "would be " : ""}created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, kept (edited in Standfirst) ${counts.kept}, failed ${counts.failed}. Not posts or not published: ${counts.skipped}.`,
    "",
    "Authors:",
    ...report.authors.map((a) => `  ${a.login} -> ${a.byline}`),
    "",
    "Categories -> divisions:",
    ...Object.entries(mapping.categories).map(([term, target]) => `  ${term} -> ${describeTarget(target, "division")}`),
    "Tags -> topics:",
    ...Object.entries(mapping.tags).map(([term, target]) => `  ${term} -> ${describeTarget(target, "topic")}`),
  ];
  const remarkable = report.posts.filter((p) => p.reason || p.notes.length);
  if (remarkable.length) lines.push("", "Posts with something to report:");
  for (const post of remarkable) {
    lines.push(`  #${post.postId} "${post.title}": ${post.outcome}${post.path ? ` (${post.path})` : ""}`);
    for (const line of [post.reason, ...post.notes].filter(Boolean)) lines.push(`      ${line}`);
  }
  const { images } = report;
  lines.push(
    "",
    `Images: ${report.dryRun ? "would take in" : "took in"} ${images.imported} into the media library, ${images.reused} already there from an earlier import, ${images.missing.length} missing.`,
  );
  if (images.missing.length) lines.push("Images not imported:", ...images.missing.map((image) => `  ${image}`));
  if (images.withoutAlt.length) {
    lines.push(
      `Images without alt text, as in WordPress (the media library's "Missing alt text" filter lists them):`,
      ...images.withoutAlt.map((image) => `  ${image}`),
    );
  }
  if (report.skipped.length) lines.push("", "Not imported:");
  for (const item of report.skipped) lines.push(`  #${item.postId} "${item.title}": ${item.reason}`);
  return lines;
}

const [file] = positionals;
if (!file) {
  console.error(usage);
  process.exit(2);
}

withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  await applyMigrations(url);
  const { db } = await import("../lib/platform/db");
  const { importWordPress, uploadsFolder } = await import("../lib/admin/wordpress-import");
  const { DomainError } = await import("../lib/platform/errors");
  try {
    const actor = await db.user.findFirst({
      where: values.as ? { email: values.as.toLowerCase() } : { role: "admin", disabled: false },
      orderBy: { createdAt: "asc" },
      select: { id: true, role: true, disabled: true, email: true },
    });
    if (!actor) throw new Error(values.as ? `No user ${values.as}.` : "No admin to import as: create one, or name one with --as.");
    const xml = await readFile(file, "utf8");
    const mapping = values.mapping ? (JSON.parse(await readFile(values.mapping, "utf8")) as Partial<ImportMapping>) : undefined;
    let shown = 0;
    const uploadsDir = values["uploads-dir"];
    if (uploadsDir && !(await stat(uploadsDir).catch(() => null))?.isDirectory())
      throw new Error(`No folder ${uploadsDir} (--uploads-dir).`);
    const { report, plan } = await importWordPress(actor, xml, {
      dryRun: values["dry-run"],
      mapping,
      images: uploadsDir
        ? { reader: uploadsFolder(uploadsDir) }
        : { reader: null, unreadable: "no uploads folder given: add --uploads-dir with a copy of wp-content/uploads" },
      onProgress: (done, total) => {
        if (done - shown >= 100 || done === total) {
          shown = done;
          process.stderr.write(`  ${done}/${total} posts\n`);
        }
      },
    });
    console.log(reportLines(report, plan.mapping).join("\n"));
    if (!report.dryRun) {
      console.log(
        "\nThe running site's pages show the import within their cache lifetime (a minute); the studio's import page refreshes them at once.",
      );
    }
    const perSecond = report.seconds > 0 ? ` (${Math.round(report.posts.length / report.seconds)} posts/s)` : "";
    console.log(`\nTime: ${report.seconds.toFixed(1)} s for ${report.posts.length} posts${perSecond}, as ${actor.email}.`);
  } catch (error) {
    if (error instanceof DomainError) throw new Error(`Import refused: ${error.message}`);
    throw error;
  } finally {
    await db.$disconnect();
  }
});
