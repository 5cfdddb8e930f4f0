// Feeds list exactly the live pieces (site-wide, or one author's, division's or topic's),
// newest first, as XML that a real parser accepts.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { GET as feedGet } from "@/app/feeds/[kind]/[slug]/[file]/route";
import { GET as siteAtom } from "@/app/feeds/atom.xml/route";
import { GET as siteRss } from "@/app/feeds/rss.xml/route";
import { db } from "@/lib/platform/db";
import { buildFeed, feedContentTypes, FEED_SIZE } from "@/lib/reader/feeds";
import { paths } from "@/lib/platform/paths";
import { transition } from "@/lib/editorial/workflow";
import { makeArticle, makeDivision, makeUser, makeTopic } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { publishPiece } from "../helpers/pieces";
import { htmlText, readerParser, xmlError } from "../helpers/xml";
import { xssPayloads } from "../security/xss-payloads";

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
type AtomLink = { "@rel": string; "@href": string };
/** An Atom entry's page: its alternate link (its id names the piece, not its address). */
const atomPage = (entry: { link: AtomLink | AtomLink[] }) => [entry.link].flat().find((l) => l["@rel"] === "alternate")!["@href"];
const atomLinks = (xml: string | null) => (parse(xml).feed.entry ?? []).map(atomPage);
const url = (name: string) => `${BASE}/commentaries/${slugs[name]}`;

beforeAll(async () => {
  await db.siteSettings.create({
    data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "Europe/London" },
  });
  editor = await makeUser("editor", { name: "Eddie Editor" });
  amara = await makeUser("writer", { name: "Amara Okafor" });
  lucas = await makeUser("writer", { name: "Lucas Martin" });
  trade = await makeDivision();
  security = await makeDivision();
  ports = await makeTopic("Ports");
  cyber = await makeTopic("Cyber");

  const first = await publishPiece(editor, {
    title: "Ports & power <in> the Gulf",
    authorIds: [amara.author!.id],
    divisionId: trade.id,
    topicIds: [ports.id],
  });
  slugs.first = first.slug;
  const second = await publishPiece(editor, {
    title: "Undersea cables",
    authorIds: [lucas.author!.id, amara.author!.id],
    divisionId: security.id,
    topicIds: [cyber.id],
  });
  slugs.second = second.slug;
  slugs.draft = (await makeArticle({ createdById: editor.id, authorIds: [amara.author!.id], divisionId: trade.id })).slug;
  slugs.scheduled = (
    await publishPiece(editor, {
      title: "Next week",
      authorIds: [amara.author!.id],
      divisionId: trade.id,
      topicIds: [ports.id],
      publishAt: new Date(Date.now() + 86_400_000),
    })
  ).slug;
  const withdrawn = await publishPiece(editor, {
    title: "Withdrawn",
    authorIds: [amara.author!.id],
    divisionId: trade.id,
    topicIds: [ports.id],
  });
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
  // The guid names the piece (its article id), not its address: see tests/integration/permalinks.test.ts.
  expect(first.guid["#text"]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(first.guid["@isPermaLink"]).toBe("false");
  // RSS's description is HTML: readers render it, so the standfirst arrives escaped as HTML.
  expect(htmlText(first.description)).toBe("Why Ports & power <in> the Gulf matters.");
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
      expect(format === "rss" ? htmlText(item.description) : item.summary["#text"]).toBe("a ]]> b ]]> c ]]> d");
    }
  } finally {
    await db.publication.update({
      where: { slug: slugs.second },
      data: { title: "Undersea cables", standfirst: "Why Undersea cables matters." },
    });
  }
});

test("an unknown author, division or topic has no feed", async () => {
  expect(await buildFeed({ kind: "author", slug: "nobody" }, "rss")).toBeNull();
  expect(await buildFeed({ kind: "division", slug: "nowhere" }, "atom")).toBeNull();
  expect(await buildFeed({ kind: "topic", slug: "nothing" }, "rss")).toBeNull();
});

test("an author with nothing live has no feed, as they have no page: drafts, scheduled and withdrawn pieces do not count", async () => {
  const quiet = await makeUser("writer", { name: "Quinn Quiet" });
  const slug = quiet.author!.slug;
  const feedStatus = async (file: string) =>
    (await feedGet(new Request("http://x/"), { params: Promise.resolve({ kind: "authors", slug, file }) })).status;
  expect([await buildFeed({ kind: "author", slug }, "rss"), await feedStatus("rss.xml"), await feedStatus("atom.xml")]).toEqual([
    null,
    404,
    404,
  ]);

  await makeArticle({ createdById: quiet.id, authorIds: [quiet.author!.id] });
  await publishPiece(editor, { title: "Quiet later", authorIds: [quiet.author!.id], publishAt: new Date(Date.now() + 86_400_000) });
  const withdrawn = await publishPiece(editor, { title: "Quiet withdrawn", authorIds: [quiet.author!.id] });
  await transition(await actorFor(editor), withdrawn.id, "unpublish");
  expect([await buildFeed({ kind: "author", slug }, "atom"), await feedStatus("rss.xml"), await feedStatus("atom.xml")]).toEqual([
    null,
    404,
    404,
  ]);

  const live = await publishPiece(editor, { title: "Quiet at last", authorIds: [quiet.author!.id] });
  expect([await feedStatus("rss.xml"), await feedStatus("atom.xml")]).toEqual([200, 200]);
  expect(rssLinks(await buildFeed({ kind: "author", slug }, "rss"))).toEqual([`${BASE}/commentaries/${live.slug}`]);
});

