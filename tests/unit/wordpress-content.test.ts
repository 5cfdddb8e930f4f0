// A WordPress post's HTML as a body: block comments dropped, classic paragraphs made, every
// footnote format a real footnote in order, images as top-level figures awaiting their library
// image, and what the body cannot hold reported.
import type { JSONContent } from "@tiptap/core";
import { convertPostContent, splitCredit } from "@/lib/admin/wordpress-import/content";
import { readWxr } from "@/lib/admin/wordpress-import/wxr";
import { renderRichText } from "@/lib/content";
import { ValidationError } from "@/lib/platform/errors";
import { archiveSite, buildWxr } from "../fixtures/wxr-builder";

const types = (json: JSONContent) => (json.content ?? []).map((n) => n.type);

test("notes of every format, mixed in one post, are numbered in the order of their references", () => {
  const id = "3f2a";
  const html = `<!-- wp:paragraph --><p>A[mfn]second? no, first[/mfn] B<sup data-fn="${id}" class="fn"><a href="#${id}" id="${id}-link">1</a></sup> C((third)) D[ref]fourth[/ref] E[efn_note]fifth[/efn_note]</p><!-- /wp:paragraph --><!-- wp:footnotes /-->`;
  const { body, footnotes } = convertPostContent(html, JSON.stringify([{ id, content: "core" }]));
  expect(footnotes).toBe(5);
  const rendered = renderRichText("body", body);
  const notes = [...rendered.matchAll(/<li id="fn-\d+"><p>([^<]*)/g)].map((m) => m[1].trim());
  expect(notes).toEqual(["second? no, first", "core", "third", "fourth", "fifth"]);
  expect(rendered).not.toContain("wp:");
});

test("a core reference without its note is kept, with a placeholder, and reported", () => {
  const { footnotes, dropped } = convertPostContent('<p>A<sup data-fn="gone" class="fn"><a href="#gone">1</a></sup></p>');
  expect(footnotes).toBe(1);
  expect(dropped).toEqual(["1 footnote without text in the export"]);
});

test("classic posts get paragraphs from blank lines and breaks from single newlines", () => {
  const { body } = convertPostContent("One\nstill one\n\nTwo\n\n<h2>Heading</h2>\n\nThree");
  expect(types(body)).toEqual(["paragraph", "paragraph", "heading", "paragraph"]);
  expect(renderRichText("body", body)).toContain("One<br/>still one");
});

test("embeds and gallery shortcodes are left out and counted; headings fit the body's levels", () => {
  const html = `<h1>Top</h1>
<p>Text [gallery ids="1,2"]</p><iframe src="https://video.example/1"></iframe><h6>Small</h6>`;
  const { body, dropped } = convertPostContent(html);
  expect(dropped).toEqual(["1 [gallery] shortcode", "1 embedded frame"]);
  expect(renderRichText("body", body)).toBe("<h2>Top</h2><p>Text</p><h4>Small</h4>");
});

test("every image becomes a figure at the top level, in place of its block or after the paragraph that held it", () => {
  const html = `<!-- wp:image {"id":12} -->
<figure class="wp-block-image size-large"><img src="https://old.example/wp-content/uploads/2024/06/map%20one-1024x683.png" alt="Map of the strait" class="wp-image-12"/><figcaption>Shipping lanes in 2024. Photo: Jane Doe</figcaption></figure>
<!-- /wp:image -->
<p>Before <a href="https://old.example/wp-content/uploads/2024/06/chart.png"><img src="/wp-content/uploads/2024/06/chart.png"></a> after.</p>
[caption id="attachment_9" width="300"]<img class="size-medium wp-image-9" src="https://old.example/wp-content/uploads/2023/01/port.jpg" alt="" /> The old port (Image: Archive)[/caption]`;
  const { body, images } = convertPostContent(html, undefined, "https://old.example");
  expect(images).toEqual([
    {
      placeholder: "wpimage-0",
      src: "https://old.example/wp-content/uploads/2024/06/map%20one-1024x683.png",
      name: "map one-1024x683.png",
      attachmentId: "12",
      alt: "Map of the strait",
    },
    { placeholder: "wpimage-1", src: "/wp-content/uploads/2024/06/chart.png", name: "chart.png", attachmentId: null, alt: "" },
    {
      placeholder: "wpimage-2",
      src: "https://old.example/wp-content/uploads/2023/01/port.jpg",
      name: "port.jpg",
      attachmentId: "9",
      alt: "",
    },
  ]);
  expect(types(body)).toEqual(["figure", "paragraph", "figure", "figure"]);
  const figures = (body.content ?? []).filter((n) => n.type === "figure").map((n) => n.attrs);
  expect(figures).toEqual([
    { mediaId: "wpimage-0", alt: "Map of the strait", caption: "Shipping lanes in 2024.", credit: "Jane Doe", href: null },
    { mediaId: "wpimage-1", alt: "", caption: "", credit: "", href: null },
    { mediaId: "wpimage-2", alt: "", caption: "The old port", credit: "Archive", href: null },
  ]);
  expect(renderRichText("body", { type: "doc", content: [body.content![1]] })).toBe("<p>Before after.</p>");
});

test("a caption's trailing credit is told apart; a caption without one stays whole", () => {
  expect(splitCredit("A port at dawn. Photo: Jane Doe")).toEqual({ caption: "A port at dawn.", credit: "Jane Doe" });
  expect(splitCredit("Source: World Bank")).toEqual({ caption: "", credit: "World Bank" });
  expect(splitCredit("The harbour © Reuters")).toEqual({ caption: "The harbour", credit: "Reuters" });
  expect(splitCredit("Ships waiting: the queue in May")).toEqual({ caption: "Ships waiting: the queue in May", credit: "" });
});

test("a WXR file is read with its authors, terms and items; a broken one names its line", () => {
  const wxr = readWxr(buildWxr(archiveSite(3)));
  expect(wxr.siteUrl).toBe("https://old.think.example");
  expect(wxr.authors.map((a) => a.login)).toEqual(["amara", "lucas", "guestwriter"]);
  expect(wxr.terms.map((t) => `${t.domain}:${t.nicename}`)).toEqual(
    expect.arrayContaining(["category:foreign-policy", "post_tag:shipping", "post_tag:asean"]),
  );
  expect(wxr.items.filter((i) => i.postType === "post" && i.status === "publish")).toHaveLength(3);
  expect(wxr.items[0].meta.footnotes).toContain("Source for post 0");
  const broken = buildWxr(archiveSite(3)).split("\n");
  broken[20] = `${broken[20]}<unclosed>`;
  expect(() => readWxr(broken.join("\n"))).toThrow(ValidationError);
  expect(() => readWxr(broken.join("\n"))).toThrow(/line \d+, column \d+/);
});
