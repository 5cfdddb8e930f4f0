// The listings behind the home, author, division, series and topic pages: newest publication
// date first, paged by cursor (forwards and back), filtered, counted; new versions keeping their
// place; old page-number links; and the profile pages.
import { saveArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { db } from "@/lib/platform/db";
import { decodeCursor, pageAtFrom, type PageAt } from "@/lib/platform/keyset";
import { paths } from "@/lib/platform/paths";
import { getPublicDivision, getPublicSeries, getPublicTopic, listFilterOptions, PAGE_SIZE } from "@/lib/reader/publications";
import { countLivePublications, legacyPageCursor, listingParams, listLivePublications, type ListingFilter } from "@/lib/reader/listings";
import { legacyCollectionLocation, legacyCommentariesLocation } from "@/lib/reader/legacy-pages";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { pieceAt, publishedPiece, type User } from "../helpers/pieces";

const PIECES = 2 * PAGE_SIZE + 3;

let editor: User;
let writer: User;
let division: { id: string };
let topic: { id: string };
/** Every live piece, newest first, with what it is filed under. */
const live: { slug: string; id: string; at: Date; division: boolean; topic: boolean }[] = [];

/** The i-th piece's publication date: a day apart, but pairs share a moment, so the id decides their order. */
const publishedOn = (i: number) => new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 2), 9));
/**
 * When the i-th piece went live (last): in the opposite order to its publication date, as if the
 * oldest had been republished last, so a listing in liveFrom's order would come out reversed.
 */
const wentLive = (i: number) => new Date(Date.now() - (i + 1) * 60_000);

beforeAll(async () => {
  editor = await makeUser("editor", { withAuthor: false });
  writer = await makeUser("writer");
  division = await db.division.create({ data: { slug: "defence", name: "Defence", description: "Armed forces and strategy." } });
  topic = await db.topic.create({ data: { slug: "arctic", name: "Arctic" } });
  for (let i = 0; i < PIECES; i++) {
    const filed = { division: i % 3 === 0, topic: i % 2 === 0 };
    const piece = await publishedPiece({
      writer,
      editor,
      title: `Piece ${i}`,
      divisionId: filed.division ? division.id : null,
      topicIds: filed.topic ? [topic.id] : [],
    });
    // The article's date too: the workflow copies it into each new version's publication.
    await db.article.update({ where: { id: piece.id }, data: { publishedAt: publishedOn(i) } });
    await db.publication.update({ where: { articleId: piece.id }, data: { publishedAt: publishedOn(i), liveFrom: wentLive(i) } });
    live.push({ slug: piece.slug, id: piece.id, at: publishedOn(i), ...filed });
  }
  // Newest first; within one moment, the greater id first.
  live.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
  // Neither a draft nor a scheduled piece is listed anywhere, though filed like the others.
  await pieceAt("draft", { writer, editor, title: "A draft", divisionId: division.id, topicIds: [topic.id] });
  await pieceAt("scheduled", { writer, editor, title: "Not yet", divisionId: division.id, topicIds: [topic.id] });
}, 180_000);

/** Follows "Older" from the first page to the last, then "Newer" back: the slugs of each page. */
async function walk(filter: ListingFilter) {
  const forwards: string[][] = [];
  let at: PageAt = null;
  let page = await listLivePublications(filter, at);
  expect(page.previous).toBeNull();
  for (;;) {
    forwards.push(page.items.map((i) => i.slug));
    if (!page.next) break;
    at = pageAtFrom({ after: page.next });
    page = await listLivePublications(filter, at);
  }
  const backwards: string[][] = [forwards[forwards.length - 1]];
  while (page.previous) {
    page = await listLivePublications(filter, pageAtFrom({ before: page.previous }));
    backwards.unshift(page.items.map((i) => i.slug));
  }
  return { forwards, backwards };
}

const pages = (slugs: string[]) =>
  Array.from({ length: Math.ceil(slugs.length / PAGE_SIZE) }, (_, n) => slugs.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE));

test.each<[string, () => ListingFilter, (p: (typeof live)[number]) => boolean]>([
  ["all commentaries", () => ({}), () => true],
  ["an author's", () => ({ author: writer.author!.slug }), () => true],
  ["a topic's", () => ({ topic: "arctic" }), (p) => p.topic],
  ["a division's", () => ({ division: "defence" }), (p) => p.division],
  ["a division's within a topic", () => ({ division: "defence", topic: "arctic" }), (p) => p.division && p.topic],
])("%s listing shows every live piece once, newest first, following Older to the end and Newer back", async (_, filterOf, filed) => {
  const filter = filterOf();
  const expected = live.filter(filed).map((p) => p.slug);
  const { forwards, backwards } = await walk(filter);
  expect(forwards).toEqual(pages(expected));
  expect(backwards).toEqual(forwards);
  expect(await countLivePublications(filter)).toBe(expected.length);
});

