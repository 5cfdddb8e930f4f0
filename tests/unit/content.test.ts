// The rich-text schema shared by editor, server and renderer.
import type { JSONContent } from "@tiptap/core";
import { MAX_RICH_TEXT_BYTES, RichTextError, countWords, plainText, readingMinutes, renderRichText, validateRichText } from "@/lib/content";

const text = (t: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: t, ...(marks ? { marks } : {}) });
const p = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const ref = (id: string): JSONContent => ({ type: "footnoteReference", attrs: { "data-id": id } });
const note = (id: string, t: string): JSONContent => ({ type: "footnote", attrs: { "data-id": id }, content: [p(text(t))] });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });

describe("validation", () => {
  test.each([
    [doc({ type: "image", attrs: { src: "x" } }), 'Unknown node type "image".'],
    [doc(p(text("x", [{ type: "code" }]))), 'Unknown mark "code".'],
    [doc(p(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))), 'The link "javascript:alert(1)" is not allowed'],
    [doc(p(text("x", [{ type: "link", attrs: { href: "java\tscript:alert(1)" } }]))), "is not allowed"],
    [doc(p(text("x", [{ type: "link", attrs: { href: "data:text/html,<b>" } }]))), "is not allowed"],
    [doc({ type: "heading", attrs: { level: 1 }, content: [text("Title")] }), "Headings may be of level 2, 3 or 4, not 1."],
    [doc(p(text("a"), ref("n1"))), "Footnote 1 has a reference but no note."],
    [doc(p(text("a")), { type: "footnotes", content: [note("n1", "orphan")] }), "A footnote has no reference in the text."],
    [{ type: "paragraph" }, "The text must be a document."],
    [doc(p({ type: "text", text: "" })), "A text node has no text."],
    [doc(text("loose text")), "The text is not well-formed"],
  ])("refuses %j with a message naming the problem", (input, message) => {
    expect(() => validateRichText("body", input)).toThrow(RichTextError);
    expect(() => validateRichText("body", input)).toThrow(message);
  });

  test.each([
    ["a text node", doc(p(text("Bell\u0007here"))), "U+0007"],
    ["a link's address", doc(p(text("x", [{ type: "link", attrs: { href: "https://example.org/\u001b" } }]))), "U+001B"],
    ["a link's title", doc(p(text("x", [{ type: "link", attrs: { href: "https://example.org/", title: "a\uFFFEb" } }]))), "U+FFFE"],
    ["an attribute the schema would drop anyway", doc({ type: "paragraph", attrs: { class: "\u0000" }, content: [text("x")] }), "U+0000"],
  ])("refuses a control character in %s, naming it", (_where, input, found) => {
    expect(() => validateRichText("body", input)).toThrow(new RichTextError(`Text may not contain control characters (found ${found}).`));
  });

  test("refuses half a surrogate pair (an emoji cut in two) as such", () => {
    const input = doc(p(text("a"), ref("n1")), { type: "footnotes", content: [note("n1", "lone \uD800 half")] });
    expect(() => validateRichText("body", input)).toThrow(new RichTextError("Text may not contain an unpaired surrogate (U+D800)."));
  });

  /** A document whose one paragraph sits inside `levels` blockquotes. */
  const nested = (levels: number) => {
    let node: JSONContent = p(text("deep"));
    for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
    return doc(node);
  };

  test.each([50, 5_000])("refuses a document nested %d levels deep, naming the limit", (levels) => {
    expect(() => validateRichText("body", nested(levels))).toThrow(
      new RichTextError("The text is nested too deeply: the limit is 40 levels."),
    );
  });

  test("accepts nesting up to the limit", () => {
    expect(() => validateRichText("body", nested(38))).not.toThrow();
  });

  test("keeps tabs and line breaks, and characters outside the Basic Multilingual Plane", () => {
    const kept = doc(p(text("a\tb\nc\r😀")));
    expect(validateRichText("body", kept)).toEqual(kept);
  });

  test("refuses bodies over 1 MB", () => {
    const big = doc(...Array.from({ length: 60 }, () => p(text("x".repeat(20_000)))));
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_RICH_TEXT_BYTES);
    expect(() => validateRichText("body", big)).toThrow("the limit is 1 MB");
  });

  test("accepts http, https, mailto and in-page links", () => {
    for (const href of ["https://example.org/a?b=c", "http://example.org", "mailto:press@example.org", "#fn-1"]) {
      expect(() => validateRichText("body", doc(p(text("x", [{ type: "link", attrs: { href } }]))))).not.toThrow();
    }
  });

  test("keeps only what the schema defines: unknown attributes are dropped", () => {
    const out = validateRichText(
      "body",
      doc(p(text("x", [{ type: "link", attrs: { href: "https://a.example", onclick: "evil()", class: "x", target: "_top" } }]))),
    );
    expect(out.content![0].content![0].marks).toEqual([
      { type: "link", attrs: { href: "https://a.example", target: null, rel: "noopener noreferrer", class: null, title: null } },
    ]);
  });

  test("bios and disclaimers allow no headings or footnotes", () => {
    expect(() => validateRichText("prose", doc({ type: "heading", attrs: { level: 2 }, content: [text("h")] }))).toThrow();
    expect(() => validateRichText("prose", doc(p(text("a"), ref("n1"))))).toThrow('Unknown node type "footnoteReference".');
  });
});

