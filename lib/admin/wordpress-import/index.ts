// Importing a WordPress site's posts from its export file (WXR): read (./wxr.ts), planned against
// what Standfirst holds (./plan.ts), then applied post by post (./apply.ts). The command
// (scripts/import-wordpress.ts) and the studio's import page (lib/actions/wordpress-import.ts)
// both come here; the README's "Importing from WordPress" says what it keeps and its limits.
import "server-only";
import { authorizeSite, type Actor } from "../../permissions";
import { getSiteSettings } from "../../platform/site-settings";
import { paths } from "../../platform/paths";
import { applyPost, importTags, prepareReferences } from "./apply";
import { confirmMapping, proposeMapping, type ImportMapping } from "./mapping";
import { bringImages } from "./images";
import { planImport, type ImageFiles, type ImportPlan, type PostPlan, type SkippedItem } from "./plan";
import { readWxr } from "./wxr";

export type { ImportMapping, TermTarget } from "./mapping";
export { uploadsFolder } from "./images";

export type PostOutcome = "created" | "updated" | "unchanged" | "kept" | "failed";

export interface PostReport {
  postId: string;
  title: string;
  outcome: PostOutcome;
  /** The piece's address (its slug), for created, updated and unchanged posts. */
  path?: string;
  reason?: string;
  notes: string[];
}

export interface ImportReport {
  source: string;
  siteTitle: string;
  dryRun: boolean;
  counts: Record<PostOutcome | "skipped", number>;
  posts: PostReport[];
  skipped: SkippedItem[];
  authors: { login: string; displayName: string; byline: string }[];
  images: ImagesReport;
  seconds: number;
}

export interface ImagesReport {
  /** Taken into the media library by this run (a dry run: would be). */
  imported: number;
  /** Already in the library from an earlier import: what the file's pieces use of it. */
  reused: number;
  /** Images the pieces cannot have, each with why. */
  missing: string[];
  /** Images the pieces show without alt text, as in WordPress. */
  withoutAlt: string[];
}

/** Images in the studio: its upload takes the export file alone (see the README). */
const STUDIO_IMAGES: ImageFiles = {
  reader: null,
  unreadable: "the studio does not read image files: import the export with the command and --uploads-dir",
};

export interface ImportOptions {
  /** Work out and report what would happen; write nothing. */
  dryRun?: boolean;
  /** The admin's choices over the proposed mapping. */
  mapping?: Partial<ImportMapping>;
  /** Only the posts at these positions of the plan (the studio runs an import in steps). */
  range?: { from: number; to: number };
  onProgress?: (done: number, total: number) => void;
  /** Where image files are read (the command's --uploads-dir); by default none, as in the studio. */
  images?: ImageFiles;
}

/** What the studio shows before a run: the file's outline and the mapping to confirm. */
export async function previewImport(actor: Actor | null, xml: string, chosen?: Partial<ImportMapping>) {
  authorizeSite(actor, "import.run");
  const wxr = readWxr(xml);
  const mapping = confirmMapping(await proposeMapping(wxr), chosen);
  const { timeZone } = await getSiteSettings();
  const plan = await planImport(wxr, mapping, timeZone, STUDIO_IMAGES);
  return { plan, terms: wxr.terms, report: reportOf(plan, true, new Map(), null, 0) };
}

/** An error's last line (a database error's own words, without the query around them), short enough for a report. */
function briefly(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? "unknown error").slice(0, 300);
}

const planned: Record<PostPlan["action"], PostOutcome> = {
  create: "created",
  update: "updated",
  unchanged: "unchanged",
  kept: "kept",
  fail: "failed",
};

function bylineOf(match: ImportPlan["authors"][number]["match"]): string {
  if (match.kind === "user") return `${match.displayName} (the byline of a user with the same email)`;
  if (match.kind === "profile") return `${match.displayName} (an existing author profile of the same name)`;
  return `${match.displayName} (a new guest author)`;
}

const distinct = (values: string[]) => [...new Set(values)];

/**
 * The images' part of the report: what this run took in (`imported`, after a run; else what the
 * posts to write would take in), and over every post the import has or makes, what the library
 * has from earlier imports and what is missing or without alt text, so a second run still says.
 */
