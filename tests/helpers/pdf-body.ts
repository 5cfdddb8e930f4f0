// A long body as writers make them, for the PDF's tests and bench: headings, paragraphs with
// emphasis and links, lists, a quote, numbered notes spread through the text (each note's text
// says its number, so a test can check their order), and optionally a figure and a table.
import type { JSONContent } from "@tiptap/core";

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });

const SENTENCES = [
  "Regional trade agreements have shifted the balance of bargaining power between smaller economies and their larger neighbours.",
  "The evidence from the past decade suggests that maritime disputes are managed, not resolved, by the institutions built to contain them.",
  "Governments that invest early in digital public infrastructure tend to capture more of the gains from cross-border data flows.",
  "Yet the politics of subsidies, tariffs and export controls now move faster than the rules written to discipline them.",
  "Policymakers in the region therefore face a choice between hedging quietly and committing openly to one set of partners.",
  "Survey data collected across five capitals point to a public that is more sceptical of great-power rivalry than its leaders.",
  "None of this is inevitable, and the historical record offers several examples of coalitions that outlasted their founders.",
];

export interface PdfBodyOptions {
  /** About this many words of running text. */
  words: number;
  notes: number;
  /** A figure of this library image, after the second section's first paragraph. */
  figureMediaId?: string;
  table?: boolean;
}

/** The text of note `n`: "Note 7: ..." so extracted text shows the order. */
export const noteText = (n: number) => `Note ${n}: Ministry of Trade and Industry, Annual Economic Survey ${2000 + n}, p. ${n * 3}.`;

export function pdfBody({ words, notes, figureMediaId, table }: PdfBodyOptions): JSONContent {
  const content: JSONContent[] = [];
  const paragraphs = Math.max(1, Math.round(words / 70));
  let noted = 0;
  for (let p = 0; p < paragraphs; p += 1) {
    if (p > 0 && p % 8 === 0)
      content.push({ type: "heading", attrs: { level: 2 }, content: [text(`Section ${p / 8 + 1}: the wider picture`)] });
    const inline: JSONContent[] = [];
    for (let s = 0; s < 3; s += 1) {
      inline.push(text(`${s > 0 ? " " : ""}${SENTENCES[(p + s) % SENTENCES.length]}`));
      if (s === 1 && p % 5 === 2) inline.push(text(" "), text("This matters", [{ type: "italic" }]), text(" for the argument."));
      // Notes spread evenly through the paragraphs, each right after its sentence's full stop.
      if (noted < notes && Math.floor(((p * 3 + s + 1) * notes) / (paragraphs * 3)) > noted) {
        noted += 1;
        inline.push({ type: "footnoteReference", attrs: { "data-id": `note-${noted}`, referenceNumber: String(noted) } });
      }
    }
    if (p === 1)
      inline.push(
        text(" See the "),
        text("official statistics", [{ type: "link", attrs: { href: "https://example.org/statistics" } }]),
        text("."),
      );
    content.push(paragraph(...inline));
    if (p === 3) {
      content.push({
        type: "blockquote",
        content: [paragraph(text("Small states do not choose sides; they choose rules, and then they defend them."))],
      });
    }
    if (p === 5) {
      content.push({
        type: "orderedList",
        attrs: { start: 1 },
        content: ["Open markets", "Reliable courts", "A capable civil service"].map((item) => ({
          type: "listItem",
          content: [paragraph(text(item))],
        })),
      });
    }
    if (p === 9 && figureMediaId) {
      content.push({
        type: "figure",
        attrs: {
          mediaId: figureMediaId,
          alt: "A bar chart of trade volumes",
          caption: "Trade volumes by quarter.",
          credit: "Chart: the authors",
          href: null,
        },
      });
    }
    if (p === 10 && table) {
      const cell = (type: string, value: string): JSONContent => ({
        type,
        attrs: { colspan: 1, rowspan: 1, colwidth: null },
        content: [paragraph(text(value))],
      });
      content.push({
        type: "table",
        attrs: { caption: "Exports by sector, 2023" },
        content: [
          { type: "tableRow", content: ["Sector", "Share", "Growth"].map((v) => cell("tableHeader", v)) },
          { type: "tableRow", content: ["Electronics", "41%", "+3.2%"].map((v) => cell("tableCell", v)) },
          { type: "tableRow", content: ["Chemicals", "18%", "-1.1%"].map((v) => cell("tableCell", v)) },
        ],
      });
    }
  }
  if (noted > 0) {
    content.push({
      type: "footnotes",
      content: Array.from({ length: noted }, (_, i) => ({
        type: "footnote",
        attrs: { "data-id": `note-${i + 1}`, id: `fn:${i + 1}` },
        content: [paragraph(text(noteText(i + 1)))],
      })),
    });
  }
  return { type: "doc", content };
}
