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
