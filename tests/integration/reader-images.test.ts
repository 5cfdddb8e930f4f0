// What readers and machines get of a piece's images: the sharing cards and JSON-LD, the feeds'
// media, and authors' portraits (set in the admin form, shown with the piece and on the
// author's page).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { createAuthor, updateAuthor } from "@/lib/admin/authors";
import { buildFeed } from "@/lib/reader/feeds";
import { articleJsonLd, authorJsonLd, authorSharing, buildArticleMetadata, serializeJsonLd } from "@/lib/reader/seo";
import { loadPieceFacts } from "@/lib/reader/piece-facts";
import { getLivePublication, getPublicAuthor } from "@/lib/reader/publications";
import { db } from "@/lib/platform/db";
import { ValidationError } from "@/lib/platform/errors";
import { makeMediaAsset, makeUser } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { publishPiece } from "../helpers/pieces";

const BASE = "https://think.example";
let editor: Awaited<ReturnType<typeof makeUser>>;
let amara: Awaited<ReturnType<typeof makeUser>>;
let lead: Awaited<ReturnType<typeof makeMediaAsset>>;
let portrait: Awaited<ReturnType<typeof makeMediaAsset>>;
let withImage: string;
let without: string;

const social = (m: { id: string; rev: string }) => `${BASE}/media/${m.id}/${m.rev}/social-1200-30-60.jpg`;
const square = (m: { id: string; rev: string }) => `${BASE}/media/${m.id}/${m.rev}/square-400-30-60.jpg`;

beforeAll(async () => {
  await db.siteSettings.create({
    data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "UTC" },
  });
  editor = await makeUser("editor");
  amara = await makeUser("writer", { name: "Amara Okafor" });
  lead = await makeMediaAsset({
    title: "Strait",
    alt: "Tankers in a narrow strait at dusk",
    caption: "The strait & its <traffic>.",
    credit: "Illustration: Standfirst demo",
  });
  portrait = await makeMediaAsset({ title: "Amara", alt: "Amara Okafor" });
  await db.authorProfile.update({ where: { id: amara.author!.id }, data: { portraitId: portrait.id } });
  withImage = (await publishPiece(editor, { title: "Straits", authorIds: [amara.author!.id], leadImageId: lead.id })).slug;
  without = (await publishPiece(editor, { title: "Plain", authorIds: [amara.author!.id] })).slug;
});

test("a piece with a lead image shares the social crop as og:image and a large Twitter card; one without, a summary card", async () => {
  const meta = buildArticleMetadata((await loadPieceFacts(withImage))!);
  expect(meta.openGraph?.images).toEqual([{ url: social(lead), width: 1200, height: 630, alt: "Tankers in a narrow strait at dusk" }]);
  expect(meta.twitter).toMatchObject({
    card: "summary_large_image",
    images: [{ url: social(lead), alt: "Tankers in a narrow strait at dusk" }],
  });

  const plain = buildArticleMetadata((await loadPieceFacts(without))!);
  expect(plain.openGraph?.images).toBeUndefined();
  expect(plain.twitter).toMatchObject({ card: "summary" });
});

test("JSON-LD names the image of the article and each author's portrait", async () => {
  const data = JSON.parse(serializeJsonLd(articleJsonLd((await loadPieceFacts(withImage))!)));
  expect(data.image).toEqual({ "@type": "ImageObject", url: social(lead), width: 1200, height: 630 });
  expect(data.author[0]).toMatchObject({ "@type": "Person", name: "Amara Okafor", image: square(portrait) });
  expect(JSON.parse(serializeJsonLd(articleJsonLd((await loadPieceFacts(without))!))).image).toBeUndefined();

  // The author's own page says the same of them.
  const profile = JSON.parse(serializeJsonLd(authorJsonLd((await getPublicAuthor(amara.author!.slug))!, BASE)));
  expect(profile).toMatchObject({
    "@type": "ProfilePage",
    mainEntity: { "@type": "Person", name: "Amara Okafor", url: `${BASE}/authors/${amara.author!.slug}`, image: square(portrait) },
  });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name, jpath) => ["item", "entry"].includes(name) || jpath === "feed.entry.link",
});

test("RSS carries the lead image as Media RSS content with its alt text and credit", async () => {
  const xml = (await buildFeed({ kind: "site" }, "rss"))!;
  expect(XMLValidator.validate(xml)).toBe(true);
  const rss = parser.parse(xml).rss;
  expect(rss["@xmlns:media"]).toBe("http://search.yahoo.com/mrss/");
  const items = rss.channel.item as { link: string; "media:content"?: Record<string, unknown> }[];
  const item = items.find((i) => i.link.endsWith(withImage))!;
  expect(item["media:content"]).toEqual({
    "@url": social(lead),
    "@type": "image/jpeg",
    "@medium": "image",
    "@width": "1200",
    "@height": "630",
    "media:description": { "@type": "plain", "#text": "Tankers in a narrow strait at dusk" },
    "media:credit": "Illustration: Standfirst demo",
  });
  expect(items.find((i) => i.link.endsWith(without))!["media:content"]).toBeUndefined();
});

