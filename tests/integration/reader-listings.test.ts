// The listings behind the home, author, division, series and topic pages: newest first,
// paginated, filtered, and their profile pages.
import { db } from "@/lib/platform/db";
import {
  getPublicDivision,
  getPublicSeries,
  getPublicTopic,
  listFilterOptions,
  listingParams,
  listLivePublications,
  PAGE_SIZE,
} from "@/lib/reader/publications";
import { makeUser } from "../helpers/db";
import { pieceAt, publishedPiece, type User } from "../helpers/pieces";

let editor: User;
let writer: User;
let division: { id: string };
let topic: { id: string };
const slugsInOrder: string[] = [];

beforeAll(async () => {
  editor = await makeUser("editor", { withAuthor: false });
  writer = await makeUser("writer");
  division = await db.division.create({ data: { slug: "defence", name: "Defence", description: "Armed forces and strategy." } });
  topic = await db.topic.create({ data: { slug: "arctic", name: "Arctic" } });
  for (let i = 0; i < PAGE_SIZE + 2; i++) {
    const piece = await publishedPiece({
      writer,
      editor,
      title: `Piece ${i}`,
      divisionId: i % 2 === 0 ? division.id : null,
      topicIds: i % 3 === 0 ? [topic.id] : [],
    });
    // Publication dates one day apart, oldest first.
    const day = new Date(Date.UTC(2026, 0, 1 + i, 9));
    await db.publication.update({ where: { articleId: piece.id }, data: { publishedAt: day, liveFrom: day } });
    slugsInOrder.unshift(piece.slug);
  }
}, 120_000);

test("the home listing shows the newest first, a page at a time", async () => {
  const first = await listLivePublications();
  const second = await listLivePublications({ page: 2 });
  expect(first).toMatchObject({ total: PAGE_SIZE + 2, page: 1, pages: 2 });
  expect(first.items.map((i) => i.slug)).toEqual(slugsInOrder.slice(0, PAGE_SIZE));
  expect(second.items.map((i) => i.slug)).toEqual(slugsInOrder.slice(PAGE_SIZE));
  expect(first.items[0]).toMatchObject({
    title: `Piece ${PAGE_SIZE + 1}`,
    authors: [{ slug: writer.author!.slug, displayName: writer.name }],
  });
  expect((await listLivePublications({ page: 99 })).items).toEqual([]);
});

test("division and topic filters narrow the listing, alone and together", async () => {
  const byDivision = await listLivePublications({ division: "defence" });
  expect(byDivision.total).toBe(Math.ceil((PAGE_SIZE + 2) / 2));
  expect(byDivision.items.every((i) => i.division?.slug === "defence")).toBe(true);
  const byTopic = await listLivePublications({ topic: "arctic" });
  expect(byTopic.items.map((i) => i.title).sort()).toEqual(["Piece 0", "Piece 12", "Piece 3", "Piece 6", "Piece 9"].sort());
  const both = await listLivePublications({ division: "defence", topic: "arctic" });
  expect(both.items.map((i) => i.title).sort()).toEqual(["Piece 0", "Piece 12", "Piece 6"].sort());
  expect((await listLivePublications({ division: "nothing-here" })).total).toBe(0);
});

test("query strings are read leniently: bad pages become 1, bad slugs are ignored", () => {
  expect(listingParams.parse({ page: "3", division: "defence", topic: "arctic" })).toEqual({
    page: 3,
    division: "defence",
    topic: "arctic",
  });
  expect(listingParams.parse({ page: "-1", division: "<script>", topic: ["a", "b"] })).toEqual({
    page: 1,
    division: undefined,
    topic: undefined,
  });
  expect(listingParams.parse({})).toEqual({ page: 1, division: undefined, topic: undefined });
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
  expect(options.years).toEqual([2026]);
});
