// Figures (library images) and tables in a body: what the server accepts, in what canonical
// form, what it refuses and in which words, and the HTML a reader gets.
import type { JSONContent } from "@tiptap/core";
import { RichTextError, renderRichText, validateRichText } from "@/lib/content";
import type { MediaRef } from "@/lib/media/urls";

const text = (t: string): JSONContent => ({ type: "text", text: t });
const p = (t?: string): JSONContent => (t ? { type: "paragraph", content: [text(t)] } : { type: "paragraph" });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const MEDIA_ID = "cm4chart0000000000000001";
const figure = (attrs: Record<string, unknown> = {}): JSONContent => ({
  type: "figure",
  attrs: {
    mediaId: MEDIA_ID,
    alt: "Bar chart of defence spending",
    caption: "Spending, 2015–2025",
    credit: "Data: SIPRI",
    href: null,
    ...attrs,
  },
});
const cell = (t: string, attrs: Record<string, unknown> = {}): JSONContent => ({ type: "tableCell", attrs, content: [p(t)] });
const header = (t: string): JSONContent => ({ type: "tableHeader", content: [p(t)] });
const row = (...cells: JSONContent[]): JSONContent => ({ type: "tableRow", content: cells });
const table = (rows: JSONContent[], attrs: Record<string, unknown> = {}): JSONContent => ({ type: "table", attrs, content: rows });
const grid = () => table([row(header("Country"), header("2024")), row(cell("Japan"), cell("1.4%"))], { caption: "Defence spending" });

const chart: MediaRef = {
  id: MEDIA_ID,
  rev: "a1b2c3d4",
  width: 1600,
  height: 900,
  alt: "",
  caption: "",
  credit: "",
  focalX: 0.5,
  focalY: 0.5,
};
const media = new Map([[MEDIA_ID, chart]]);
const refuses = (input: JSONContent, message: string) => {
  expect(() => validateRichText("body", input)).toThrow(new RichTextError(message));
};

describe("figures: validation", () => {
  test("keeps a figure in its canonical form and drops what the schema does not define", () => {
    const out = validateRichText(
      "body",
      doc(p("Before"), figure({ onload: "x()", src: "https://evil.example/x.png", href: " https://data.example/chart " })),
    );
    expect(out.content?.[1]).toEqual({
      type: "figure",
      attrs: {
        mediaId: MEDIA_ID,
        alt: "Bar chart of defence spending",
        caption: "Spending, 2015–2025",
        credit: "Data: SIPRI",
        href: "https://data.example/chart",
      },
    });
  });

  test("accepts a figure with empty alt text in a draft (submission asks for it), and no link", () => {
    const out = validateRichText("body", doc(figure({ alt: "", caption: undefined, credit: null, href: "" })));
    expect(out.content?.[0].attrs).toEqual({ mediaId: MEDIA_ID, alt: "", caption: "", credit: "", href: null });
  });

  test.each([
    [
      "no library id",
      figure({ mediaId: undefined }),
      "An image in the text has a missing or malformed library id: choose it again from the media library.",
    ],
    [
      "a path for an id",
      figure({ mediaId: "../../etc/passwd" }),
      "An image in the text has a missing or malformed library id: choose it again from the media library.",
    ],
    [
      "an id of 65 characters",
      figure({ mediaId: "x".repeat(65) }),
      "An image in the text has a missing or malformed library id: choose it again from the media library.",
    ],
    ["a number for alt text", figure({ alt: 42 }), "The alt text of an image must be text."],
    ["long alt text", figure({ alt: "a".repeat(1001) }), "The alt text of an image is 1,001 characters long; the limit is 1,000."],
    ["a long caption", figure({ caption: "c".repeat(2001) }), "The caption of an image is 2,001 characters long; the limit is 2,000."],
    ["a long credit", figure({ credit: "c".repeat(301) }), "The credit of an image is 301 characters long; the limit is 300."],
    [
      "a script link",
      figure({ href: "javascript:alert(1)" }),
      'The link "javascript:alert(1)" is not allowed: links may use http, https or mailto, or point to an anchor on the page.',
    ],
  ])("refuses a figure with %s", (_what, node, message) => refuses(doc(node), message));

  test.each([
    ["a quote", { type: "blockquote", content: [figure()] }],
    ["a list", { type: "bulletList", content: [{ type: "listItem", content: [p("x"), figure()] }] }],
    ["a table cell", table([row({ type: "tableCell", content: [figure()] })])],
  ])("refuses an image inside %s, saying where", (where, node) => {
    refuses(doc(node), `An image cannot stand inside ${where}: move it out on its own.`);
  });

  test("refuses a figure in short texts (bios, disclaimers), which have no images", () => {
    expect(() => validateRichText("prose", doc(figure()))).toThrow('Unknown node type "figure".');
  });
});

