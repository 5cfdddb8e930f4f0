// Issue 13, "URLs that never break": a piece's former slugs and an author's, division's, series'
// or topic's former slugs lead to the current page for good; a slug that redirects cannot be
// taken by another piece or record; a piece's feed entry keeps its id across a new slug and a new
// site address; and a series has its own feeds.
import CommentaryPage from "@/app/(public)/commentaries/[slug]/page";
import { GET as feedGet } from "@/app/feeds/[kind]/[slug]/[file]/route";
import { authorPage, divisionPage, seriesPage, topicPage } from "@/components/reader/collections";
import { createArticle, saveArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { updateAuthor } from "@/lib/admin/authors";
import { updateDivision } from "@/lib/admin/divisions";
import { createSeries, updateSeries } from "@/lib/admin/series";
import { createTopic, updateTopic } from "@/lib/admin/topics";
import { db } from "@/lib/platform/db";
import { ConflictError } from "@/lib/platform/errors";
import { paths } from "@/lib/platform/paths";
import { buildFeed, entryId } from "@/lib/reader/feeds";
import { actorFor } from "../helpers/actors";
import { makeDivision, makeSeries, makeTopic, makeUser } from "../helpers/db";
import { doc, publishPiece } from "../helpers/pieces";
import { readerParser, xmlError } from "../helpers/xml";

const BASE = "https://think.example";
let editor: Awaited<ReturnType<typeof makeUser>>;
/** Signs off what the editor submits: the four-eyes rule keeps one person from approving their own version. */
let approver: Awaited<ReturnType<typeof makeUser>>;
let writer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  await db.siteSettings.create({
    data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "Europe/London" },
  });
  editor = await makeUser("editor", { name: "Eddie Editor" });
  approver = await makeUser("editor", { name: "Second Editor" });
  writer = await makeUser("writer", { name: "Amara Okafor" });
});

/** What rendering a page did: its redirect (status and location), a 404, or a page. */
async function render(page: () => Promise<unknown>): Promise<string> {
  try {
    await page();
    return "page";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) {
      const parts = digest.split(";");
      return `redirect ${parts.at(-2)} ${parts.slice(2, -2).join(";")}`;
    }
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not found";
    throw error;
  }
}

const piecePage = (slug: string) => render(() => CommentaryPage({ params: Promise.resolve({ slug }) }));

/** As an editor does it in the studio: a new version, the new slug saved, then reviewed and published. */
async function publishUnder(articleId: string, slug: string) {
  const actor = await actorFor(editor);
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  await transition(actor, articleId, "newVersion");
  const { version } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
  await saveArticle(actor, articleId, version, { title: article.title, standfirst: article.standfirst, body: article.body, slug });
  await transition(actor, articleId, "submit");
  await transition(await actorFor(approver), articleId, "approve");
  await transition(actor, articleId, "publish");
}

/** The feed's entries for one piece: [RSS guid, Atom id, the page the entry links to]. */
async function entriesOf(title: string): Promise<[string, string, string]> {
  const rss = readerParser.parse((await buildFeed({ kind: "site" }, "rss"))!).rss.channel.item;
  const atom = readerParser.parse((await buildFeed({ kind: "site" }, "atom"))!).feed.entry;
  const item = rss.find((i: { title: string }) => i.title === title);
  const entry = atom.find((e: { title: { "#text": string } }) => e.title["#text"] === title);
  return [item.guid["#text"], entry.id, item.link];
}