describe("footnotes", () => {
  test("are numbered in the order of their references, whatever the stored numbers say", () => {
    const input = doc(p(text("First claim"), ref("b"), text(" and second"), ref("a")), {
      type: "footnotes",
      content: [note("a", "Note for the second"), note("b", "Note for the first")],
    });
    const out = validateRichText("body", input);
    const notes = out.content![1].content!;
    expect(notes.map((n) => [n.attrs!["data-id"], n.attrs!.id])).toEqual([
      ["b", "fn:1"],
      ["a", "fn:2"],
    ]);
    const html = renderRichText("body", out);
    expect(html).toContain(
      '<sup class="fn-ref" id="fnref-1"><a href="#fn-1" role="doc-noteref" aria-label="Note 1">[1]</a></sup> and second',
    );
    expect(html).toMatch(
      /<li id="fn-1"><p>Note for the first <a href="#fnref-1"[^>]*>↩<\/a><\/p><\/li><li id="fn-2"><p>Note for the second/,
    );
  });

  test("renumber when the first of two notes goes: the second becomes [1] and its note moves up", () => {
    const both = doc(p(text("One"), ref("x"), text(" two"), ref("y")), {
      type: "footnotes",
      content: [note("x", "First note"), note("y", "Second note")],
    });
    expect(renderRichText("body", validateRichText("body", both))).toContain('aria-label="Note 2">[2]</a>');
    const without = doc(p(text("One two"), ref("y")), { type: "footnotes", content: [note("y", "Second note")] });
    const html = renderRichText("body", validateRichText("body", without));
    expect(html).toContain('<a href="#fn-1" role="doc-noteref" aria-label="Note 1">[1]</a>');
    expect(html).toMatch(/<li id="fn-1"><p>Second note /);
    expect(html).not.toContain("[2]");
  });

  test("renumber when a reference goes", () => {
    const out = validateRichText("body", doc(p(text("Only"), ref("b")), { type: "footnotes", content: [note("b", "Remaining")] }));
    expect(renderRichText("body", out)).toContain('id="fnref-1"');
  });
});

describe("rendering", () => {
  test("escapes text and attributes", () => {
    const out = validateRichText(
      "body",
      doc(p(text('<img src=x onerror=alert(1)> "q" & co', [{ type: "link", attrs: { href: 'https://a.example/?q="><script>' } }]))),
    );
    const html = renderRichText("body", out);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('href="https://a.example/?q=&quot;&gt;&lt;script&gt;"');
  });

  test("never renders a link the validator would refuse, even from stored JSON", () => {
    const stored = doc(p(text("click", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])));
    expect(renderRichText("body", stored)).toBe("<p>click</p>");
  });
});

describe("text", () => {
  test("counts words without footnotes and gives a reading time", () => {
    const d = doc(p(text("Three short words"), ref("a")), { type: "footnotes", content: [note("a", "not counted here")] });
    expect(countWords(plainText(d))).toBe(3);
    expect(plainText(d, { footnotes: true })).toContain("not counted here");
    expect(readingMinutes(1150)).toBe(5);
    expect(readingMinutes(10)).toBe(1);
  });
});
