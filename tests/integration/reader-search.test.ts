// Full-text search over live pieces: websearch syntax, ranking, filters, author names,
// escaped snippets, pagination, and queries that must not fail.
import { db } from "@/lib/platform/db";
import { highlight, searchPublications, type SearchResult } from "@/lib/reader/search";
import { PAGE_SIZE } from "@/lib/reader/publications";
import { makeUser } from "../helpers/db";
import { doc, publishedPiece, type User } from "../helpers/pieces";

let editor: User;
let writer: User;
let okonkwo: User;

beforeAll(async () => {
  editor = await makeUser("editor", { withAuthor: false });
  writer = await makeUser("writer", { name: "Wendy Writer" });
  okonkwo = await makeUser("writer", { name: "Chidi Okonkwo" });
});

const slugs = (result: SearchResult) => {
  if (result.prompt) throw new Error("Expected results, got the prompt.");
  return result.items.map((i) => i.slug);
};

const publish = (title: string, body: string, extra: Partial<Parameters<typeof publishedPiece>[0]> = {}) =>
  publishedPiece({ writer, editor, title, body: doc(body), ...extra });

test("a title hit outranks a body hit, whatever the order of publication", async () => {
  const inBody = await publish("Notes on regional order", "The pangolin trade is a problem for enforcement.");
  const inTitle = await publish("The pangolin question", "Wildlife trafficking across borders.");
  const result = await searchPublications({ q: "pangolin" });
  expect(slugs(result)).toEqual([inTitle.slug, inBody.slug]);
  if (!result.prompt) expect(result.items[0].rank).toBeGreaterThan(result.items[1].rank);
});

test("quotes match a phrase, a minus sign excludes a word, and 'or' matches either word", async () => {
  const phrase = await publish("Influence abroad", "Soft power works slowly through culture.");
  const apart = await publish("Power and persuasion", "Power is rarely soft when it comes to commerce.");
  const tariffs = await publish("Commerce and tariffs", "Commerce policy is now tariff policy.");

  expect(slugs(await searchPublications({ q: '"soft power"' }))).toEqual([phrase.slug]);
  expect(slugs(await searchPublications({ q: "soft power" })).sort()).toEqual([phrase.slug, apart.slug].sort());
  expect(slugs(await searchPublications({ q: "commerce -tariff" }))).toEqual([apart.slug]);
  expect(slugs(await searchPublications({ q: "culture or tariffs" })).sort()).toEqual([phrase.slug, tariffs.slug].sort());
});

test("author names are searchable", async () => {
  const piece = await publishedPiece({ writer: okonkwo, editor, title: "Ports and power", body: doc("Harbours everywhere.") });
  expect(slugs(await searchPublications({ q: "Okonkwo" }))).toEqual([piece.slug]);
});

test("each filter narrows the results: division, topic, author and year", async () => {
  const division = await db.division.create({ data: { slug: "economy", name: "Economy" } });
  const topic = await db.topic.create({ data: { slug: "semiconductors", name: "Semiconductors" } });
  const inDivision = await publish("Chips one", "Lithography supply chains.", { divisionId: division.id });
  const inTopic = await publish("Chips two", "Lithography export rules.", { topicIds: [topic.id] });
  const byOkonkwo = await publishedPiece({ writer: okonkwo, editor, title: "Chips three", body: doc("Lithography subsidies.") });
  const old = await publish("Chips four", "Lithography in the last decade.");
  await db.publication.update({
    where: { articleId: old.id },
    data: { publishedAt: new Date("2024-06-01T12:00:00Z"), liveFrom: new Date("2024-06-01T12:00:00Z") },
  });

  expect(slugs(await searchPublications({ q: "lithography" })).sort()).toEqual(
    [inDivision, inTopic, byOkonkwo, old].map((p) => p.slug).sort(),
  );
  expect(slugs(await searchPublications({ q: "lithography", division: "economy" }))).toEqual([inDivision.slug]);
  expect(slugs(await searchPublications({ q: "lithography", topic: "semiconductors" }))).toEqual([inTopic.slug]);
  expect(slugs(await searchPublications({ q: "lithography", author: okonkwo.author!.slug }))).toEqual([byOkonkwo.slug]);
  expect(slugs(await searchPublications({ q: "lithography", year: "2024" }))).toEqual([old.slug]);
  expect(slugs(await searchPublications({ q: "lithography", division: "no-such-division" }))).toEqual([]);
});

test("titles and snippets come back escaped, with <mark> only around the matches", async () => {
  await publish('<script>alert("x")</script> Zanzibar & the sea', 'Why <img src=x onerror=alert(1)> Zanzibar "matters".');
  const result = await searchPublications({ q: "zanzibar" });
  if (result.prompt) throw new Error("Expected results.");
  const [hit] = result.items;
  expect(hit.titleHtml).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Zanzibar</mark> &amp; the sea");
  expect(hit.snippetHtml).toContain("onerror=alert(1)&gt; <mark>Zanzibar</mark> &quot;matters");
  for (const html of [hit.titleHtml, hit.snippetHtml]) {
    expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  }
});

test("a word found only far into a long piece still gets a highlighted snippet", async () => {
  const filler = Array.from({ length: 150 }, (_, i) => `Sentence ${i} about harbours and shipping lanes.`).join(" ");
  expect(filler.length).toBeGreaterThan(5000);
  await publish("A long survey", `${filler} Only here does the word narwhal appear.`);
  const result = await searchPublications({ q: "narwhal" });
  if (result.prompt) throw new Error("Expected results.");
  expect(result.items[0].snippetHtml).toContain("<mark>narwhal</mark>");
});

