// What an import would do, worked out without writing anything: each post's piece (title, slug,
// date, byline, division, topics, body, old addresses) and whether it is new, changed since the
// last import, unchanged, edited in Standfirst since (left alone) or impossible (with why);
// which WordPress authors match a byline and which become guest authors. A dry run prints this;
// a run applies it (./apply.ts).
import "server-only";
import { createHash } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { fromZonedTime } from "date-fns-tz";
import { db } from "../../platform/db";
import { slugOf, slugPattern } from "../../platform/slugs";
import { legacyKey } from "../../reader/legacy-paths";
import { convertPostContent } from "./content";
import { ImagePlanner, planPostImages, SiteImages, type PlannedImage, type UploadsReader } from "./images";
import type { ImportMapping, TermTarget } from "./mapping";
import type { Wxr, WxrAuthor, WxrItem } from "./wxr";

/** How a WordPress author becomes a byline. */
export type AuthorMatch =
  | { kind: "user"; authorId: string; displayName: string }
  | { kind: "profile"; authorId: string; displayName: string }
  | { kind: "guest"; slug: string; displayName: string };

export interface AuthorPlan {
  login: string;
  displayName: string;
  /** False when a post names a login the export's author list does not have. */
  known: boolean;
  match: AuthorMatch;
}

export type PostAction = "create" | "update" | "unchanged" | "kept" | "fail";

export interface PostPlan {
  postId: string;
  title: string;
  action: PostAction;
  /** Why a post is kept as it is or cannot be imported. */
  reason?: string;
  slug: string;
  publishedAt: Date;
  standfirst: string;
  body: JSONContent;
  authorLogin: string;
  division: TermTarget | null;
  topics: TermTarget[];
  /** Old addresses that will redirect to the piece ("/2024/06/slug", "/?p=123"). */
  legacyPaths: string[];
  contentHash: string;
  /** The existing piece (update, unchanged, kept). */
  articleId?: string;
  importedVersion?: number;
  /** What the report says about this post: images left out, categories without a division... */
  notes: string[];
  /** The featured image's token in `images`, which becomes the piece's lead image. */
  leadImage: string | null;
  /** The library images the piece uses: found there, or to take in from the uploads folder. */
  images: PlannedImage[];
  /** Images the piece cannot have, each with why ("port.jpg (not in the uploads folder)"). */
  missingImages: string[];
  /** Images it shows without alt text, as WordPress had them. */
  imagesWithoutAlt: string[];
}

export interface SkippedItem {
  postId: string;
  title: string;
  reason: string;
}

export interface ImportPlan {
  source: string;
  siteTitle: string;
  authors: AuthorPlan[];
  mapping: ImportMapping;
  posts: PostPlan[];
  /** Pages, attachments, drafts...: what is in the file and not imported, with why. */
  skipped: SkippedItem[];
}

const TITLE_MAX = 300;
const STANDFIRST_MAX = 1200;
const SLUG_MAX = 120;
const NO_DATE = "0000-00-00 00:00:00";

const statusReasons: Record<string, string> = {
  draft: "a draft in WordPress",
  pending: "pending review in WordPress",
  private: "private in WordPress",
  future: "scheduled in WordPress, not yet published",
  trash: "in WordPress's trash",
  "auto-draft": "an unsaved draft in WordPress",
  inherit: "a revision",
};

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function decodeSlug(postName: string): string {
  try {
    return decodeURIComponent(postName);
  } catch {
    return postName;
  }
}

/** The post's date: the UTC one WordPress keeps, or its local one read in the site's time zone. */
function postDate(item: WxrItem, timeZone: string): Date | null {
  const asDate = (value: string, zone: string) => {
    if (!value || value === NO_DATE || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value)) return null;
    const date = fromZonedTime(value.replace(" ", "T"), zone);
    return Number.isNaN(date.getTime()) ? null : date;
  };
  return asDate(item.postDateGmt, "UTC") ?? asDate(item.postDate, timeZone);
}

