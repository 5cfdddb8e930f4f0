// The textarea markup for bios and disclaimers, and its way back from a stored document.
import { validateRichText } from "@/lib/content";
import { markupToProse, proseToMarkup } from "@/lib/content/markup";

test("paragraphs, line breaks, emphasis and links become a valid prose document", () => {
  const doc = validateRichText(
    "prose",
    markupToProse("First *paragraph* with **bold**.\nSecond line.\n\nSee [our guide](https://example.org/guide)."),
  );
  expect(doc.content).toEqual([
    {
      type: "paragraph",
      content: [
        { type: "text", text: "First " },
        { type: "text", text: "paragraph", marks: [{ type: "italic" }] },
        { type: "text", text: " with " },
        { type: "text", text: "bold", marks: [{ type: "bold" }] },
        { type: "text", text: "." },
        { type: "hardBreak" },
        { type: "text", text: "Second line." },
      ],
    },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "See " },
        {
          type: "text",
          text: "our guide",
          marks: [{ type: "link", attrs: expect.objectContaining({ href: "https://example.org/guide" }) }],
        },
        { type: "text", text: "." },
      ],
    },
  ]);
});

test.each([
  "Plain text only.",
  "One.\n\nTwo, with *italic*, **bold** and ***both***.",
  "A [**bold link**](https://example.org/a) and a line\nbreak.",
  "Literal \\*stars\\* and \\[brackets\\] and a \\\\ backslash.",
])("markup survives a round trip through the stored document: %j", (markup) => {
  const doc = validateRichText("prose", markupToProse(markup));
  expect(proseToMarkup(doc)).toBe(markup);
  expect(validateRichText("prose", markupToProse(proseToMarkup(doc)))).toEqual(doc);
});

test("an unsafe link is not markup: it stays text", () => {
  const doc = markupToProse("Click [here](javascript:alert(1)).");
  expect(JSON.stringify(doc)).not.toContain('"link"');
});

test("an empty text is one empty paragraph", () => {
  expect(markupToProse("  \n\n ")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  expect(proseToMarkup({ type: "doc", content: [{ type: "paragraph" }] })).toBe("");
});

describe("web addresses written out in a bio or disclaimer", () => {
  it("become links to themselves, and come back as they were typed", () => {
    const markup =
      "Read how to submit at https://example.org/commentaries/submit, or www.example.org/guide.\n\nNot think.org, not e.g. this.";
    const doc = validateRichText("prose", markupToProse(markup));
    const links = JSON.stringify(doc).match(/"href":"[^"]*"/g);
    expect(links).toEqual(['"href":"https://example.org/commentaries/submit"', '"href":"https://www.example.org/guide"']);
    // The comma and full stop after an address are not part of it.
    expect(JSON.stringify(doc)).toContain('"text":", or "');
    expect(proseToMarkup(doc)).toBe(markup);
  });

  it("inside a written link stay that link's text", () => {
    const doc = markupToProse("[https://example.org](https://example.org/other)");
    expect(JSON.stringify(doc).match(/"href":"[^"]*"/g)).toEqual(['"href":"https://example.org/other"']);
  });
});