test("the highlight markers cannot be forged by the text itself", async () => {
  expect(highlight("a \u0002b\u0003 <mark>c</mark>")).toBe("a <mark>b</mark> &lt;mark&gt;c&lt;/mark&gt;");
  // Every input now refuses control characters, so the title is one stored before that rule
  // (or brought in by an import): written to the live copy directly.
  const piece = await publish("A plain title", "Nothing else about quasar here.");
  await db.publication.update({ where: { articleId: piece.id }, data: { title: "Control \u0002characters\u0003 in a title" } });
  const result = await searchPublications({ q: "quasar" });
  if (result.prompt) throw new Error("Expected results.");
  // The sentinels typed into the title are dropped before highlighting, so no <mark> appears without a match.
  expect(result.items[0].titleHtml).toBe("Control characters in a title");
});

test("an empty or blank query asks for one instead of failing", async () => {
  expect(await searchPublications({})).toEqual({ prompt: true });
  expect(await searchPublications({ q: "   " })).toEqual({ prompt: true });
});

test("queries with odd syntax, only stop words or malformed filters never fail", async () => {
  for (const q of ['"unclosed', "-", "or or or", "(a & b) | !c", "the", "':*", "\\", "a".repeat(600), "ünïcödé 日本"]) {
    const result = await searchPublications({ q });
    expect(result.prompt).toBe(false);
  }
  const result = await searchPublications({ q: "pangolin", year: "nineteen", page: "-3", division: ["a", "b"] });
  expect(result.prompt).toBe(false);
  if (!result.prompt) expect(result.page).toBe(1);
});

test("a NUL, which PostgreSQL refuses in any query, is dropped from the words and makes a filter no filter", async () => {
  await publish("Quokka trade routes", "Marsupials.");
  const result = await searchPublications({ q: "quok\u0000ka\u0000", topic: "\u0000", division: "ports\u0000" });
  expect(slugs(result)).toEqual(["quokka-trade-routes"]);
  expect(await searchPublications({ q: "\u0000" })).toEqual({ prompt: true });
});

test("results are paginated", async () => {
  for (let i = 0; i < PAGE_SIZE + 1; i++) await publish(`Aardvark study ${i}`, "Burrows.");
  const first = await searchPublications({ q: "aardvark" });
  const second = await searchPublications({ q: "aardvark", page: 2 });
  if (first.prompt || second.prompt) throw new Error("Expected results.");
  expect(first.total).toBe(PAGE_SIZE + 1);
  expect(first.pages).toBe(2);
  expect(first.items).toHaveLength(PAGE_SIZE);
  expect(second.items).toHaveLength(1);
  expect(new Set([...first.items, ...second.items].map((i) => i.slug)).size).toBe(PAGE_SIZE + 1);
});

test("a word in more pieces than can be ranked: the newest matches are ranked, and the page says there are more", async () => {
  const seed = await publish("Lighthouse keepers", "The lighthouse stood on the point.");
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
  await db.publication.update({ where: { articleId: seed.id }, data: { liveFrom: twoDaysAgo, publishedAt: twoDaysAgo } });
  // Clone the piece's rows in SQL: 1,004 more live pieces containing the word, the newest last.
  await db.$executeRaw`
    INSERT INTO "Article" ("id", "slug", "title", "standfirst", "body", "status", "createdById", "publishedAt", "updatedAt")
    SELECT 'clone-' || n, 'clone-' || n, 'Lighthouse ' || n, '', a."body", 'published', a."createdById", now(), now()
    FROM "Article" a, generate_series(1, 1004) n WHERE a."id" = ${seed.id}`;
  await db.$executeRaw`
    INSERT INTO "Revision" ("id", "articleId", "number", "title", "standfirst", "body", "meta", "kind")
    SELECT 'clone-' || n || '-r', 'clone-' || n, 1, 'Lighthouse ' || n, '', r."body", r."meta", 'publish'
    FROM "Revision" r, generate_series(1, 1004) n WHERE r."articleId" = ${seed.id} AND r."number" = 1`;
  await db.$executeRaw`
    INSERT INTO "Publication" ("articleId", "revisionId", "slug", "title", "standfirst", "body", "bodyHtml", "bodyText", "wordCount", "publishedAt", "liveFrom", "updatedAt")
    SELECT 'clone-' || n, 'clone-' || n || '-r', 'clone-' || n, 'Lighthouse ' || n, '', p."body", p."bodyHtml", p."bodyText", p."wordCount",
      now() - interval '1 day' + n * interval '1 second', now() - interval '1 day' + n * interval '1 second', now()
    FROM "Publication" p, generate_series(1, 1004) n WHERE p."articleId" = ${seed.id}`;

  const result = await searchPublications({ q: "lighthouse" });
  if (result.prompt) throw new Error("Expected results.");
  expect(result.more).toBe(true);
  expect(result.total).toBe(1000);
  expect(result.pages).toBe(Math.ceil(1000 / PAGE_SIZE));
  // Equal ranks fall back to the newest first: the last clone published leads.
  expect(result.items[0].slug).toBe("clone-1004");
  // The oldest piece (the original, older than every clone) is beyond the ranked set.
  expect(slugs(await searchPublications({ q: "lighthouse", page: Math.ceil(1000 / PAGE_SIZE) }))).not.toContain(seed.slug);

  const rare = await searchPublications({ q: "pangolin" });
  if (!rare.prompt) expect(rare.more).toBe(false);
});