describe("tables: validation", () => {
  test("keeps a table with a header row and caption, cells with their spans and no column widths", () => {
    const input = table([row(header("A"), header("B")), row(cell("wide", { colspan: 2, colwidth: [400, 200], style: "color:red" }))], {
      caption: "Two columns",
      style: "width: 9000px",
    });
    const out = validateRichText("body", doc(input)).content?.[0];
    expect(out?.attrs).toEqual({ caption: "Two columns" });
    expect(out?.content?.[1].content?.[0].attrs).toEqual({ colspan: 2, rowspan: 1, colwidth: null });
    expect(out?.content?.[0].content?.[0]).toEqual({
      type: "tableHeader",
      attrs: { colspan: 1, rowspan: 1, colwidth: null },
      content: [p("A")],
    });
  });

  test("accepts a table without a header row or caption", () => {
    expect(() => validateRichText("body", doc(table([row(cell("1"), cell("2"))])))).not.toThrow();
  });

  test.each([
    [
      "a ragged table",
      table([row(cell("a"), cell("b")), row(cell("c"))]),
      "Table 1 is not a grid: row 2 has 1 cell fewer than the widest row.",
    ],
    ["a table of empty rows", table([row(), row()]), "Table 1 has no cells."],
    [
      "a row short of the rows below it, counting a span",
      table([row(cell("a", { rowspan: 2 }), cell("b")), row(cell("c"), cell("d"), cell("e"))]),
      "Table 1 is not a grid: row 1 has 2 cells fewer than the widest row.",
    ],
    [
      "a span past the last row",
      table([row(cell("a", { rowspan: 3 }), cell("b")), row(cell("c"))]),
      "Table 1 is not a grid: a cell spans more rows than the table has.",
    ],
    ["a zero span", table([row(cell("a", { colspan: 0 }))]), "A table cell cannot span 0 columns: 1 to 30."],
    ["a fractional span", table([row(cell("a", { rowspan: 1.5 }))]), "A table cell cannot span 1.5 rows: 1 to 500."],
    [
      "a long caption",
      table([row(cell("a"))], { caption: "c".repeat(501) }),
      "The caption of a table is 501 characters long; the limit is 500.",
    ],
    ["31 columns", table([row(...Array.from({ length: 31 }, (_, i) => cell(String(i))))]), "Table 1 has 31 columns; the limit is 30."],
    [
      "a table in a table",
      table([row({ type: "tableCell", content: [grid()] })]),
      "A table cannot stand inside a table cell: move it out on its own.",
    ],
    ["a table in a quote", { type: "blockquote", content: [grid()] }, "A table cannot stand inside a quote: move it out on its own."],
  ])("refuses %s with a clear message", (_what, node, message) => refuses(doc(p("x"), node), message));

  test("refuses a table without rows as not well-formed", () => {
    expect(() => validateRichText("body", doc(table([])))).toThrow("The text is not well-formed");
  });

  test("refuses an empty cell (no paragraph) as not well-formed", () => {
    expect(() => validateRichText("body", doc(table([row({ type: "tableCell", content: [] })])))).toThrow("The text is not well-formed");
  });
});