describe("a piece's former slug", () => {
  let piece: { id: string; slug: string; title: string };

  beforeAll(async () => {
    piece = await publishPiece(editor, { title: "Harbour charters and their long memory", authorIds: [editor.author!.id] });
  });

  test("answers with a permanent redirect to the piece's new page once the new slug is published, and the piece keeps its feed id", async () => {
    const [guidBefore, atomIdBefore, linkBefore] = await entriesOf(piece.title);
    expect(linkBefore).toBe(`${BASE}${paths.piece(piece.slug)}`);
    expect(guidBefore).toBe(entryId(piece.id));
    expect(atomIdBefore).toBe(guidBefore);

    await transition(await actorFor(editor), piece.id, "newVersion");
    const { version } = await db.article.findUniqueOrThrow({ where: { id: piece.id }, select: { version: true } });
    await saveArticle(await actorFor(editor), piece.id, version, {
      title: piece.title,
      body: doc("A sentence worth reading."),
      slug: "charters-remember",
    });
    // Until the new version is published, readers keep the live one at its address.
    expect(await piecePage(piece.slug)).toBe("page");
    expect(await piecePage("charters-remember")).toBe("not found");

    const actor = await actorFor(editor);
    await transition(actor, piece.id, "submit");
    await transition(await actorFor(approver), piece.id, "approve");
    await transition(actor, piece.id, "publish");

    expect(await piecePage(piece.slug)).toBe("redirect 308 /commentaries/charters-remember");
    expect(await piecePage("charters-remember")).toBe("page");
    await expect(db.legacyPath.findMany({ where: { articleId: piece.id }, select: { path: true } })).resolves.toEqual([
      { path: `/commentaries/${piece.slug}` },
    ]);

    // The feeds link the new page under the same entry id.
    expect(await entriesOf(piece.title)).toEqual([guidBefore, atomIdBefore, `${BASE}/commentaries/charters-remember`]);
  });

  test("a second rename keeps every former slug leading to the current page; renaming back ends that slug's redirect", async () => {
    await publishUnder(piece.id, "charters-and-fees");
    expect(await piecePage(piece.slug)).toBe("redirect 308 /commentaries/charters-and-fees");
    expect(await piecePage("charters-remember")).toBe("redirect 308 /commentaries/charters-and-fees");

    await publishUnder(piece.id, piece.slug);
    expect(await piecePage(piece.slug)).toBe("page");
    expect(await piecePage("charters-and-fees")).toBe(`redirect 308 /commentaries/${piece.slug}`);
    const kept = await db.legacyPath.findMany({ where: { articleId: piece.id }, select: { path: true }, orderBy: { path: "asc" } });
    expect(kept.map((row) => row.path)).toEqual(["/commentaries/charters-and-fees", "/commentaries/charters-remember"]);
  });

  test("the feed entry id stays the same when the site's address changes", async () => {
    const before = await entriesOf(piece.title);
    await db.siteSettings.update({ where: { id: 1 }, data: { baseUrl: "https://commentaries.think.example" } });
    try {
      const after = await entriesOf(piece.title);
      expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
      expect(after[2]).toBe(`https://commentaries.think.example/commentaries/${piece.slug}`);
    } finally {
      await db.siteSettings.update({ where: { id: 1 }, data: { baseUrl: BASE } });
    }
  });

  test("another piece may not take a slug that redirects, nor be given one made from its title", async () => {
    const editorActor = await actorFor(editor);
    const refusal = await saveArticleWithSlug(editorActor, "charters-remember").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).fieldErrors.slug).toEqual([
      `This address redirects to another piece: "${piece.title}". Choose another slug.`,
    ]);
    // Someone who may not read the piece learns only that the address is not available.
    const hidden = await createArticle(await actorFor(writer), { title: "Mine", slug: "charters-remember", body: doc("x") }).catch(
      (error: unknown) => error,
    );
    expect((hidden as ConflictError).fieldErrors.slug).toEqual(["This web address (slug) is not available; choose another."]);

    // A new piece titled like the redirecting slug gets the next free one.
    const made = await createArticle(editorActor, { title: "Charters remember", body: doc("x") });
    expect(made.slug).toBe("charters-remember-2");
    await expect(db.legacyPath.count({ where: { path: "/commentaries/charters-remember" } })).resolves.toBe(1);
  });

  test("once the piece is taken off the site, its former addresses are not found either", async () => {
    await transition(await actorFor(editor), piece.id, "unpublish");
    expect(await piecePage(piece.slug)).toBe("not found");
    expect(await piecePage("charters-remember")).toBe("not found");
  });

  async function saveArticleWithSlug(actor: Awaited<ReturnType<typeof actorFor>>, slug: string) {
    const other = await createArticle(actor, { title: "Another piece", body: doc("x") });
    return saveArticle(actor, other.id, other.version, { title: other.title, body: doc("x"), slug });
  }
});