test("the author and topic listings run over more than one page", async () => {
  expect((await walk({ author: writer.author!.slug })).forwards.length).toBeGreaterThan(2);
  expect((await walk({ topic: "arctic" })).forwards.length).toBe(2);
});

test("a listing's item carries what its card shows", async () => {
  const { items } = await listLivePublications();
  expect(items[0]).toEqual({
    slug: live[0].slug,
    title: expect.stringMatching(/^Piece \d+$/),
    standfirst: expect.any(String),
    publishedAt: publishedOn(PIECES - 1).toISOString(),
    division: live[0].division ? { slug: "defence", name: "Defence" } : null,
    authors: [{ slug: writer.author!.slug, displayName: writer.name }],
    // No lead image here (tests/integration/lead-images.test.ts has cards with one).
    leadImage: null,
  });
});

test("a piece published meanwhile joins the first page and leaves an older page's address showing the same pieces", async () => {
  const first = await listLivePublications({ topic: "arctic" });
  const older = pageAtFrom({ after: first.next });
  const before = await listLivePublications({ topic: "arctic" }, older);
  const fresh = await publishedPiece({ writer, editor, title: "Breaking", topicIds: [topic.id] });
  try {
    expect((await listLivePublications({ topic: "arctic" })).items[0].slug).toBe(fresh.slug);
    expect(await listLivePublications({ topic: "arctic" }, older)).toEqual(before);
  } finally {
    // Off the listings again (its links go with it), for the tests below.
    await db.publication.delete({ where: { articleId: fresh.id } });
  }
});

test("a cursor that is not one reads the first page; one past the end reads nothing", async () => {
  const first = await listLivePublications({ topic: "arctic" });
  for (const junk of ["nonsense", "12.", ".abc", "1e5.x", "99999999999999999.x", "5.a b"]) {
    expect(await listLivePublications({ topic: "arctic" }, pageAtFrom({ after: junk }))).toEqual(first);
  }
  expect(await listLivePublications({ topic: "arctic" }, { after: { at: new Date(0), id: "a" } })).toEqual({
    items: [],
    next: null,
    previous: null,
  });
});

test("a filter that names nothing lists nothing", async () => {
  for (const filter of [{ division: "nothing-here" }, { author: "nobody" }, { topic: "nowhere" }, { series: "none" }]) {
    expect(await listLivePublications(filter)).toEqual({ items: [], next: null, previous: null });
    expect(await countLivePublications(filter)).toBe(0);
  }
});

test("a new version of a live piece keeps its place in every listing, its pages' addresses and its card's date", async () => {
  const piece = live.find((p, n) => n > PAGE_SIZE && p.topic)!;
  const filters: ListingFilter[] = [{}, { author: writer.author!.slug }, { topic: "arctic" }];
  const before = await Promise.all(filters.map(walk));
  const e = await actorFor(editor);
  const w = await actorFor(writer);
  const liveFrom = (await db.publication.findUniqueOrThrow({ where: { articleId: piece.id } })).liveFrom;
  const reopened = await transition(e, piece.id, "newVersion");
  const filed = await db.article.findUniqueOrThrow({ where: { id: piece.id }, include: { authors: true, topics: true } });
  await saveArticle(w, piece.id, reopened.version, {
    title: "Piece, corrected",
    body: filed.body,
    divisionId: filed.divisionId,
    topicIds: filed.topics.map((t) => t.topicId),
    authorIds: filed.authors.map((a) => a.authorId),
  });
  await transition(w, piece.id, "submit");
  await transition(e, piece.id, "approve");
  await transition(e, piece.id, "publish");
  // It went live again just now, after every other piece...
  const republished = await db.publication.findUniqueOrThrow({ where: { articleId: piece.id } });
  expect(republished.liveFrom.getTime()).toBeGreaterThan(liveFrom.getTime());
  expect(republished.title).toBe("Piece, corrected");
  // ...yet every listing, walked by the same cursors, shows the same pieces in the same places.
  expect(await Promise.all(filters.map(walk))).toEqual(before);
  const { items } = await listLivePublications({}, pageAtFrom({ after: (await listLivePublications()).next }));
  expect(items.find((i) => i.slug === piece.slug)).toMatchObject({ title: "Piece, corrected", publishedAt: piece.at.toISOString() });
});

test("a piece sorts by its publication date, back-dated or not, whenever it went live", async () => {
  const backDated = await publishedPiece({ writer, editor, title: "From the archive", topicIds: [topic.id] });
  try {
    expect((await listLivePublications({ topic: "arctic" })).items[0].slug).toBe(backDated.slug);
    const date = new Date(Date.UTC(2024, 5, 1));
    await db.publication.update({ where: { articleId: backDated.id }, data: { publishedAt: date } });
    for (const filter of [{}, { author: writer.author!.slug }, { topic: "arctic" }]) {
      const { forwards } = await walk(filter);
      expect(forwards.flat().at(-1)).toBe(backDated.slug);
    }
    expect((await walk({})).forwards.flat()).toEqual([...live.map((p) => p.slug), backDated.slug]);
  } finally {
    await db.publication.delete({ where: { articleId: backDated.id } });
  }
});

