// A Word document (.docx) as a piece's title and body. mammoth reads the document into simple
// HTML (footnotes and endnotes included, tracked insertions applied, deletions left out); that
// HTML is reshaped into the editor's own forms (footnote references and the notes list, heading
// levels 2-4, figures) and parsed with the body's one schema, then validated like any save.
// What the document holds that the body cannot (comments, charts, equations, images while
// nothing stores them) or holds differently (text boxes, tracked changes) is counted from the
// document's XML and reported, never dropped silently.
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { DOMParser as SchemaParser } from "@tiptap/pm/model";
import { JSDOM } from "jsdom";
import JSZip from "jszip";
import mammoth from "mammoth";
import { ValidationError } from "../../platform/errors";
import { schemaFor, validateRichText } from "../validate";
import { describeDropped, inspectDocx, type DocxInspection } from "./docx-inspect";

/** An image met in the document, for the caller to keep (in the media library) or not. */
export interface DocxImage {
  /** "image 3", or the image's description in Word when it has one. */
  name: string;
  contentType: string;
  bytes: Buffer;
  altText: string;
}

/** Keeps an image and says which library image it became; null when it could not be kept. */
export type ImageKeeper = (image: DocxImage) => Promise<{ mediaId: string; alt: string } | null>;

export interface DocxReport {
  footnotes: number;
  endnotes: number;
  tables: number;
  headings: number;
  imagesImported: number;
  /** Images not imported, by name. */
  imagesSkipped: string[];
  /** Sentences for the writer: what the document had that the import did not take, or took one way of several. */
  notices: string[];
}

export interface DocxImport {
  /** The document's title (its properties, a Title paragraph, or the first heading); null when it has none. */
  title: string | null;
  body: JSONContent;
  report: DocxReport;
}

/** The largest Word file read, in bytes. Beyond it the body would exceed its own limit anyway. */
export const MAX_DOCX_BYTES = 15_000_000;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

// Word's Title and quote styles, which mammoth's default map leaves as plain paragraphs.
const styleMap = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

async function openDocx(bytes: Buffer): Promise<JSZip> {
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new ValidationError("This is an old Word 97–2003 document (.doc). Open it in Word and save it as .docx, then import that.");
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw new ValidationError("This file is not a Word document (.docx).");
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file("word/document.xml")) throw new Error("no word/document.xml");
    return zip;
  } catch {
    throw new ValidationError("This file is not a Word document (.docx), or it is damaged.");
  }
}

/** Turns mammoth's footnote and endnote markup into the editor's: references in order, one notes list at the end. */
function reshapeNotes(doc: Document, body: HTMLElement) {
  const refs = [...body.querySelectorAll<HTMLAnchorElement>('sup > a[href^="#n-footnote-"], sup > a[href^="#n-endnote-"]')];
  const notesList = doc.createElement("ol");
  notesList.className = "footnotes";
  refs.forEach((anchor, index) => {
    const noteId = anchor.getAttribute("href")!.slice(1);
    const note = doc.getElementById(noteId);
    const dataId = `note-${index + 1}`;
    const sup = anchor.parentElement!;
    const ref = doc.createElement("a");
    ref.className = "footnote-ref";
    ref.setAttribute("data-id", dataId);
    ref.textContent = String(index + 1);
    sup.replaceChildren(ref);
    if (!note) return;
    note.querySelectorAll('a[href^="#n-footnote-ref-"], a[href^="#n-endnote-ref-"]').forEach((back) => back.remove());
    const item = doc.createElement("li");
    item.setAttribute("data-id", dataId);
    item.id = `fn:${index + 1}`;
    item.append(...note.childNodes);
    if (!item.querySelector("p")) {
      const paragraph = doc.createElement("p");
      paragraph.append(...item.childNodes);
      item.append(paragraph);
    }
    notesList.append(item);
  });
  // mammoth's own notes lists (one for footnotes, one for endnotes) are emptied above.
  body.querySelectorAll('ol:has(> li[id^="n-footnote-"]), ol:has(> li[id^="n-endnote-"])').forEach((list) => list.remove());
  if (notesList.children.length) body.append(notesList);
}

/** Word's heading levels 1-6 as the body's 2-4; the Title paragraph is taken out and returned. */
function reshapeHeadings(doc: Document, body: HTMLElement, titleFromProperties: string | null): string | null {
  let title = titleFromProperties;
  const titleParagraph = body.querySelector("h1.doc-title");
  if (titleParagraph) {
    title ??= titleParagraph.textContent?.trim() || null;
    titleParagraph.remove();
  }
  // Only a heading the document opens with names it; a later one names a section.
  const first = body.firstElementChild?.matches("h1, h2, h3, h4, h5, h6") ? body.firstElementChild : null;
  if (!title && first?.textContent?.trim()) {
    title = first.textContent.trim();
    first.remove();
  }
  const levels: Record<string, string> = { H1: "h2", H2: "h2", H3: "h3", H4: "h4", H5: "h4", H6: "h4" };
  body.querySelectorAll("h1, h2, h3, h4, h5, h6").forEach((heading) => {
    const replacement = doc.createElement(levels[heading.tagName]);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  });
  return title;
}

