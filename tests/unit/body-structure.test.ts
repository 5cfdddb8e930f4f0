// Revision comparisons in words for images and tables: what an editor reads under "Images and
// tables", and how figures and table rows read in the body's text diff.
import type { JSONContent } from "@tiptap/core";
import { bodyParagraphs, structuralChanges } from "@/lib/editorial/body-structure";

const p = (t: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text: t }] });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const figure = (mediaId: string, attrs: Record<string, unknown> = {}): JSONContent => ({
  type: "figure",
  attrs: { mediaId, alt: `Photo ${mediaId}`, caption: "", credit: "", href: null, ...attrs },
});
const cellOf =
  (type: string) =>
  (t: string): JSONContent => ({ type, content: t ? [p(t)] : [{ type: "paragraph" }] });
const th = cellOf("tableHeader");
const td = cellOf("tableCell");
/** A table from rows of cell texts; the first row is a header row unless `header` is false. */
const table = (rows: string[][], { caption = "", header = true } = {}): JSONContent => ({
  type: "table",
  attrs: { caption },
  content: rows.map((cells, i) => ({ type: "tableRow", content: cells.map(i === 0 && header ? th : td) })),
});
const spending = [
  ["Country", "2023", "2024"],
  ["Japan", "1.2%", "1.4%"],
  ["Korea", "2.5%", "2.6%"],
];

describe("images", () => {
  test.each([
    ["added, by its alt text", doc(p("a")), doc(p("a"), figure("m1")), ["image added: Photo m1"]],
    ["removed", doc(figure("m1"), p("a")), doc(p("a")), ["image removed: Photo m1"]],
    ["replaced in its place", doc(figure("m1")), doc(figure("m2")), ["image replaced: Photo m1 → Photo m2"]],
    [
      "alt text changed",
      doc(figure("m1", { alt: "A harbour" })),
      doc(figure("m1", { alt: "Container ships in Busan harbour" })),
      ["image alt text changed: “A harbour” → “Container ships in Busan harbour”"],
    ],
    [
      "caption changed",
      doc(figure("m1", { caption: "Busan" })),
      doc(figure("m1", { caption: "Busan, 2025" })),
      ["image caption changed (Photo m1)"],
    ],
    [
      "credit and link",
      doc(figure("m1")),
      doc(figure("m1", { credit: "Reuters", href: "https://example.org" })),
      ["image credit changed (Photo m1)", "image link added (Photo m1)"],
    ],
    ["added before another, which stays matched", doc(figure("m1")), doc(figure("m2"), p("x"), figure("m1")), ["image added: Photo m2"]],
    [
      "two removed, none replaced",
      doc(figure("m1"), figure("m2"), figure("m3")),
      doc(figure("m2")),
      ["image removed: Photo m1", "image removed: Photo m3"],
    ],
  ])("%s", (_what, before, after, changes) => {
    expect(structuralChanges(before, after)).toEqual(changes);
  });

  test("an image without alt text is named by its library title, or said to have none", () => {
    const titles = new Map([["m1", "harbour.jpg"]]);
    expect(structuralChanges(doc(), doc(figure("m1", { alt: "" }), figure("m9", { alt: "" })), titles)).toEqual([
      "image added: harbour.jpg",
      "image added: an image without alt text",
    ]);
  });

  test("nothing is reported when nothing changed", () => {
    expect(structuralChanges(doc(figure("m1"), table(spending)), doc(figure("m1"), table(spending)))).toEqual([]);
  });
});

describe("tables", () => {
  const rows = (...changes: ((r: string[][]) => void)[]) => {
    const copy = spending.map((r) => [...r]);
    changes.forEach((change) => change(copy));
    return copy;
  };

  test.each([
    ["added", doc(p("a")), doc(table(spending)), ["table added"]],
    ["removed", doc(table(spending)), doc(), ["table removed"]],
    ["a row added", doc(table(spending)), doc(table(rows((r) => r.push(["China", "1.6%", "1.7%"])))), ["table: row added"]],
    ["two rows removed", doc(table(spending)), doc(table(rows((r) => r.splice(1, 2)))), ["table: 2 rows removed"]],
    [
      "a column added",
      doc(table(spending)),
      doc(table(rows((r) => r.forEach((row, i) => row.push(["2025", "1.6%", "2.8%"][i]))))),
      ["table: column added"],
    ],
    ["a column removed", doc(table(spending)), doc(table(rows((r) => r.forEach((row) => row.splice(1, 1))))), ["table: column removed"]],
    [
      "a cell's text changed",
      doc(table(spending)),
      doc(table(rows((r) => (r[1][2] = "1.5%")))),
      ["table: cell text changed (row 2, column 3)"],
    ],
    [
      "the caption changed",
      doc(table(spending, { caption: "Spending" })),
      doc(table(spending, { caption: "Defence spending" })),
      ["table “Defence spending”: caption changed"],
    ],
    ["the header row turned off", doc(table(spending)), doc(table(spending, { header: false })), ["table: header row removed"]],
  ])("%s", (_what, before, after, changes) => {
    expect(structuralChanges(before, after)).toEqual(changes);
  });

  test("several tables are named by caption or position; many changed cells are counted, not listed", () => {
    const big = Array.from({ length: 12 }, (_, i) => [`r${i}`, "a", "b"]);
    const changedBig = big.map((r, i) => (i === 0 ? r : [r[0], "A", "B"]));
    const before = doc(table(spending, { caption: "Spending" }), table(big));
    const after = doc(
      table(
        rows((r) => r.push(["China", "1.6%", "1.7%"])),
        { caption: "Spending" },
      ),
      table(changedBig),
    );
    expect(structuralChanges(before, after)).toEqual(["table “Spending”: row added", "table 2: text changed in 22 cells"]);
  });
});

describe("the body's paragraphs for the text diff", () => {
  test("a figure reads as its alt text and caption, a table as its caption and then row by row", () => {
    const body = doc(
      p("Before."),
      figure("m1", { alt: "A chart", caption: "Spending" }),
      figure("m2", { alt: "" }),
      table(spending, { caption: "By country" }),
    );
    expect(bodyParagraphs(body)).toEqual([
      "Before.",
      "[Image: A chart — Spending]",
      "[Image: no alt text]",
      "[Table: By country]",
      "Country | 2023 | 2024",
      "Japan | 1.2% | 1.4%",
      "Korea | 2.5% | 2.6%",
    ]);
  });
});
