// Importing Word documents: what a writer would check after "Import from Word" — every note a
// real footnote in order, headings, tables, the title, and a report of whatever was left out.
import type { JSONContent } from "@tiptap/core";
import { importDocx, type ImageKeeper } from "@/lib/content/import/docx";
import { renderRichText } from "@/lib/content";
import { buildDocx } from "../fixtures/docx-builder";

const nodesOf = (doc: JSONContent, type: string): JSONContent[] => {
  const found: JSONContent[] = [];
  const visit = (node: JSONContent) => {
    if (node.type === type) found.push(node);
    node.content?.forEach(visit);
  };
  visit(doc);
  return found;
};
const textOf = (node: JSONContent): string => (node.text ?? "") + (node.content ?? []).map(textOf).join("");

describe("importing a .docx", () => {
  it("turns 40 footnotes into 40 real footnotes in document order, with their formatting and links", async () => {
    const { body, report } = await importDocx(await buildDocx({ footnotes: 40, heading: "Ports and power" }));
    const refs = nodesOf(body, "footnoteReference");
    const notes = nodesOf(body, "footnote");
    expect(refs).toHaveLength(40);
    expect(notes).toHaveLength(40);
    expect(report.footnotes).toBe(40);
    expect(refs.map((ref) => ref.attrs?.referenceNumber)).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    // Note n is the note of claim n.
    expect(textOf(notes[6])).toBe("Source 7, Annual Review, see the report.");
    expect(JSON.stringify(notes[6])).toContain('"type":"italic"');
    expect(JSON.stringify(notes[6])).toContain("https://example.org/source/7");
    // The notes list is the last thing in the body, and the rendered page numbers them with back-links.
    expect(body.content?.at(-1)?.type).toBe("footnotes");
    const html = renderRichText("body", body);
    expect(html).toContain('<li id="fn-40">');
    expect(html).toContain('href="#fnref-40"');
    expect(html).not.toContain("↑");
  });

  it("keeps endnotes as footnotes after the footnotes' references, in the order of the text", async () => {
    const { body, report } = await importDocx(await buildDocx({ footnotes: 2, endnotes: 2 }));
    expect(report.endnotes).toBe(2);
    const notes = nodesOf(body, "footnote").map(textOf);
    expect(notes).toEqual([
      "Source 1, Annual Review, see the report.",
      "Source 2, Annual Review, see the report.",
      "Endnote 1.",
      "Endnote 2.",
    ]);
  });

  it("takes the title from the document's properties, else from its first heading, which then leaves the body", async () => {
    const titled = await importDocx(await buildDocx({ title: "From the properties", heading: "A heading" }));
    expect(titled.title).toBe("From the properties");
    expect(nodesOf(titled.body, "heading").map(textOf)).toEqual(["A heading", "A section"]);

    const headed = await importDocx(await buildDocx({ heading: "Ports and power" }));
    expect(headed.title).toBe("Ports and power");
    expect(nodesOf(headed.body, "heading").map(textOf)).toEqual(["A section"]);
    // Word's Heading 2 is the body's level 2 (the body has no level 1).
    expect(nodesOf(headed.body, "heading")[0].attrs?.level).toBe(2);

    const untitled = await importDocx(await buildDocx({}));
    expect(untitled.title).toBeNull();
  });

  it("keeps bold, italic, lists and tables with their header row", async () => {
    const { body, report } = await importDocx(await buildDocx({ table: true }));
    expect(JSON.stringify(body)).toContain('"type":"bold"');
    expect(nodesOf(body, "bulletList")).toHaveLength(1);
    expect(report.tables).toBe(1);
    const [table] = nodesOf(body, "table");
    const rows = nodesOf(table, "tableRow");
    expect(rows).toHaveLength(3);
    expect(nodesOf(rows[0], "tableHeader").map(textOf)).toEqual(["Country", "Share of trade"]);
    expect(nodesOf(rows[2], "tableCell").map(textOf)).toEqual(["Malaysia", "24%"]);
  });

  it("says which version of tracked changes it took, and that comments were not imported", async () => {
    const { body, report } = await importDocx(await buildDocx({ trackedChanges: true, comment: true }));
    const text = textOf(body);
    expect(text).toContain("Kept text with an insertion.");
    expect(text).not.toContain("and a deletion");
    expect(report.notices).toContain("The document has 1 comment; comments are not imported.");
    expect(report.notices.join(" ")).toMatch(/tracked changes: the text was imported as if all of them were accepted/);
  });

  it("says what it left out or kept differently: images nothing could keep, by name, and text boxes", async () => {
    const { body, report } = await importDocx(await buildDocx({ textBox: true, image: true }));
    expect(textOf(body)).toContain("Inside a text box");
    expect(report.notices).toContain("The text of 1 text box was imported as ordinary paragraphs, where it was anchored.");
    expect(report.imagesSkipped).toEqual(["image 1 (“A map of the strait”)"]);
    expect(report.notices).toContain("1 image was not imported: image 1 (“A map of the strait”).");
  });

  it("hands images to the keeper and puts the figure it made in the body, with the image's description as alt text", async () => {
    const seen: { contentType: string; size: number }[] = [];
    const keeper: ImageKeeper = async (image) => {
      seen.push({ contentType: image.contentType, size: image.bytes.byteLength });
      return { mediaId: "cmedia0000000000000000001", alt: image.altText };
    };
    const { body, report } = await importDocx(await buildDocx({ image: true }), keeper);
    expect(seen).toEqual([{ contentType: "image/png", size: expect.any(Number) }]);
    expect(report.imagesImported).toBe(1);
    expect(report.imagesSkipped).toEqual([]);
    expect(nodesOf(body, "figure").map((f) => [f.attrs?.mediaId, f.attrs?.alt])).toEqual([
      ["cmedia0000000000000000001", "A map of the strait"],
    ]);
  });

  it("refuses what is not a .docx, naming the problem", async () => {
    await expect(importDocx(Buffer.from("<?php echo 1; ?>"))).rejects.toThrow("This file is not a Word document (.docx).");
    await expect(importDocx(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toThrow(
      /old Word 97–2003 document \(\.doc\)/,
    );
    const zipOfSomethingElse = Buffer.from("504b0304", "hex");
    await expect(importDocx(zipOfSomethingElse)).rejects.toThrow("This file is not a Word document (.docx), or it is damaged.");
  });
});
