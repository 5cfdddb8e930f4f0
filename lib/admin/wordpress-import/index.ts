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
import { planImport, type ImportPlan, type PostPlan, type SkippedItem } from "./plan";
import { readWxr } from "./wxr";

export type { ImportMapping, TermTarget } from "./mapping";

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
  seconds: number;
}

export interface ImportOptions {
  /** Work out and report what would happen; write nothing. */
  dryRun?: boolean;
  /** The admin's choices over the proposed mapping. */
  mapping?: Partial<ImportMapping>;
  /** Only the posts at these positions of the plan (the studio runs an import in steps). */
  range?: { from: number; to: number };
  onProgress?: (done: number, total: number) => void;
}

/** What the studio shows before a run: the file's outline and the mapping to confirm. */
export async function previewImport(actor: Actor | null, xml: string, chosen?: Partial<ImportMapping>) {
  authorizeSite(actor, "import.run");
  const wxr = readWxr(xml);
  const mapping = confirmMapping(await proposeMapping(wxr), chosen);
  const { timeZone } = await getSiteSettings();
  const plan = await planImport(wxr, mapping, timeZone);
  return { plan, terms: wxr.terms, report: reportOf(plan, true, new Map(), 0) };
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

function reportOf(plan: ImportPlan, dryRun: boolean, results: Map<string, PostReport>, seconds: number): ImportReport {
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
  const plan = await planImport(wxr, mapping, timeZone);
  const elapsed = () => Math.round(performance.now() - started) / 1000;
  if (options.dryRun) return { plan, report: reportOf(plan, true, new Map(), elapsed()), tags: [] };

  const { from, to } = options.range ?? { from: 0, to: plan.posts.length };
  const slice = plan.posts.slice(from, to);
  const toWrite = slice.filter((p) => p.action === "create" || p.action === "update");
  const refs = await prepareReferences(user, plan, toWrite);
  const results = new Map<string, PostReport>();
  let done = 0;
  for (const post of slice) {
    if (post.action === "create" || post.action === "update") {
      const base = { postId: post.postId, title: post.title, notes: post.notes };
      try {
        await applyPost(user, plan.source, post, refs);
        results.set(post.postId, { ...base, outcome: planned[post.action], path: paths.piece(post.slug) });
      } catch (error) {
        results.set(post.postId, { ...base, outcome: "failed", reason: `Not imported, nothing of it kept: ${briefly(error)}` });
      }
    }
    done += 1;
    options.onProgress?.(from + done, plan.posts.length);
  }
  return { plan, report: reportOf(plan, false, results, elapsed()), tags: toWrite.length ? importTags(refs) : [] };
}