test("a feed address whose slug no slug can be is not found, even one holding a NUL", async () => {
  for (const slug of ["a\u0000b", "UPPER", "a b", "../x", "-x"]) {
    const response = await feedGet(new Request("http://x/"), { params: Promise.resolve({ kind: "topics", slug, file: "rss.xml" }) });
    expect({ slug, status: response.status }).toEqual({ slug, status: 404 });
  }
});

test("an empty feed is still a valid feed", async () => {
  const quiet = await makeTopic("Quiet");
  expect(parse(await buildFeed({ kind: "topic", slug: quiet.slug }, "rss")).rss.channel.item).toBeUndefined();
  expect(parse(await buildFeed({ kind: "topic", slug: quiet.slug }, "atom")).feed.entry).toBeUndefined();
});

test("feeds have their addresses and content types, and hold at most FEED_SIZE pieces", () => {
  expect(paths.feed({ kind: "site" }, "rss")).toBe("/feeds/rss.xml");
  expect(paths.feed({ kind: "author", slug: "amara" }, "atom")).toBe("/feeds/authors/amara/atom.xml");
  expect(feedContentTypes).toEqual({ rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" });
  expect(FEED_SIZE).toBeGreaterThanOrEqual(20);
  expect(FEED_SIZE).toBeLessThanOrEqual(50);
});

describe("hostile text in every field of every feed", () => {
  // Every C0 control XML forbids, and the two non-characters. U+0000 is left out of stored
  // rows because PostgreSQL cannot store it (inputs refuse it); tests/unit covers the writer with it.
  const controls =
    Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
      .filter((c) => !"\0\t\n\r".includes(c))
      .join("") + "\uFFFE\uFFFF";
  // What a reader gets: the forbidden characters dropped, and line ends as XML (and HTML) parsers report them.
  const stripped = (text: string) => text.replace(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/\r\n?/g, "\n");
  const extras = "< & ]]> &amp; &lt; &#7; <![CDATA[ \"quotes\" 'apostrophes'";
  const payloads = xssPayloads().map((p) => p.text);
  /** Text that starts and ends visibly (parsers trim whitespace at the edges) and holds everything. */
  const hostile = (label: string, chunk: string[]) => `${label} [${chunk.join(" ")} ${extras} ${controls}] end`;

  const titles = new Map<string, string>();
  const standfirsts = new Map<string, string>();
  const bodies = new Map<string, string>();
  let authorSlug = "";
  let divisionSlug = "";
  let topicSlug = "";
  const authorName = hostile("Author", ["<b>Ada</b>", "<script>__xss(0)</script>"]);
  const divisionName = hostile("Division", ["<i>Defence</i>"]);
  const topicName = hostile("Topic", ["<u>Ports</u>", "<img src=x onerror=__xss(0)>"]);
  const BOLD = "<b>x</b>";

  beforeAll(async () => {
    const writer = await makeUser("writer", { name: "Hostile Writer" });
    await db.authorProfile.update({ where: { id: writer.author!.id }, data: { displayName: authorName } });
    authorSlug = writer.author!.slug;
    const division = await makeDivision();
    await db.division.update({ where: { id: division.id }, data: { name: divisionName } });
    divisionSlug = division.slug;
    const topic = await makeTopic("Hostile topic");
    await db.topic.update({ where: { id: topic.id }, data: { name: topicName } });
    topicSlug = topic.slug;
    // As many pieces as a feed holds, so the whole corpus reaches every feed; the last is the plain "<b>x</b>" title.
    const per = Math.ceil(payloads.length / (FEED_SIZE - 1));
    for (let i = 0; i < FEED_SIZE; i++) {
      const chunk = payloads.slice(i * per, (i + 1) * per);
      const piece = await publishPiece(editor, {
        title: `Hostile ${i}`,
        authorIds: [writer.author!.id],
        divisionId: division.id,
        topicIds: [topic.id],
      });
      const title = i === FEED_SIZE - 1 ? BOLD : hostile(`Title ${i}`, chunk);
      const standfirst = hostile(`Standfirst ${i}`, [...chunk].reverse());
      const body = `<p>${hostile(`Body ${i}`, chunk)}</p>`;
      // Rows as they may have been stored before inputs refused control characters. Each is
      // newer than the last and already live: a time even a millisecond ahead can still be
      // in the future when the first feed is read.
      await db.publication.update({
        where: { slug: piece.slug },
        data: { title, standfirst, bodyHtml: body, liveFrom: new Date(Date.now() - FEED_SIZE + i) },
      });
      const link = `${BASE}/commentaries/${piece.slug}`;
      titles.set(link, title);
      standfirsts.set(link, standfirst);
      bodies.set(link, body);
    }
  });

  const params = (kind: string, slug: () => string, file: string) => ({ params: Promise.resolve({ kind, slug: slug(), file }) });
  const variants: [string, () => Promise<Response>][] = [
    ["site RSS", () => siteRss()],
    ["site Atom", () => siteAtom()],
    ...(["rss.xml", "atom.xml"] as const).flatMap((file): [string, () => Promise<Response>][] => [
      [
        `author ${file}`,
        () =>
          feedGet(
            new Request("http://x/"),
            params("authors", () => authorSlug, file),
          ),
      ],
      [
        `division ${file}`,
        () =>
          feedGet(
            new Request("http://x/"),
            params("divisions", () => divisionSlug, file),
          ),
      ],
      [
        `topic ${file}`,
        () =>
          feedGet(
            new Request("http://x/"),
            params("topics", () => topicSlug, file),
          ),
      ],
    ]),
  ];

  test.each(variants)(
    "the %s feed is well-formed XML, and every text arrives as typed, less the characters XML cannot carry",
    async (name, get) => {
      const response = await get();
      expect(response.status).toBe(200);
      // Decoded as a reader decodes the bytes: invalid UTF-8 would throw.
      const xml = new TextDecoder("utf-8", { fatal: true }).decode(await response.arrayBuffer());
      expect(xmlError(xml)).toBeNull();
      const doc = readerParser.parse(xml);
      const atom = name.includes("Atom") || name.includes("atom");
      const items: Record<string, unknown>[] = atom ? doc.feed.entry : doc.rss.channel.item;
      expect(items).toHaveLength(FEED_SIZE);
      for (const item of items) {
        const link = atom ? atomPage(item as { link: AtomLink | AtomLink[] }) : (item.link as string);
        expect(titles.has(link)).toBe(true);
        if (atom) {
          const entry = item as {
            title: { "#text": string; "@type": string };
            summary: { "#text": string; "@type": string };
            content: { "#text": string; "@type": string };
            author: { name: string }[];
            category: { "@term": string }[];
          };
          expect(entry.title).toEqual({ "#text": stripped(titles.get(link)!), "@type": "text" });
          expect(entry.summary).toEqual({ "#text": stripped(standfirsts.get(link)!), "@type": "text" });
          expect(entry.content).toEqual({ "#text": stripped(bodies.get(link)!), "@type": "html" });
          expect(entry.author.map((a) => a.name)).toEqual([stripped(authorName)]);
          expect(entry.category.map((c) => c["@term"])).toEqual([stripped(topicName)]);
        } else {
          const rssItem = item as {
            title: string;
            description: string;
            "content:encoded": string;
            "dc:creator": string[];
            category: string[];
          };
          expect(rssItem.title).toBe(stripped(titles.get(link)!));
          expect(htmlText(rssItem.description)).toBe(stripped(standfirsts.get(link)!));
          expect(rssItem["content:encoded"]).toBe(stripped(bodies.get(link)!));
          expect(rssItem["dc:creator"]).toEqual([stripped(authorName)]);
          expect(rssItem.category).toEqual([stripped(topicName)]);
        }
      }
      const feedTitle = atom ? doc.feed.title["#text"] : doc.rss.channel.title;
      if (name.startsWith("author")) expect(feedTitle).toBe(`${stripped(authorName)} | Think Example`);
      if (name.startsWith("division")) expect(feedTitle).toBe(`${stripped(divisionName)} | Think Example`);
      if (name.startsWith("topic")) expect(feedTitle).toBe(`${stripped(topicName)} | Think Example`);
    },
  );

  test("a title typed as <b>x</b> reaches the reader as those eight characters, not as bold markup", async () => {
    const link = [...titles].find(([, title]) => title === BOLD)![0];
    const atomXml = await (await siteAtom()).text();
    const rssXml = await (await siteRss()).text();
    // Escaped in the document, declared as text in Atom, and read back as the literal characters.
    expect(atomXml).toContain('<title type="text">&lt;b&gt;x&lt;/b&gt;</title>');
    expect(rssXml).toContain("<title>&lt;b&gt;x&lt;/b&gt;</title>");
    expect(atomXml).not.toContain("<![CDATA[");
    expect(rssXml).not.toContain("<![CDATA[");
    const entry = readerParser.parse(atomXml).feed.entry.find((e: { link: AtomLink | AtomLink[] }) => atomPage(e) === link);
    const item = readerParser.parse(rssXml).rss.channel.item.find((i: { link: string }) => i.link === link);
    expect(entry.title).toEqual({ "#text": BOLD, "@type": "text" });
    expect(item.title).toBe(BOLD);
  });
});