/** Images the keeper kept become figures; the rest are removed (and were named in the report). */
function reshapeImages(doc: Document, body: HTMLElement, kept: Map<string, { mediaId: string; alt: string }>) {
  body.querySelectorAll("img").forEach((img) => {
    const entry = kept.get(img.getAttribute("src") ?? "");
    if (!entry) return img.remove();
    const figure = doc.createElement("figure");
    figure.setAttribute("data-media-id", entry.mediaId);
    // A figure stands at the body's top level only: it goes after the top-level block (paragraph,
    // list, table, quote) that held the picture.
    let block: Element = img;
    while (block.parentElement && block.parentElement !== body) block = block.parentElement;
    img.remove();
    block.after(figure);
  });
}

/** Paragraphs with nothing in them: Word documents are full of them, the body has no use for them. */
function dropEmptyParagraphs(body: HTMLElement) {
  body.querySelectorAll("p").forEach((p) => {
    if (!p.textContent?.replace(/[\s\u00a0]/g, "") && !p.querySelector("sup, br, img")) p.remove();
  });
}

async function convert(bytes: Buffer, inspection: DocxInspection, keepImage: ImageKeeper | null) {
  const kept = new Map<string, { mediaId: string; alt: string }>();
  const skipped: string[] = [];
  let imageNumber = 0;
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      idPrefix: "n-",
      styleMap,
      convertImage: mammoth.images.imgElement(async (image) => {
        imageNumber += 1;
        // mammoth passes Word's description of the image as altText, which its types leave out.
        const altText = "altText" in image && typeof image.altText === "string" ? image.altText.trim() : "";
        const name = altText ? `image ${imageNumber} (“${altText.slice(0, 60)}”)` : `image ${imageNumber}`;
        const src = `docx-image-${imageNumber}`;
        const stored = keepImage
          ? await keepImage({ name, contentType: image.contentType, bytes: Buffer.from(await image.readAsBuffer()), altText }).catch(
              () => null,
            )
          : null;
        if (stored) kept.set(src, stored);
        else skipped.push(name);
        return { src };
      }),
    },
  );
  const dom = new JSDOM(`<!doctype html><body>${result.value}</body>`);
  const doc = dom.window.document;
  const body = doc.body;
  reshapeNotes(doc, body);
  const title = reshapeHeadings(doc, body, inspection.title);
  reshapeImages(doc, body, kept);
  dropEmptyParagraphs(body);
  const counts = {
    tables: body.querySelectorAll("table").length,
    headings: body.querySelectorAll("h2, h3, h4").length,
  };
  const parsed = SchemaParser.fromSchema(schemaFor("body")).parse(body).toJSON() as JSONContent;
  dom.window.close();
  const altOf = new Map([...kept.values()].map(({ mediaId, alt }) => [mediaId, alt]));
  const withAlt = (node: JSONContent): void => {
    if (node.type === "figure" && node.attrs) node.attrs = { ...node.attrs, alt: altOf.get(node.attrs.mediaId) ?? "" };
    node.content?.forEach(withAlt);
  };
  withAlt(parsed);
  return { title, parsed, counts, imagesImported: kept.size, imagesSkipped: skipped };
}

/**
 * Reads a .docx. `keepImage` stores each image (in the media library) and says what it became;
 * without it, or when it returns null, the image is reported as skipped. Throws ValidationError
 * for a file that is not a Word document, and the body's own RichTextError for one whose text
 * the body cannot hold (too large, for instance).
 */
export async function importDocx(bytes: Buffer, keepImage: ImageKeeper | null = null): Promise<DocxImport> {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw new ValidationError(`The document is ${(bytes.byteLength / 1e6).toFixed(1)} MB; the limit is ${MAX_DOCX_BYTES / 1e6} MB.`);
  }
  const zip = await openDocx(bytes);
  const inspection = await inspectDocx(zip);
  const { title, parsed, counts, imagesImported, imagesSkipped } = await convert(bytes, inspection, keepImage);
  const body = validateRichText("body", parsed);
  return {
    title,
    body,
    report: {
      footnotes: inspection.footnotes,
      endnotes: inspection.endnotes,
      tables: counts.tables,
      headings: counts.headings,
      imagesImported,
      imagesSkipped,
      notices: describeDropped(inspection, imagesSkipped),
    },
  };
}
