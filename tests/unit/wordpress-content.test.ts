// A WordPress post's HTML as a body: block comments dropped, classic paragraphs made, every
// footnote format a real footnote in order, and what the body cannot hold reported by name.
import type { JSONContent } from "@tiptap/core";
import { convertPostContent } from "@/lib/admin/wordpress-import/content";
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

test("images, embeds and gallery shortcodes are left out and named; headings fit the body's levels", () => {
  const html = `<h1>Top</h1><figure class="wp-block-image"><img src="/wp-content/uploads/2024/06/map%20one.png"/><figcaption>Map</figcaption></figure>
<p>Text [gallery ids="1,2"]</p><iframe src="https://video.example/1"></iframe><h6>Small</h6>`;
  const { body, imagesSkipped, dropped } = convertPostContent(html);
  expect(imagesSkipped).toEqual(["map one.png"]);
  expect(dropped).toEqual(["1 [gallery] shortcode", "1 embedded frame"]);
  expect(renderRichText("body", body)).toBe("<h2>Top</h2><p>Text</p><h4>Small</h4>");
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