test("an author's and a topic's links follow their publication's times, and refuse others", async () => {
  const piece = live[0];
  const { liveFrom } = await db.publication.findUniqueOrThrow({ where: { articleId: piece.id } });
  const moved = { publishedAt: new Date(Date.UTC(2030, 0, 1)), liveFrom: new Date(Date.UTC(2030, 0, 2)) };
  await db.publication.update({ where: { articleId: piece.id }, data: moved });
  try {
    const select = { publishedAt: true, liveFrom: true } as const;
    const links = await db.publicationTopic.findMany({ where: { publicationId: piece.id }, select });
    expect(links).toEqual(piece.topic ? [moved] : []);
    expect(await db.publicationAuthor.findMany({ where: { publicationId: piece.id }, select })).toEqual([moved]);
    const coauthor = await makeUser("writer");
    for (const times of [
      { publishedAt: piece.at, liveFrom: moved.liveFrom },
      { publishedAt: moved.publishedAt, liveFrom: piece.at },
    ]) {
      await expect(
        db.publicationAuthor.create({ data: { publicationId: piece.id, authorId: coauthor.author!.id, position: 1, ...times } }),
      ).rejects.toThrow(/PublicationAuthor_publicationId_publishedAt_liveFrom_fkey/);
    }
  } finally {
    await db.publication.update({ where: { articleId: piece.id }, data: { publishedAt: piece.at, liveFrom } });
  }
});

describe("old page-number links", () => {
  test("page N starts after the last piece of page N-1; page 1, words and pages past the end are the first page", async () => {
    const slug = writer.author!.slug;
    const second = await listLivePublications({ author: slug }, pageAtFrom({ after: (await listLivePublications({ author: slug })).next }));
    const cursor = await legacyPageCursor({ author: slug }, 2);
    expect(decodeCursor(cursor)?.id).toBe(live[PAGE_SIZE - 1].id);
    expect(await listLivePublications({ author: slug }, pageAtFrom({ after: cursor }))).toEqual(second);
    expect(await legacyCollectionLocation("author", slug, "2")).toBe(paths.author(slug, { after: cursor! }));
    expect(await legacyCollectionLocation("author", slug, "3")).toBe(
      paths.author(slug, { after: (await legacyPageCursor({ author: slug }, 3))! }),
    );
    for (const page of ["1", "4", "999", "two", "0", "99999999"]) {
      expect({ page, location: await legacyCollectionLocation("author", slug, page) }).toEqual({ page, location: paths.author(slug) });
    }
    expect(await legacyCollectionLocation("topic", "nowhere", "2")).toBe(paths.topic("nowhere"));
  });

  test("?page=N of all commentaries moves to the same place by cursor, keeping the filters", async () => {
    const filter = { topic: "arctic" };
    const cursor = await legacyPageCursor(filter, 2);
    expect(cursor).not.toBeNull();
    expect(await legacyCommentariesLocation(filter, 2)).toBe(paths.commentaries(filter, { after: cursor! }));
    expect(await legacyCommentariesLocation(filter, 3)).toBe(paths.commentaries(filter));
  });
});

test("query strings are read leniently: bad cursors and slugs are dropped, an old page number is kept to redirect", () => {
  expect(listingParams.parse({ after: "1.a", division: "defence", topic: "arctic", page: "3" })).toEqual({
    after: "1.a",
    before: undefined,
    page: 3,
    division: "defence",
    topic: "arctic",
  });
  expect(listingParams.parse({ page: "-1", division: "<script>", topic: ["a", "b"], before: ["x", "y"] })).toEqual({
    after: undefined,
    before: undefined,
    page: undefined,
    division: undefined,
    topic: undefined,
  });
});

test("division, series and topic pages exist for what exists, and nothing else", async () => {
  expect(await getPublicDivision("defence")).toMatchObject({ name: "Defence", description: "Armed forces and strategy." });
  expect(await getPublicTopic("arctic")).toMatchObject({ name: "Arctic" });
  expect(await getPublicDivision("nope")).toBeNull();
  expect(await getPublicSeries("nope")).toBeNull();
});

test("filter options list every division and topic, and only authors and years with live pieces", async () => {
  const silent = await makeUser("writer", { name: "Silent Writer" });
  await pieceAt("draft", { writer: silent, editor });
  const options = await listFilterOptions("UTC");
  expect(options.divisions.map((d) => d.slug)).toEqual(["defence"]);
  expect(options.topics.map((t) => t.slug)).toEqual(["arctic"]);
  expect(options.authors.map((a) => a.slug)).toEqual([writer.author!.slug]);
  expect(options.years).toEqual([2025]);
});
