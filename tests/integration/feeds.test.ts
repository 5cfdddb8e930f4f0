// Feeds list exactly the live pieces (site-wide, or one author's, division's or topic's),
// newest first, as XML that a real parser accepts.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { db } from "@/lib/db";
import { buildFeed, feedContentTypes, feedPath, FEED_SIZE } from "@/lib/feeds";
import { transition } from "@/lib/workflow";
import { makeArticle, makeDivision, makeUser } from "../helpers/db";
import { actorFor, makeTopic, publishPiece } from "../helpers/public-pieces";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name, jpath) => ["item", "entry", "author", "category", "dc:creator"].includes(name) || jpath === "feed.link",
});

function parse(xml: string | null) {
  expect(xml).not.toBeNull();
  expect(XMLValidator.validate(xml!)).toBe(true);
  return parser.parse(xml!);
}

const BASE = "https://think.example";
let editor: Awaited<ReturnType<typeof makeUser>>;
let amara: Awaited<ReturnType<typeof makeUser>>;
let lucas: Awaited<ReturnType<typeof makeUser>>;
let trade: { id: string; slug: string };
let security: { id: string; slug: string };
let ports: { id: string; slug: string };
let cyber: { id: string; slug: string };
const slugs: Record<string, string> = {};

const rssLinks = (xml: string | null) => (parse(xml).rss.channel.item ?? []).map((i: { link: string }) => i.link);
const atomLinks = (xml: string | null) => (parse(xml).feed.entry ?? []).map((e: { id: string }) => e.id);
const url = (name: string) => `${BASE}/commentaries/${slugs[name]}`;

beforeAll(async () => {
  await db.siteSettings.create({ data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "Europe/London" } });
  editor = await makeUser("editor", { name: "Eddie Editor" });
  amara = await makeUser("writer", { name: "Amara Okafor" });
  lucas = await makeUser("writer", { name: "Lucas Martin" });
  trade = await makeDivision();
  security = await makeDivision();
  ports = await makeTopic("Ports");
  cyber = await makeTopic("Cyber");

  const first = await publishPiece(editor, { title: "Ports & power <in> the Gulf", authorIds: [amara.author!.id], divisionId: trade.id, topicIds: [ports.id] });
  slugs.first = first.slug;
  const second = await publishPiece(editor, { title: "Undersea cables", authorIds: [lucas.author!.id, amara.author!.id], divisionId: security.id, topicIds: [cyber.id] });
  slugs.second = second.slug;
  slugs.draft = (await makeArticle({ createdById: editor.id, authorIds: [amara.author!.id], divisionId: trade.id })).slug;
  slugs.scheduled = (await publishPiece(editor, { title: "Next week", authorIds: [amara.author!.id], divisionId: trade.id, topicIds: [ports.id], publishAt: new Date(Date.now() + 86_400_000) })).slug;
  const withdrawn = await publishPiece(editor, { title: "Withdrawn", authorIds: [amara.author!.id], divisionId: trade.id, topicIds: [ports.id] });
  await transition(await actorFor(editor), withdrawn.id, "unpublish");
  slugs.withdrawn = withdrawn.slug;
  // The second piece went live later than the first, so it leads the feeds.
  await db.publication.update({ where: { slug: first.slug }, data: { liveFrom: new Date(Date.now() - 3_600_000) } });
});

test("the site's RSS feed lists exactly the live pieces, newest first, with absolute links and their content", async () => {
  const xml = await buildFeed({ kind: "site" }, "rss");
  expect(rssLinks(xml)).toEqual([url("second"), url("first")]);

  const channel = parse(xml).rss.channel;
  expect(channel.title).toBe("Think Example: Commentaries");
  expect(channel.link).toBe(`${BASE}/`);
  const [second, first] = channel.item;
  expect(first.title).toBe("Ports & power <in> the Gulf");
  expect(first.guid["#text"]).toBe(url("first"));
  expect(first.description).toBe("Why Ports & power <in> the Gulf matters.");
  expect(first["content:encoded"]).toContain("<p>A sentence worth reading.</p>");
  expect(new Date(first.pubDate).getTime()).not.toBeNaN();
  // RSS's <author> takes an email address; bylines go in Dublin Core's creator, in order.
  expect(second.author).toBeUndefined();
  expect(second["dc:creator"]).toEqual(["Lucas Martin, Amara Okafor"]);
  expect(first.category).toEqual(["Ports"]);
});