test("Atom links the image as an enclosure and opens the entry's content with it as a figure", async () => {
  const xml = (await buildFeed({ kind: "site" }, "atom"))!;
  expect(XMLValidator.validate(xml)).toBe(true);
  const entries = parser.parse(xml).feed.entry as { link: Record<string, string>[]; content: { "#text": string } }[];
  // Entries are named by their article id; their page is the alternate link.
  const pageOf = (e: (typeof entries)[number]) => e.link.find((l) => l["@rel"] === "alternate")!["@href"];
  const entry = entries.find((e) => pageOf(e).endsWith(withImage))!;
  expect(entry.link).toContainEqual({ "@rel": "enclosure", "@type": "image/jpeg", "@href": social(lead) });
  // The content is HTML (the parser undoes the XML's escaping): the caption's "<traffic>" is text, not a tag.
  expect(entry.content["#text"]).toMatch(
    new RegExp(
      `^<figure><img src="${social(lead).replace(/[.?]/g, "\\$&")}" alt="Tankers in a narrow strait at dusk" width="1200" height="630">` +
        `<figcaption>The strait &amp; its &lt;traffic&gt;. Illustration: Standfirst demo</figcaption></figure>`,
    ),
  );
  expect(entries.find((e) => pageOf(e).endsWith(without))!.link).toHaveLength(1);
});

test("an author's portrait is set in the admin form, checked against the library, and shown with their pieces and page", async () => {
  const e = await actorFor(editor);
  const face = await makeMediaAsset({ alt: "Nadia Rahman" });
  const author = await createAuthor(e, { displayName: "Nadia Rahman", portraitId: face.id });
  expect((await db.authorProfile.findUniqueOrThrow({ where: { id: author.id } })).portraitId).toBe(face.id);

  const error = await updateAuthor(e, author.id, { displayName: "Nadia Rahman", portraitId: "no-such-portrait" }).catch((x: unknown) => x);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).message).toBe("The portrait is no longer in the media library.");

  // An edit that leaves the field out keeps the portrait; "" removes it.
  await updateAuthor(e, author.id, { displayName: "Nadia Rahman", position: "Visiting Scholar" });
  expect((await db.authorProfile.findUniqueOrThrow({ where: { id: author.id } })).portraitId).toBe(face.id);
  await updateAuthor(e, author.id, { displayName: "Nadia Rahman", portraitId: "" });
  expect((await db.authorProfile.findUniqueOrThrow({ where: { id: author.id } })).portraitId).toBeNull();

  const audit = await db.auditEvent.findMany({ where: { action: "authors.update" }, orderBy: { createdAt: "asc" } });
  expect(JSON.stringify(audit.at(-1)?.details)).toContain("portraitId");

  expect((await getPublicAuthor(amara.author!.slug))?.portrait).toMatchObject({ id: portrait.id, rev: portrait.rev, alt: "Amara Okafor" });
  expect((await getLivePublication(withImage))?.authors[0].portrait).toMatchObject({ id: portrait.id, focalX: 0.3, focalY: 0.6 });
});

test("an author's page, shared, shows their portrait on a summary card; without a portrait, the card alone", async () => {
  const site = { baseUrl: BASE, siteName: "Think Example" };
  const shared = authorSharing((await getPublicAuthor(amara.author!.slug))!, site);
  expect(shared.openGraph).toMatchObject({
    type: "profile",
    url: `${BASE}/authors/${amara.author!.slug}`,
    title: "Amara Okafor",
    images: [{ url: square(portrait), width: 400, height: 400, alt: "Amara Okafor" }],
  });
  expect(shared.twitter).toMatchObject({ card: "summary", images: [{ url: square(portrait) }] });

  const faceless = await makeUser("writer", { name: "Ravi Menon" });
  await publishPiece(editor, { title: "Monsoon Ports", authorIds: [faceless.author!.id] });
  const plain = authorSharing((await getPublicAuthor(faceless.author!.slug))!, site);
  expect(plain.openGraph).toMatchObject({ type: "profile", title: "Ravi Menon" });
  expect(plain.openGraph?.images).toBeUndefined();
  expect(plain.twitter).toMatchObject({ card: "summary" });
});