describe("figures: HTML", () => {
  const render = (node: JSONContent, refs = media) => renderRichText("body", validateRichText("body", doc(node)), { media: refs });

  test("a figure is a picture with AVIF, WebP and JPEG candidates at the column's width, sized, lazy, with its caption and credit", () => {
    const html = render(figure());
    const base = `/media/${MEDIA_ID}/a1b2c3d4`;
    const sizes = 'sizes="(min-width: 44.5rem) 42rem, calc(100vw - 2.5rem)"';
    expect(html).toBe(
      `<figure class="figure"><picture>` +
        `<source type="image/avif" srcset="${base}/w320.avif 320w, ${base}/w640.avif 640w, ${base}/w960.avif 960w, ${base}/w1280.avif 1280w, ${base}/w1920.avif 1600w" ${sizes}>` +
        `<source type="image/webp" srcset="${base}/w320.webp 320w, ${base}/w640.webp 640w, ${base}/w960.webp 960w, ${base}/w1280.webp 1280w, ${base}/w1920.webp 1600w" ${sizes}>` +
        `<img src="${base}/w960.jpg" srcset="${base}/w320.jpg 320w, ${base}/w640.jpg 640w, ${base}/w960.jpg 960w, ${base}/w1280.jpg 1280w, ${base}/w1920.jpg 1600w" ${sizes}` +
        ` width="1600" height="900" alt="Bar chart of defence spending" loading="lazy" decoding="async">` +
        `</picture><figcaption><span class="figure__caption">Spending, 2015–2025</span> <span class="figure__credit">Data: SIPRI</span></figcaption></figure>`,
    );
  });

  test("a small image offers only the widths it has, its own the largest, and falls back to its full size", () => {
    const html = render(figure(), new Map([[MEDIA_ID, { ...chart, width: 500, height: 300 }]]));
    expect(html).toContain(`srcset="/media/${MEDIA_ID}/a1b2c3d4/w320.jpg 320w, /media/${MEDIA_ID}/a1b2c3d4/w640.jpg 500w"`);
    expect(html).toContain(`src="/media/${MEDIA_ID}/a1b2c3d4/w640.jpg"`);
    expect(html).toContain('width="500" height="300"');
  });

  test("a linked figure wraps the picture, not the caption, in the link", () => {
    const html = render(figure({ href: "https://data.example/spending" }));
    expect(html).toMatch(
      /^<figure class="figure"><a href="https:\/\/data.example\/spending" rel="noopener noreferrer"><picture>.*<\/picture><\/a><figcaption>/,
    );
  });

  test("no figcaption without caption or credit; the credit alone is still shown", () => {
    expect(render(figure({ caption: "", credit: "" }))).not.toContain("figcaption");
    expect(render(figure({ caption: "", credit: "Photo: A. Lee" }))).toContain(
      '<figcaption><span class="figure__credit">Photo: A. Lee</span></figcaption>',
    );
  });

  test("escapes alt text, caption and credit", () => {
    const html = render(
      figure({ alt: '"><script>alert(1)</script>', caption: "<b>bold</b> & co", credit: "<img src=x onerror=alert(1)>" }),
    );
    expect(html).not.toMatch(/<script|<b>|<img src=x/);
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt; &amp; co");
  });

  test("a figure whose image is gone from the library (or was not loaded) renders nothing", () => {
    expect(render(figure(), new Map())).toBe("");
    expect(renderRichText("body", validateRichText("body", doc(p("Text"), figure())))).toBe("<p>Text</p>");
  });
});

describe("tables: HTML", () => {
  const render = (...nodes: JSONContent[]) => renderRichText("body", validateRichText("body", doc(...nodes)));

  test("a table with a header row and caption: a labelled, focusable scrolling region, a caption, a head of column headers", () => {
    expect(render(grid())).toBe(
      `<div class="table-scroll" role="region" tabindex="0" aria-label="Defence spending"><table><caption>Defence spending</caption>` +
        `<thead><tr><th scope="col"><p>Country</p></th><th scope="col"><p>2024</p></th></tr></thead>` +
        `<tbody><tr><td><p>Japan</p></td><td><p>1.4%</p></td></tr></tbody></table></div>`,
    );
  });

  test("tables without captions are named by their order; header cells beside data cells head their row; spans are kept", () => {
    const first = table([row(cell("a"), cell("b"))]);
    const second = table([row(header("Japan"), cell("1.4%", { colspan: 2 }))]);
    const html = render(first, p("between"), second);
    expect(html).toContain('aria-label="Table 1"><table><tbody><tr><td><p>a</p></td>');
    expect(html).toContain('aria-label="Table 2"><table><tbody><tr><th scope="row"><p>Japan</p></th><td colspan="2"><p>1.4%</p></td></tr>');
    expect(html).not.toContain("<caption>");
  });

  test("escapes the caption", () => {
    const html = render(table([row(cell("a"))], { caption: '<script>x</script> "q"' }));
    expect(html).toContain('aria-label="&lt;script&gt;x&lt;/script&gt; &quot;q&quot;"');
    expect(html).toContain("<caption>&lt;script&gt;x&lt;/script&gt; &quot;q&quot;</caption>");
  });
});
