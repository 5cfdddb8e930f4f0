// A piece's body in a feed is read on another site: its images and footnote links must carry the
// site's own address, or a feed reader shows broken images and dead note links.
import { absoluteBodyHtml } from "@/lib/reader/feeds";
import { renderRichText, validateRichText } from "@/lib/content";

const url = (path: string) => `https://think.example${path}`;
const pieceUrl = "https://think.example/commentaries/ports";

test("figures' sources and srcsets, and footnote links, point at the site; other links stay as they are", () => {
  const body = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "A claim" },
          { type: "footnoteReference", attrs: { "data-id": "n1" } },
        ],
      },
      {
        type: "paragraph",
        content: [{ type: "text", text: "elsewhere", marks: [{ type: "link", attrs: { href: "https://other.example/x" } }] }],
      },
      { type: "figure", attrs: { mediaId: "cmedia00001", alt: "A chart", caption: "", credit: "", href: null } },
      {
        type: "footnotes",
        content: [
          { type: "footnote", attrs: { "data-id": "n1" }, content: [{ type: "paragraph", content: [{ type: "text", text: "Source." }] }] },
        ],
      },
    ],
  };
  const media = new Map([
    [
      "cmedia00001",
      { id: "cmedia00001", rev: "abc123", width: 1600, height: 900, alt: "", caption: "", credit: "", focalX: 0.5, focalY: 0.5 },
    ],
  ]);
  const html = absoluteBodyHtml(renderRichText("body", validateRichText("body", body), { media }), pieceUrl, url);
  expect(html).toContain(`href="${pieceUrl}#fn-1"`);
  expect(html).toContain(`href="${pieceUrl}#fnref-1"`);
  expect(html).toContain('href="https://other.example/x"');
  expect(html).toMatch(/src="https:\/\/think\.example\/media\/cmedia00001\/abc123\/w\d+\.jpg"/);
  const srcsets = [...html.matchAll(/srcset="([^"]*)"/g)].map((m) => m[1]);
  expect(srcsets.length).toBeGreaterThan(0);
  for (const srcset of srcsets) {
    for (const candidate of srcset.split(", "))
      expect(candidate).toMatch(/^https:\/\/think\.example\/media\/cmedia00001\/abc123\/w\d+\.(avif|webp|jpg) \d+w$/);
  }
  expect(html).not.toMatch(/(src|href|srcset)="\//);
});