/** The addresses WordPress answered for this post: its permalink, /YYYY/MM/slug (from its local date) and ?p=id. */
function legacyPathsOf(item: WxrItem, siteUrl: string): string[] {
  const paths = new Set<string>([`/?p=${item.postId}`]);
  const [, year, month] = /^(\d{4})-(\d{2})/.exec(item.postDate) ?? [];
  if (year && item.postName) paths.add(legacyKey(`/${year}/${month}/${item.postName}`));
  try {
    const link = new URL(item.link, siteUrl || "https://wordpress.invalid");
    // A permalink under the site (a WordPress in a folder keeps its folder out of the path).
    const base = new URL(siteUrl || link.origin);
    const basePath = base.pathname.replace(/\/+$/, "");
    const path = link.pathname.startsWith(basePath) ? link.pathname.slice(basePath.length) : link.pathname;
    if (path && path !== "/" && !link.search) paths.add(legacyKey(path));
  } catch {
    // No usable <link>: the date form and ?p= remain.
  }
  return [...paths];
}

function slugFor(item: WxrItem, title: string, notes: string[]): string {
  const decoded = decodeSlug(item.postName);
  if (slugPattern.test(decoded) && decoded.length <= SLUG_MAX) return decoded;
  const made = slugOf(decoded) || slugOf(title) || `post-${item.postId}`;
  if (item.postName) notes.push(`Its WordPress slug "${decoded}" became "${made}".`);
  return made.slice(0, SLUG_MAX).replace(/-+$/, "");
}

const targetSlug = (target: TermTarget) => (target.action === "ignore" ? "" : target.slug);

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

async function planAuthors(wxr: Wxr): Promise<Map<string, AuthorPlan>> {
  const declared = new Map(wxr.authors.map((a) => [a.login, a]));
  const logins = new Set(wxr.items.filter((i) => i.postType === "post").map((i) => i.creator));
  const all: { author: WxrAuthor; known: boolean }[] = [
    ...wxr.authors.map((author) => ({ author, known: true })),
    ...[...logins]
      .filter((login) => !declared.has(login))
      .map((login) => ({ author: { login, email: "", displayName: login || "Unknown author" }, known: false })),
  ];
  const emails = all.map((a) => a.author.email).filter(Boolean);
  const slugs = all.map((a) => slugOf(a.author.displayName) || slugOf(a.author.login) || "wordpress-author");
  const [users, profiles] = await Promise.all([
    db.user.findMany({ where: { email: { in: emails } }, select: { email: true, author: { select: { id: true, displayName: true } } } }),
    db.authorProfile.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, displayName: true } }),
  ]);
  const plans = new Map<string, AuthorPlan>();
  all.forEach(({ author, known }, index) => {
    const user = users.find((u) => u.email === author.email && u.author);
    const slug = slugs[index];
    const profile = profiles.find((p) => p.slug === slug);
    const match: AuthorMatch = user?.author
      ? { kind: "user", authorId: user.author.id, displayName: user.author.displayName }
      : profile
        ? { kind: "profile", authorId: profile.id, displayName: profile.displayName }
        : { kind: "guest", slug, displayName: author.displayName };
    plans.set(author.login, { login: author.login, displayName: author.displayName, known, match });
  });
  return plans;
}

/** Where the import's images come from: a copy of the uploads folder, or none (and why not). */
export type ImageFiles =
  | { reader: UploadsReader }
  /** `unreadable`: why no image file can be had, for the report. */
  | { reader: null; unreadable: string };