function imagesOf(plan: ImportPlan, imported: number | null): ImagesReport {
  const keys = (posts: PostPlan[], kind: "import" | "reuse") =>
    distinct(posts.flatMap((p) => p.images.filter((i) => i.state.kind === kind).map((i) => i.key))).length;
  const live = plan.posts.filter((p) => p.action !== "fail");
  return {
    imported:
      imported ??
      keys(
        plan.posts.filter((p) => p.action === "create" || p.action === "update"),
        "import",
      ),
    reused: keys(live, "reuse"),
    missing: distinct(live.flatMap((p) => p.missingImages)),
    withoutAlt: distinct(live.flatMap((p) => p.imagesWithoutAlt)),
  };
}

function reportOf(
  plan: ImportPlan,
  dryRun: boolean,
  results: Map<string, PostReport>,
  imported: number | null,
  seconds: number,
): ImportReport {
  const posts = plan.posts.map(
    (post): PostReport =>
      results.get(post.postId) ?? {
        postId: post.postId,
        title: post.title,
        outcome: planned[post.action],
        ...(post.action === "fail" ? {} : { path: paths.piece(post.slug) }),
        ...(post.reason ? { reason: post.reason } : {}),
        notes: post.notes,
      },
  );
  const counts = { created: 0, updated: 0, unchanged: 0, kept: 0, failed: 0, skipped: plan.skipped.length };
  for (const post of posts) counts[post.outcome] += 1;
  const used = new Set(plan.posts.map((p) => p.authorLogin));
  return {
    source: plan.source,
    siteTitle: plan.siteTitle,
    dryRun,
    counts,
    posts,
    skipped: plan.skipped,
    authors: plan.authors
      .filter((a) => used.has(a.login))
      .map((a) => ({ login: a.login, displayName: a.displayName, byline: bylineOf(a.match) })),
    images: imagesOf(plan, imported),
    seconds,
  };
}

/**
 * Imports (or, dry, plans) a WXR file as `actor`, who needs "import.run" (and publishing and
 * back-dating on each piece, which the workflow checks). Returns the report and the public cache
 * tags to refresh once, after it: the caller refreshes them where Next's cache is reachable.
 */
export async function importWordPress(actor: Actor | null, xml: string, options: ImportOptions = {}) {
  const user = authorizeSite(actor, "import.run");
  const started = performance.now();
  const wxr = readWxr(xml);
  const mapping = confirmMapping(await proposeMapping(wxr), options.mapping);
  const { timeZone } = await getSiteSettings();
  const files = options.images ?? STUDIO_IMAGES;
  const plan = await planImport(wxr, mapping, timeZone, files);
  const elapsed = () => Math.round(performance.now() - started) / 1000;
  if (options.dryRun) return { plan, report: reportOf(plan, true, new Map(), null, elapsed()), tags: [] };

  const { from, to } = options.range ?? { from: 0, to: plan.posts.length };
  const slice = plan.posts.slice(from, to);
  const toWrite = slice.filter((p) => p.action === "create" || p.action === "update");
  const refs = await prepareReferences(user, plan, toWrite);
  const results = new Map<string, PostReport>();
  // Library ids of the images this run has, by ImportedMedia key: a picture two posts show is taken in once.
  const brought = new Map<string, string>();
  let imported = 0;
  let done = 0;
  for (const post of slice) {
    if (post.action === "create" || post.action === "update") {
      const base = { postId: post.postId, title: post.title, notes: post.notes };
      try {
        // The images first, each in its own transaction: one the post's transaction then fails
        // on stays in the library, remembered, and the next run uses it.
        const images = await bringImages(user, plan.source, post.images, files.reader, brought);
        imported += images.imported;
        await applyPost(user, plan.source, post, refs, images.ids);
        results.set(post.postId, { ...base, outcome: planned[post.action], path: paths.piece(post.slug) });
      } catch (error) {
        results.set(post.postId, { ...base, outcome: "failed", reason: `Not imported, nothing of it kept: ${briefly(error)}` });
      }
    }
    done += 1;
    options.onProgress?.(from + done, plan.posts.length);
  }
  const report = reportOf(plan, false, results, imported, elapsed());
  return { plan, report, tags: toWrite.length ? importTags(refs) : [] };
}
