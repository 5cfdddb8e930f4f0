// What a .docx holds beyond what mammoth turns into HTML, read from its XML parts: the title in
// its properties, how many notes, comments and tracked changes it has, and the kinds of content
// the body cannot hold (charts, equations, SmartArt, embedded objects) or holds differently (text
// boxes), so that the writer is told about each rather than finding it missing later.
import type JSZip from "jszip";

export interface DocxInspection {
  title: string | null;
  footnotes: number;
  endnotes: number;
  comments: number;
  insertions: number;
  deletions: number;
  textBoxes: number;
  charts: number;
  equations: number;
  diagrams: number;
  objects: number;
}

const count = (xml: string, pattern: RegExp) => xml.match(pattern)?.length ?? 0;

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const read = async (zip: JSZip, name: string) => (await zip.file(name)?.async("string")) ?? "";

export async function inspectDocx(zip: JSZip): Promise<DocxInspection> {
  const [document, footnotes, endnotes, comments, core] = await Promise.all([
    read(zip, "word/document.xml"),
    read(zip, "word/footnotes.xml"),
    read(zip, "word/endnotes.xml"),
    read(zip, "word/comments.xml"),
    read(zip, "docProps/core.xml"),
  ]);
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
  // Word's separator "notes" (w:type="separator" / "continuationSeparator") are not notes.
  const notes = (xml: string, tag: string) =>
    count(xml, new RegExp(`<w:${tag}\\b(?![^>]*w:type="(?:separator|continuationSeparator|continuationNotice)")[^>]*>`, "g"));
  return {
    title: title && decodeXml(title).trim() ? decodeXml(title).trim() : null,
    footnotes: notes(footnotes, "footnote"),
    endnotes: notes(endnotes, "endnote"),
    comments: count(comments, /<w:comment\b/g),
    insertions: count(document, /<w:ins\b/g),
    deletions: count(document, /<w:del\b/g),
    // A text box is written twice (DrawingML and a VML fallback): count one of them.
    textBoxes: Math.max(count(document, /<wps:txbx\b/g), count(document, /<v:textbox\b/g)),
    charts: count(document, /<c:chart\b/g),
    equations: count(document, /<m:oMath\b/g),
    diagrams: count(document, /<dgm:relIds\b/g),
    objects: count(document, /<w:object\b/g),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The notices the writer reads after an import: what was left out, and which version of the text was taken. */
export function describeDropped(inspection: DocxInspection, imagesSkipped: string[]): string[] {
  const notices: string[] = [];
  const dropped = [
    inspection.charts && plural(inspection.charts, "chart", "charts"),
    inspection.equations && plural(inspection.equations, "equation", "equations"),
    inspection.diagrams && plural(inspection.diagrams, "SmartArt diagram", "SmartArt diagrams"),
    inspection.objects && plural(inspection.objects, "embedded object", "embedded objects"),
  ].filter((part): part is string => Boolean(part));
  if (dropped.length) {
    const list = dropped.length > 1 ? `${dropped.slice(0, -1).join(", ")} and ${dropped[dropped.length - 1]}` : dropped[0];
    notices.push(
      `${list} ${dropped.length === 1 && /^1 /.test(list) ? "was" : "were"} not imported: add them again by hand if the piece needs them.`,
    );
  }
  if (inspection.textBoxes) {
    // mammoth reads a text box's text where the box is anchored; its place on the page is gone.
    notices.push(
      `The text of ${plural(inspection.textBoxes, "text box", "text boxes")} was imported as ordinary paragraphs, where ${inspection.textBoxes === 1 ? "it was" : "they were"} anchored.`,
    );
  }
  if (imagesSkipped.length) {
    notices.push(`${plural(imagesSkipped.length, "image was", "images were")} not imported: ${imagesSkipped.join(", ")}.`);
  }
  if (inspection.comments) {
    notices.push(`The document has ${plural(inspection.comments, "comment", "comments")}; comments are not imported.`);
  }
  if (inspection.insertions || inspection.deletions) {
    notices.push(
      "The document has tracked changes: the text was imported as if all of them were accepted (insertions kept, deletions left out).",
    );
  }
  return notices;
}
