// Back-dated publication (issue 12, item 3): an editor publishes an archive piece as of its
// original date. The piece is live at once, and every place that shows or orders by a date
// shows and orders it by that date: the page's facts, listings, feeds, the sitemap, JSON-LD,
// Google Scholar's tags and citations. Scheduling stays a separate thing.
import { db } from "@/lib/platform/db";
import { publishBackdatedAtSiteTime, transition } from "@/lib/editorial/workflow";
import { loadPieceFacts } from "@/lib/reader/piece-facts";
import { listLivePublications } from "@/lib/reader/listings";
import { buildFeed } from "@/lib/reader/feeds";
import { sitemapEntries, sitemapFiles } from "@/lib/reader/sitemap";
import { articleJsonLd, buildArticleMetadata } from "@/lib/reader/seo";
import { citeTexts, toBibtex, toRis } from "@/lib/reader/citations";
import { DomainError, ValidationError } from "@/lib/platform/errors";
import { actorFor } from "../helpers/actors";
import { makeArticle, makeUser } from "../helpers/db";
import { publishPiece } from "../helpers/pieces";

const BASE = "https://think.example";
const ORIGINAL = new Date("2024-06-03T01:30:00Z");
let editor: Awaited<ReturnType<typeof makeUser>>;
let writer: Awaited<ReturnType<typeof makeUser>>;

async function approvedPiece(title: string) {
  const article = await makeArticle({ createdById: writer.id, authorIds: [writer.author!.id], status: "approved" });
  return db.article.update({ where: { id: article.id }, data: { title, slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-") } });
}

beforeAll(async () => {
  await db.siteSettings.create({
    data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "Asia/Singapore" },
  });
  editor = await makeUser("editor");
  writer = await makeUser("writer", { name: "Amara Okafor" });
});

describe("publishing an archive piece as of its original date", () => {
  let slug: string;
  let articleId: string;

  beforeAll(async () => {
    // A piece published today, before the archive piece is published: it stays on top.
    await publishPiece(editor, { title: "Published today", authorIds: [writer.author!.id] });
    const archive = await approvedPiece("Harbours of 2024");
    articleId = archive.id;
    slug = archive.slug;
    await transition(await actorFor(editor), archive.id, "publish", { originalDate: ORIGINAL });
  });

  it("is live at once, dated the original date in the working copy and the public copy", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { publication: true } });
    expect(article.status).toBe("published");
    expect(article.publishedAt).toEqual(ORIGINAL);
    expect(article.publication?.publishedAt).toEqual(ORIGINAL);
    // Live since then too, so the feeds and the sitemap (ordered by live time) place it in 2024, not on top.
    expect(article.publication?.liveFrom).toEqual(ORIGINAL);
    const facts = await loadPieceFacts(slug);
    expect(facts?.publishedAt).toBe(ORIGINAL.toISOString());
  });

  it("records who back-dated it, and to what date", async () => {
    const event = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "articles.publish" } });
    expect(event.actorId).toBe(editor.id);
    expect(event.details).toMatchObject({
      from: "approved",
      to: "published",
      originalDate: ORIGINAL.toISOString(),
      previousPublishedAt: null,
    });
  });

  it("sorts by its original date in listings, after what was published since", async () => {
    const page = await listLivePublications({});
    expect(page.items.map((i) => i.title)).toEqual(["Published today", "Harbours of 2024"]);
    expect(page.items[1].publishedAt).toBe(ORIGINAL.toISOString());
  });

  it("shows its original date in the feeds, below newer pieces, never as new", async () => {
    const rss = (await buildFeed({ kind: "site" }, "rss"))!;
    expect(rss.indexOf("Published today")).toBeLessThan(rss.indexOf("Harbours of 2024"));
    expect(rss).toContain(`<pubDate>${ORIGINAL.toUTCString()}</pubDate>`);
    const atom = (await buildFeed({ kind: "site" }, "atom"))!;
    expect(atom).toContain(`<published>${ORIGINAL.toISOString()}</published>`);
  });

  it("is in the sitemap", async () => {
    const files = await sitemapFiles();
    const pieces = files.find((f) => f.kind === "pieces")!;
    const entries = (await sitemapEntries(pieces))!;
    // Pieces in the order they went live: the archive piece comes first.
    expect(entries[0].url).toBe(`${BASE}/commentaries/${slug}`);
  });

  it("gives its original date to JSON-LD, Google Scholar and citations, in the site's time zone", async () => {
    const facts = (await loadPieceFacts(slug))!;
    expect(articleJsonLd(facts).datePublished).toBe(ORIGINAL.toISOString());
    const meta = buildArticleMetadata(facts);
    // 01:30 UTC is 09:30 in Singapore, the same day.
    expect(meta.other).toMatchObject({ citation_publication_date: "2024/06/03", citation_online_date: "2024/06/03" });
    expect(toBibtex(facts)).toMatch(/date\s*=\s*\{2024-06-03\}/);
    expect(toRis(facts)).toMatch(/DA {2}- 2024\/06\/03\//);
    for (const citation of citeTexts(facts)) expect(citation.text).toContain("2024");
  });
});

describe("what back-dating refuses", () => {
  const outcome = async (run: () => Promise<unknown>) => {
    try {
      await run();
      return "allow";
    } catch (error) {
      if (error instanceof DomainError) return error.status;
      throw error;
    }
  };

  it("refuses a date to come: that is scheduling, with its own control", async () => {
    const piece = await approvedPiece("Not yet");
    const future = new Date(Date.now() + 86_400_000);
    const error = await transition(await actorFor(editor), piece.id, "publish", { originalDate: future }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/must be in the past.*schedule/i);
    expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).status).toBe("approved");
  });

  it("refuses an original date on any transition but publish", async () => {
    const piece = await approvedPiece("Scheduled one");
    const status = await outcome(async () =>
      transition(await actorFor(editor), piece.id, "schedule", {
        publishAt: new Date(Date.now() + 3_600_000),
        originalDate: ORIGINAL,
      }),
    );
    expect(status).toBe(400);
  });

  it("is an editor's: a writer cannot back-date, even on their own piece", async () => {
    const piece = await approvedPiece("Writer's own");
    expect(await outcome(async () => transition(await actorFor(writer), piece.id, "publish", { originalDate: ORIGINAL }))).toBe(403);
    expect(await outcome(async () => publishBackdatedAtSiteTime(null, piece.id, "2024-06-03"))).toBe(401);
  });

  it("reads the studio's date as that day in the site's time zone", async () => {
    const piece = await approvedPiece("From the form");
    await publishBackdatedAtSiteTime(await actorFor(editor), piece.id, "2023-01-15");
    const publication = await db.publication.findUniqueOrThrow({ where: { articleId: piece.id } });
    // Midnight in Singapore (UTC+8) is 16:00 the day before in UTC.
    expect(publication.publishedAt).toEqual(new Date("2023-01-14T16:00:00Z"));
    expect(await outcome(async () => publishBackdatedAtSiteTime(await actorFor(editor), piece.id, "15/01/2023"))).toBe(400);
  });
});
