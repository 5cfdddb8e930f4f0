// An import run from the studio (/studio/admin/import): the admin uploads the export, reviews the
// plan and confirms the mapping, then the page runs the import in steps of a few posts, each one
// request, so progress shows as it goes and no request runs for minutes. The run's row keeps the
// file, the mapping, how far it got and the report; any instance can take the next step.
import "server-only";
import { z } from "zod";
import { authorizeSite, type Actor } from "../../permissions";
import { db } from "../../platform/db";
import { recordAudit } from "../../platform/audit";
import { ConflictError, NotFoundError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import type { Prisma } from "../../generated/prisma/client";
import { importWordPress, previewImport, type ImportReport, type PostReport } from ".";
import { mappingSchema } from "./mapping";
import { readWxr } from "./wxr";

/** Posts per step: a step is one request of a second or two. */
export const IMPORT_STEP_POSTS = 25;

const uploadInput = z.object({
  fileName: z.string().trim().min(1, "Choose a WordPress export file.").max(200),
  xml: z.string().min(1, "The file is empty."),
});

/** What a run's report column holds while it goes: the posts done so far, and the tags to refresh at the end. */
interface StoredReport {
  report?: ImportReport;
  tags?: string[];
}

/** A report kept before images were imported has no images part: it took none in. */
const noImages = { imported: 0, reused: 0, missing: [], withoutAlt: [] };

function stored(value: Prisma.JsonValue): StoredReport {
  if (!value || typeof value !== "object") return {};
  const { report, tags } = value as StoredReport;
  return { tags, ...(report ? { report: { ...report, images: report.images ?? noImages } } : {}) };
}

/** Keeps an uploaded export, once it reads as one. Returns the run's id. */
export async function createImportRun(actor: Actor | null, input: unknown): Promise<string> {
  const user = authorizeSite(actor, "import.run");
  const { fileName, xml } = parseInput(uploadInput, input);
  const wxr = readWxr(xml);
  const run = await db.wordPressImport.create({
    data: { fileName, xml, createdById: user.id, total: wxr.items.length },
    select: { id: true },
  });
  return run.id;
}

/** The most recent runs, for the import page's list. */
export async function listImportRuns(actor: Actor | null) {
  authorizeSite(actor, "import.run");
  return db.wordPressImport.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: {
      id: true,
      fileName: true,
      status: true,
      total: true,
      processed: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

/**
 * One run as its page shows it: before the run, the plan under the mapping proposed (or chosen),
 * with the divisions and topics to choose from; after, the report.
 */
export async function getImportRun(actor: Actor | null, id: string) {
  authorizeSite(actor, "import.run");
  const run = await db.wordPressImport.findUnique({ where: { id } });
  if (!run) throw new NotFoundError("No such import.");
  const { xml, report, mapping, ...rest } = run;
  if (run.status !== "planned") return { run: rest, preview: null, report: stored(report).report ?? null };
  const chosen = parseInput(mappingSchema, mapping);
  const [preview, divisions, topics] = await Promise.all([
    previewImport(actor, xml, chosen),
    db.division.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return {
    run: rest,
    preview: { mapping: preview.plan.mapping, terms: preview.terms, report: preview.report, divisions, topics },
    report: null,
  };
}

/** Confirms the mapping and starts the run: the page then takes its steps. */
export async function startImportRun(actor: Actor | null, id: string, chosen: unknown) {
  const user = authorizeSite(actor, "import.run");
  const mapping = parseInput(mappingSchema, chosen);
  const run = await db.wordPressImport.findUnique({ where: { id }, select: { fileName: true, xml: true } });
  if (!run) throw new NotFoundError("No such import.");
  // Planned outside the transaction: reading every post takes seconds.
  const { plan } = await previewImport(actor, run.xml, mapping);
  await db.$transaction(async (tx) => {
    const started = await tx.wordPressImport.updateMany({
      where: { id, status: "planned" },
      data: { status: "running", mapping: mapping as Prisma.InputJsonObject, total: plan.posts.length, processed: 0 },
    });
    if (started.count === 0) throw new ConflictError("This import has already been run. Upload the file again to import it once more.");
    await recordAudit(tx, {
      actorId: user.id,
      action: "import.run",
      subject: `import:${id}`,
      details: { fileName: run.fileName, source: plan.source, posts: plan.posts.length, mapping },
    });
  });
}

export interface StepResult {
  processed: number;
  total: number;
  done: boolean;
  /** The public cache tags to refresh, on the last step only. */
  tags: string[];
}

/**
 * Imports the next few posts of a running import. A step another request is already taking is
 * not taken twice: each claims its range first.
 */
export async function runImportStep(actor: Actor | null, id: string): Promise<StepResult> {
  const user = authorizeSite(actor, "import.run");
  const run = await db.wordPressImport.findUnique({ where: { id } });
  if (!run) throw new NotFoundError("No such import.");
  if (run.status !== "running") return { processed: run.processed, total: run.total, done: run.status === "done", tags: [] };
  const from = run.processed;
  const to = Math.min(run.total, from + IMPORT_STEP_POSTS);
  const claimed = await db.wordPressImport.updateMany({ where: { id, status: "running", processed: from }, data: { processed: to } });
  if (claimed.count === 0) return { processed: from, total: run.total, done: false, tags: [] };

  const mapping = parseInput(mappingSchema, run.mapping);
  const { report, tags } = await importWordPress(user, run.xml, { mapping, range: { from, to } });
  const before = stored(run.report);
  const posts: PostReport[] = [...(before.report?.posts ?? []), ...report.posts.slice(from, to)];
  const counts = { ...report.counts, created: 0, updated: 0, unchanged: 0, kept: 0, failed: 0 };
  for (const post of posts) counts[post.outcome] += 1;
  const done = to >= run.total;
  const allTags = [...new Set([...(before.tags ?? []), ...tags])];
  // The bylines as the first step found them: later steps find the guest authors it made as existing profiles.
  const authors = before.report?.authors ?? report.authors;
  // Images taken in add up over the steps; the rest is the whole file's, as each step plans it all.
  const images = { ...report.images, imported: (before.report?.images ?? noImages).imported + report.images.imported };
  const next: StoredReport = {
    report: { ...report, authors, posts, counts, images, seconds: (before.report?.seconds ?? 0) + report.seconds },
    tags: allTags,
  };
  await db.$transaction(async (tx) => {
    await tx.wordPressImport.update({
      where: { id },
      data: { report: next as Prisma.InputJsonObject, ...(done ? { status: "done" } : {}) },
    });
    if (done) await recordAudit(tx, { actorId: user.id, action: "import.finish", subject: `import:${id}`, details: { counts } });
  });
  return { processed: to, total: run.total, done, tags: done ? allTags : [] };
}