/** Works out the plan. Reads the database and the image files, writes nothing. */
export async function planImport(wxr: Wxr, mapping: ImportMapping, timeZone: string, files: ImageFiles): Promise<ImportPlan> {
  const source = wxr.siteUrl || wxr.title || "wordpress";
  const authors = await planAuthors(wxr);
  const skipped: SkippedItem[] = [];
  const drafts: PostPlan[] = [];
  const site = new SiteImages(wxr);
  const planner = await ImagePlanner.load(source, files);
  const usedAttachments = new Set<string>();

  for (const item of wxr.items) {
    const title = item.title || `Untitled (WordPress post ${item.postId})`;
    if (item.postType === "page") {
      skipped.push({ postId: item.postId, title, reason: "a page: only posts are imported" });
      continue;
    }
    // Attachments come in with the posts that show them; those none shows are listed at the end.
    if (item.postType === "attachment") continue;
    if (item.postType !== "post") {
      skipped.push({ postId: item.postId, title, reason: `a "${item.postType}" item: only posts are imported` });
      continue;
    }
    if (item.status !== "publish") {
      skipped.push({ postId: item.postId, title, reason: statusReasons[item.status] ?? `its status is "${item.status}"` });
      continue;
    }
    const notes: string[] = [];
    const base = {
      postId: item.postId,
      title: title.slice(0, TITLE_MAX),
      slug: "",
      publishedAt: new Date(0),
      standfirst: "",
      body: { type: "doc", content: [] } as JSONContent,
      authorLogin: item.creator,
      division: null,
      topics: [],
      legacyPaths: [],
      contentHash: "",
      notes,
      leadImage: null,
      images: [],
      missingImages: [],
      imagesWithoutAlt: [],
    };
    if (!item.postId) {
      drafts.push({ ...base, action: "fail", reason: "The item has no wp:post_id." });
      continue;
    }
    if (!item.title) notes.push("It had no title.");
    if (title.length > TITLE_MAX) notes.push(`Its title was cut to ${TITLE_MAX} characters.`);
    const publishedAt = postDate(item, timeZone);
    if (!publishedAt || publishedAt.getTime() > Date.now()) {
      drafts.push({ ...base, action: "fail", reason: "It has no publication date in the past (wp:post_date_gmt)." });
      continue;
    }
    let converted;
    try {
      converted = convertPostContent(item.content, item.meta.footnotes, wxr.siteUrl);
    } catch (error) {
      drafts.push({ ...base, action: "fail", reason: `Its content cannot be a body: ${(error as Error).message}` });
      continue;
    }
    const images = await planPostImages(item, converted, site, planner);
    for (const id of images.attachments) usedAttachments.add(id);
    if (images.missing.length) notes.push(`Images not imported: ${images.missing.join(", ")}.`);
    if (images.withoutAlt.length) {
      notes.push(
        `Without alt text, as in WordPress (the media library's "Missing alt text" filter lists them): ${images.withoutAlt.join(", ")}.`,
      );
    }
    if (converted.dropped.length) notes.push(`Left out: ${converted.dropped.join(", ")}.`);
    const author = authors.get(item.creator);
    if (author && !author.known) notes.push(`Its author "${item.creator}" is not in the export's author list.`);

    const categories = item.terms.filter((t) => t.domain === "category");
    const mapped = categories.map((t) => ({ term: t, target: mapping.categories[t.nicename] ?? { action: "ignore" as const } }));
    const divisions = mapped.filter((m) => m.target.action !== "ignore");
    const unmapped = mapped.filter((m) => m.target.action === "ignore" && !/^uncategori[sz]ed$/.test(m.term.nicename));
    if (unmapped.length) notes.push(`No division for the categories ${unmapped.map((m) => `"${m.term.name}"`).join(", ")}.`);
    if (divisions.length > 1) {
      notes.push(`Several categories map to divisions; the first, "${divisions[0].term.name}", owns the piece.`);
    }
    const topics = item.terms
      .filter((t) => t.domain === "post_tag")
      .map((t) => mapping.tags[t.nicename] ?? { action: "ignore" as const })
      .filter((t) => t.action !== "ignore");
    const unmappedTags = item.terms.filter((t) => t.domain === "post_tag" && (mapping.tags[t.nicename]?.action ?? "ignore") === "ignore");
    if (unmappedTags.length) notes.push(`No topic for the tags ${unmappedTags.map((t) => `"${t.name}"`).join(", ")}.`);

    const plan = {
      ...base,
      slug: slugFor(item, title, notes),
      publishedAt,
      standfirst: stripTags(item.excerpt).slice(0, STANDFIRST_MAX),
      body: images.body,
      leadImage: images.leadImage,
      images: images.images,
      missingImages: images.missing,
      imagesWithoutAlt: images.withoutAlt,
      division: divisions[0]?.target ?? null,
      topics: [...new Map(topics.map((t) => [targetSlug(t), t])).values()].slice(0, 20),
      legacyPaths: legacyPathsOf(item, wxr.siteUrl),
    };
    // What the piece is made of, in WordPress's terms: the same next time means nothing changed
    // (a guest author or topic created by the first run does not count as a change).
    const contentHash = hashOf({
      title: plan.title,
      slug: plan.slug,
      publishedAt: plan.publishedAt.toISOString(),
      standfirst: plan.standfirst,
      body: plan.body,
      // Absent (so the hash of a piece without one is as before images were imported) or the image's stable token.
      leadImage: plan.leadImage ?? undefined,
      author: item.creator,
      division: plan.division && targetSlug(plan.division),
      topics: plan.topics.map(targetSlug).sort(),
      legacyPaths: plan.legacyPaths,
    });
    drafts.push({ ...plan, action: "create", contentHash });
  }

  for (const attachment of site.unused(usedAttachments)) {
    skipped.push({ postId: attachment.postId, title: attachment.name, reason: "an attachment no imported post shows" });
  }

  // What an earlier import made of these posts, and whether anyone has edited those pieces since.
  const imported = await db.importedPost.findMany({
    where: { source, sourceId: { in: drafts.map((d) => d.postId) } },
    select: {
      sourceId: true,
      articleId: true,
      contentHash: true,
      importedVersion: true,
      article: { select: { version: true, status: true } },
    },
  });
  const byPost = new Map(imported.map((i) => [i.sourceId, i]));
  const taken = new Set(
    (await db.article.findMany({ where: { slug: { in: drafts.map((d) => d.slug) } }, select: { id: true, slug: true } })).map(
      (a) => `${a.slug} ${a.id}`,
    ),
  );
  // An old address another piece already answers (a second WordPress site's ?p=1001) keeps its piece.
  const pathOwners = new Map(
    (
      await db.legacyPath.findMany({
        where: { path: { in: drafts.flatMap((d) => d.legacyPaths) } },
        select: { path: true, articleId: true },
      })
    ).map((row) => [row.path, row.articleId]),
  );
  const slugOwner = new Map([...taken].map((entry) => entry.split(" ") as [string, string]));
  const claimed = new Set<string>();
  const posts = drafts.map((post): PostPlan => {
    if (post.action === "fail") return post;
    const earlier = byPost.get(post.postId);
    const owner = slugOwner.get(post.slug);
    let slug = post.slug;
    if ((owner && owner !== earlier?.articleId) || claimed.has(slug)) {
      slug = `${post.slug.slice(0, SLUG_MAX - post.postId.length - 4)}-wp-${post.postId}`;
      post.notes.push(`The slug "${post.slug}" is taken by another piece; it is "${slug}".`);
    }
    claimed.add(slug);
    for (const path of post.legacyPaths) {
      const pathOwner = pathOwners.get(path);
      if (pathOwner && pathOwner !== earlier?.articleId)
        post.notes.push(`The old address "${path}" already leads to another piece; it keeps leading there.`);
    }
    const planned = { ...post, slug };
    if (!earlier) return planned;
    const base = { ...planned, articleId: earlier.articleId, importedVersion: earlier.importedVersion };
    if (earlier.contentHash === post.contentHash) return { ...base, action: "unchanged" };
    if (earlier.article.version !== earlier.importedVersion || earlier.article.status !== "published") {
      return { ...base, action: "kept", reason: "It changed in WordPress, but the piece was edited in Standfirst since the last import." };
    }
    return { ...base, action: "update" };
  });
  return { source, siteTitle: wxr.title, authors: [...authors.values()], mapping, posts, skipped };
}