test("the site's Atom feed lists the same pieces, with authors in byline order and a self link", async () => {
  const xml = await buildFeed({ kind: "site" }, "atom");
  expect(atomLinks(xml)).toEqual([url("second"), url("first")]);
  const feed = parse(xml).feed;
  expect(feed.link.map((l: Record<string, string>) => [l["@rel"], l["@href"]])).toEqual(
    expect.arrayContaining([["self", `${BASE}/feeds/atom.xml`]]),
  );
  const [second, first] = feed.entry;
  expect(second.author.map((a: { name: string }) => a.name)).toEqual(["Lucas Martin", "Amara Okafor"]);
  expect(second.author[0].uri).toBe(`${BASE}/authors/${lucas.author!.slug}`);
  expect(first.title["#text"] ?? first.title).toBe("Ports & power <in> the Gulf");
  expect(first.summary["#text"] ?? first.summary).toBe("Why Ports & power <in> the Gulf matters.");
  expect(new Date(first.published).getTime()).toBeLessThanOrEqual(new Date(first.updated).getTime());
});

test("per-author, per-division and per-topic feeds keep only their own live pieces", async () => {
  expect(rssLinks(await buildFeed({ kind: "author", slug: amara.author!.slug }, "rss"))).toEqual([url("second"), url("first")]);
  expect(atomLinks(await buildFeed({ kind: "author", slug: lucas.author!.slug }, "atom"))).toEqual([url("second")]);
  expect(rssLinks(await buildFeed({ kind: "division", slug: trade.slug }, "rss"))).toEqual([url("first")]);
  expect(atomLinks(await buildFeed({ kind: "division", slug: security.slug }, "atom"))).toEqual([url("second")]);
  expect(rssLinks(await buildFeed({ kind: "topic", slug: ports.slug }, "rss"))).toEqual([url("first")]);
  expect(atomLinks(await buildFeed({ kind: "topic", slug: cyber.slug }, "atom"))).toEqual([url("second")]);
  expect(parse(await buildFeed({ kind: "topic", slug: cyber.slug }, "rss")).rss.channel.title).toBe("Cyber | Think Example");
});

test("a scheduled piece joins the feeds once its time has come", async () => {
  await db.publication.update({ where: { slug: slugs.scheduled }, data: { liveFrom: new Date(Date.now() - 1000) } });
  try {
    expect(rssLinks(await buildFeed({ kind: "division", slug: trade.slug }, "rss"))).toEqual([url("scheduled"), url("first")]);
  } finally {
    await db.publication.update({ where: { slug: slugs.scheduled }, data: { liveFrom: new Date(Date.now() + 86_400_000) } });
  }
});

test("titles and text that contain CDATA terminators stay inside their elements", async () => {
  const hostile = "Closing ]]> twice ]]> and <script>alert(1)</script>";
  await db.publication.update({ where: { slug: slugs.second }, data: { title: hostile, standfirst: "a ]]> b ]]> c ]]> d" } });
  try {
    for (const format of ["rss", "atom"] as const) {
      const doc = parse(await buildFeed({ kind: "author", slug: lucas.author!.slug }, format));
      const [item] = format === "rss" ? doc.rss.channel.item : doc.feed.entry;
      expect(item.title["#text"] ?? item.title).toBe(hostile);
      expect(item.description ?? item.summary["#text"]).toBe("a ]]> b ]]> c ]]> d");
    }
  } finally {
    await db.publication.update({ where: { slug: slugs.second }, data: { title: "Undersea cables", standfirst: "Why Undersea cables matters." } });
  }
});

test("an unknown author, division or topic has no feed", async () => {
  expect(await buildFeed({ kind: "author", slug: "nobody" }, "rss")).toBeNull();
  expect(await buildFeed({ kind: "division", slug: "nowhere" }, "atom")).toBeNull();
  expect(await buildFeed({ kind: "topic", slug: "nothing" }, "rss")).toBeNull();
});

test("an empty feed is still a valid feed", async () => {
  const quiet = await makeTopic("Quiet");
  expect(parse(await buildFeed({ kind: "topic", slug: quiet.slug }, "rss")).rss.channel.item).toBeUndefined();
  expect(parse(await buildFeed({ kind: "topic", slug: quiet.slug }, "atom")).feed.entry).toBeUndefined();
});

test("feeds have their addresses and content types, and hold at most FEED_SIZE pieces", () => {
  expect(feedPath({ kind: "site" }, "rss")).toBe("/feeds/rss.xml");
  expect(feedPath({ kind: "author", slug: "amara" }, "atom")).toBe("/feeds/authors/amara/atom.xml");
  expect(feedContentTypes).toEqual({ rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" });
  expect(FEED_SIZE).toBeGreaterThanOrEqual(20);
  expect(FEED_SIZE).toBeLessThanOrEqual(50);
});
