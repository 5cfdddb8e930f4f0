// The characters no text may hold (lib/platform/control-characters.ts), and the feed writer that must stay
// well-formed XML even for rows stored before inputs refused them.
import { writeFeed, type FeedData } from "@/lib/reader/feeds";
import { findControlCharacter, stripControlCharacters } from "@/lib/platform/control-characters";
import { readerParser, xmlError } from "../helpers/xml";

const forbidden = [
  ...Array.from({ length: 32 }, (_, i) => i).filter((i) => ![9, 10, 13].includes(i)),
  0xfffe,
  0xffff,
  0xd800,
  0xdbff,
  0xdc00,
  0xdfff,
];
/** Each forbidden character followed by a dot: two surrogate halves side by side would make a valid pair. */
const everyOne = forbidden.map((code) => `${String.fromCharCode(code)}.`).join("");
const dots = ".".repeat(forbidden.length);
const name = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

describe("findControlCharacter", () => {
  test.each(forbidden.map((code) => [name(code), code]))("finds %s and names it", (label, code) => {
    expect(findControlCharacter(`a${String.fromCharCode(code as number)}b`)).toEqual({
      codePoint: label,
      field: "input",
      message:
        (code as number) >= 0xd800 && (code as number) <= 0xdfff
          ? `Text may not contain an unpaired surrogate (${label}).`
          : `Text may not contain control characters (found ${label}).`,
    });
  });

  test("lets through tab, line feed, carriage return, DEL, C1 controls and surrogate pairs", () => {
    expect(findControlCharacter("a\tb\nc\r\u007F\u0085😀\uFDD0")).toBeNull();
  });

  test("names the form field that holds it, not a path into a list or a rich-text document", () => {
    expect(findControlCharacter({ title: "ok", standfirst: "x\u0002" })?.field).toBe("standfirst");
    expect(findControlCharacter({ article: { title: "x\u0003" } })?.field).toBe("article.title");
    expect(
      findControlCharacter({
        article: { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "\u0004" }] }] } },
      })?.field,
    ).toBe("article.body");
    expect(findControlCharacter({ topicIds: ["a", "b\u0005"] })?.field).toBe("topicIds");
    // A key with one is reported against the object that holds it.
    expect(findControlCharacter({ ["bad\u0006key"]: "value" })?.field).toBe("input");
  });

  test("strips every one of them, keeping the rest", () => {
    expect(stripControlCharacters(`a${everyOne}\t\n\r😀b`)).toBe(`a${dots}\t\n\r😀b`);
  });
});

describe("the feed writer", () => {
  // NUL and lone surrogates cannot come out of PostgreSQL (tests/integration/feeds.test.ts covers stored rows); here they reach the writer directly.
  const worst = `<b>x</b> & ]]> ${everyOne} end`;
  const feed: FeedData = {
    self: { rss: "https://think.example/feeds/rss.xml", atom: "https://think.example/feeds/atom.xml" },
    pageUrl: "https://think.example/",
    title: worst,
    description: worst,
    organisation: worst,
    homeUrl: "https://think.example/",
    updated: new Date("2026-01-01T00:00:00Z"),
    items: [
      {
        id: "urn:uuid:3f1c2e4a-5b6d-5e7f-8a9b-0c1d2e3f4a5b",
        url: "https://think.example/commentaries/a",
        title: worst,
        standfirst: worst,
        bodyHtml: `<p>${worst}</p>`,
        published: new Date("2026-01-01T00:00:00Z"),
        updated: new Date("2026-01-01T00:00:00Z"),
        authors: [{ name: worst, url: "https://think.example/authors/a" }],
        topics: [worst],
        image: {
          url: "https://think.example/media/m/r/social-1200-50-50.jpg",
          width: 1200,
          height: 630,
          alt: worst,
          caption: worst,
          credit: worst,
        },
      },
    ],
  };

  test.each(["rss", "atom"] as const)("writes well-formed %s whatever the strings hold", (format) => {
    const xml = writeFeed(format, feed);
    expect(xmlError(xml)).toBeNull();
    const doc = readerParser.parse(xml);
    const title = format === "rss" ? doc.rss.channel.item[0].title : doc.feed.entry[0].title["#text"];
    expect(title).toBe(`<b>x</b> & ]]> ${dots} end`);
  });
});