describe("an author's, division's, series' or topic's former slug", () => {
  test("a renamed topic's old page redirects to its new one (later pages too); renaming back ends the redirect", async () => {
    const admin = await actorFor(editor);
    const topic = await makeTopic("Maritime law");
    const renderTopic = (slug: string, cursor?: string) =>
      render(() => (cursor ? topicPage.after : topicPage.first).Page({ params: Promise.resolve({ slug, ...(cursor ? { cursor } : {}) }) }));

    await updateTopic(admin, topic.id, { name: "Law of the sea", slug: "law-of-the-sea" });
    expect(await renderTopic("maritime-law")).toBe("redirect 308 /topics/law-of-the-sea");
    expect(await renderTopic("maritime-law", "1717401600000.abc")).toBe("redirect 308 /topics/law-of-the-sea/after/1717401600000.abc");
    expect(await renderTopic("law-of-the-sea")).toBe("page");
    expect(await renderTopic("no-such-topic")).toBe("not found");

    await updateTopic(admin, topic.id, { name: "Maritime law", slug: "maritime-law" });
    expect(await renderTopic("maritime-law")).toBe("page");
    expect(await renderTopic("law-of-the-sea")).toBe("redirect 308 /topics/maritime-law");
    await expect(db.retiredSlug.findMany({ where: { targetId: topic.id }, select: { kind: true, slug: true } })).resolves.toEqual([
      { kind: "topic", slug: "law-of-the-sea" },
    ]);
  });

  test("divisions and series redirect the same way, and an author once they are public", async () => {
    const actor = await actorFor(editor);
    const division = await makeDivision();
    await updateDivision(actor, division.id, { name: division.name, slug: "ports-and-trade" });
    expect(await render(() => divisionPage.first.Page({ params: Promise.resolve({ slug: division.slug }) }))).toBe(
      "redirect 308 /divisions/ports-and-trade",
    );

    const series = await makeSeries("Policy Briefs");
    await updateSeries(actor, series.id, { name: "Policy Briefs", slug: "briefs" });
    expect(await render(() => seriesPage.first.Page({ params: Promise.resolve({ slug: "policy-briefs" }) }))).toBe(
      "redirect 308 /series/briefs",
    );

    const author = await makeUser("writer", { name: "Lucas Martin" });
    const oldSlug = author.author!.slug;
    await updateAuthor(actor, author.author!.id, { displayName: "Lucas Martin", slug: "lucas-martin" });
    const authorAt = (slug: string) => render(() => authorPage.first.Page({ params: Promise.resolve({ slug }) }));
    // No live piece yet: the author has no public page, under either slug.
    expect(await authorAt(oldSlug)).toBe("not found");
    await publishPiece(editor, { title: "Lucas's first", authorIds: [author.author!.id] });
    expect(await authorAt(oldSlug)).toBe("redirect 308 /authors/lucas-martin");
  });

  test("another record of the same kind may not take a slug that redirects; another kind may", async () => {
    const actor = await actorFor(editor);
    const first = await createTopic(actor, { name: "Shipping", slug: "shipping" });
    await updateTopic(actor, first.id, { name: "Shipping lanes", slug: "shipping-lanes" });
    const refusal = await createTopic(actor, { name: "Shipping again", slug: "shipping" }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).fieldErrors.slug).toEqual([
      'This address redirects to another topic: "Shipping lanes". Choose another slug.',
    ]);
    const second = await createTopic(actor, { name: "Ports", slug: "ports-topic" });
    await expect(updateTopic(actor, second.id, { name: "Ports", slug: "shipping" })).rejects.toThrow(
      'This address redirects to another topic: "Shipping lanes".',
    );
    // A series is another kind: its pages live at /series/shipping.
    await expect(createSeries(actor, { name: "Shipping series", slug: "shipping" })).resolves.toMatchObject({ slug: "shipping" });
  });
});

describe("a series' feeds", () => {
  test("list the series' live pieces, as valid RSS and Atom, at /feeds/series/<slug>/", async () => {
    const series = await makeSeries("Harbour Notes");
    const other = await makeSeries("Other Notes");
    const inSeries = await publishPiece(editor, { title: "Notes on dredging", authorIds: [editor.author!.id], seriesId: series.id });
    await publishPiece(editor, { title: "Elsewhere", authorIds: [editor.author!.id], seriesId: other.id });
    await publishPiece(editor, {
      title: "Not yet",
      authorIds: [editor.author!.id],
      seriesId: series.id,
      publishAt: new Date(Date.now() + 86_400_000),
    });
    expect(paths.feed({ kind: "series", slug: series.slug }, "rss")).toBe(`/feeds/series/${series.slug}/rss.xml`);

    const get = (file: string, slug = series.slug) =>
      feedGet(new Request(`${BASE}/feeds/series/${slug}/${file}`), { params: Promise.resolve({ kind: "series", slug, file }) });
    const rss = await get("rss.xml");
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const rssXml = await rss.text();
    expect(xmlError(rssXml)).toBeNull();
    const channel = readerParser.parse(rssXml).rss.channel;
    expect(channel.title).toBe("Harbour Notes | Think Example");
    expect(channel.link).toBe(`${BASE}/series/${series.slug}`);
    expect(channel["atom:link"]["@href"]).toBe(`${BASE}/feeds/series/${series.slug}/rss.xml`);
    expect(channel.item.map((i: { title: string; guid: { "#text": string } }) => [i.title, i.guid["#text"]])).toEqual([
      ["Notes on dredging", entryId(inSeries.id)],
    ]);

    const atomXml = await (await get("atom.xml")).text();
    expect(xmlError(atomXml)).toBeNull();
    const feed = readerParser.parse(atomXml).feed;
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([entryId(inSeries.id)]);

    expect((await get("rss.xml", "no-such-series")).status).toBe(404);

    // Renamed, the series' feeds move with it: the old feed address answers 301 to the new one.
    await updateSeries(await actorFor(editor), series.id, { name: "Harbour Notes", slug: "harbour-notes-2" });
    const moved = await get("atom.xml");
    expect([moved.status, moved.headers.get("location")]).toEqual([301, "/feeds/series/harbour-notes-2/atom.xml"]);
  });
});
