// Cleans HTML pasted from Word or Google Docs before the editor parses it: headings, lists,
// links, bold, italic and tables (with their header row) survive; styles, classes, fonts,
// comments and the like go. Images go too, unless the editor has uploaded them into the media
// library first (pastedImages says which can be, cleanPastedHtml puts them back as figures).
// Runs in the browser (it needs a DOMParser).
import { stripControlCharacters } from "../platform/control-characters";
import { bareLinks, isSafeHref } from "./links";
import { takePastedFootnotes } from "./paste-notes";
import { TABLE_LIMITS } from "./limits";

/** A pasted image once it is in the media library: the figure that takes its place. */
export interface PastedFigure {
  mediaId: string;
  alt: string;
  caption: string;
  credit: string;
}

/** The images of a paste, in order: the address of each the browser can read (null for the others), and how many it cannot. */
export interface PastedImages {
  sources: (string | null)[];
  /** Images out of reach (Word's file:///, the web's), or inside a table cell, where a figure cannot go. */
  unreachable: number;
}

/**
 * An image the editor can upload: one carried in the paste itself (data:). Anything else is out
 * of reach: Word's file:/// stays on the writer's computer, and the studio's content security
 * policy lets the page fetch nothing from elsewhere (Google Docs' images on the web included).
 */
const readable = /^data:image\/[a-z0-9.+-]+[;,]/i;

/** Elements whose content is never text a writer meant to paste. */
const dropped = new Set([
  "script",
  "style",
  "meta",
  "link",
  "title",
  "head",
  "img",
  "picture",
  "svg",
  "video",
  "audio",
  "iframe",
  "object",
  "embed",
  "canvas",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "xml",
  "colgroup",
  "template",
]);

const headings: Record<string, string> = { h1: "h2", h2: "h2", h3: "h3", h4: "h4", h5: "h4", h6: "h4" };
const blocks = new Set(["p", "blockquote", "li", "td", "th", "caption", "dt", "dd", "pre", "address", "figcaption"]);
const tableSections = new Set(["thead", "tbody", "tfoot"]);

/** Word's list paragraphs: class MsoListParagraph* and "mso-list:l0 level2 lfo1" in the style. */
const wordList = /mso-list:\s*(l\d+)\s+level(\d+)/i;
/** A Word list marker that counts: "1.", "a)", "iv." rather than a bullet glyph. */
const orderedMarker = /^\s*(\d+|[a-z]|[ivxlc]+)[.)]/i;

function styleOf(el: Element) {
  return (el.getAttribute("style") ?? "").toLowerCase().replace(/\s+/g, "");
}

function isBold(el: Element, tag: string) {
  const weight = /font-weight:([a-z0-9]+)/.exec(styleOf(el))?.[1];
  // Google Docs wraps a whole paste in <b style="font-weight:normal">.
  if (weight) return weight === "bold" || weight === "bolder" || Number(weight) >= 600;
  return tag === "b" || tag === "strong";
}

function isItalic(el: Element, tag: string) {
  const style = /font-style:([a-z]+)/.exec(styleOf(el))?.[1];
  if (style) return style === "italic" || style === "oblique";
  return tag === "i" || tag === "em";
}

function isEmpty(el: Element) {
  return !el.textContent?.replace(/[\s\u00a0]/g, "") && !el.querySelector("hr, br");
}

/** A table's rows, whether directly in the table or in its head, body and foot. */
function rowsOf(table: Element): Element[] {
  return [...table.children].flatMap((child) => {
    const tag = child.localName.toLowerCase();
    if (tag === "tr") return [child];
    return tableSections.has(tag) ? [...child.children].filter((row) => row.localName.toLowerCase() === "tr") : [];
  });
}

const cellsOf = (row: Element) => [...row.children].filter((cell) => /^t[dh]$/i.test(cell.localName));

/** A header row: in the table's head, all header cells, or Word's "repeat as header row" (mso-yfti-irow:-1). */
function isHeaderRow(row: Element): boolean {
  if (row.parentElement?.localName.toLowerCase() === "thead") return true;
  if (/mso-yfti-irow:-1/.test(styleOf(row))) return true;
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((cell) => cell.localName.toLowerCase() === "th");
}

const span = (cell: Element, name: string, max: number) =>
  Math.min(max, Math.max(1, Number.parseInt(cell.getAttribute(name) ?? "1", 10) || 1));

class Cleaner {
  /** Every image met, in order, and whether the browser could read it. */
  readonly images: { source: string; readable: boolean }[] = [];
  /** How deep in table cells the walk is: a table or figure there has no place in the body. */
  private inCell = 0;
  /** How deep in links the walk is: an address inside one is its text, not another link. */
  private inLink = 0;

  constructor(
    private readonly doc: Document,
    private readonly figures: ReadonlyMap<number, PastedFigure> = new Map(),
  ) {}

  /** The top of the cleaned copy, where only blocks belong. */
  private root: Node | null = null;

  /** A cleaned copy of what `from` holds. */
  copy(from: Node): Element {
    const root = this.doc.createElement("div");
    this.root = root;
    this.children(from, root);
    return root;
  }

  /** Copies the children of `from` into `to`, cleaned. */
  children(from: Node, to: Node) {
    from.childNodes.forEach((child) => this.node(child, to));
  }

  private node(node: Node, out: Node) {
    if (node.nodeType === 3) {
      // Word's clipboard hides control characters in text (a vertical tab for a line break, a
      // form feed for a page break); the server refuses them, and a writer could not find them.
      return this.text(stripControlCharacters(node.textContent ?? ""), out);
    }
    if (node.nodeType !== 1) return; // comments, Word's conditional comments, processing instructions
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (tag === "img") return this.image(el, out);
    if (tag === "sup" && this.footnoteReference(el, out)) return;
    // The editor's own figures (cut and pasted within a body) keep their library image.
    if (tag === "figure" && el.hasAttribute("data-media-id") && !this.inCell) return this.ownFigure(el, out);
    if (tag === "table" && !this.inCell) return this.table(el, out);
    // Word's own namespaced elements (<o:p>, <v:shape>, <w:sdt>) carry layout, not text.
    if (dropped.has(tag) || tag.includes(":")) return;
    // Word's list marker ("1." or a bullet in a symbol font) is regenerated by the list itself.
    if (/mso-list:ignore/.test(styleOf(el))) return;

    if (headings[tag]) return this.block(el, headings[tag], out);
    if (tag === "ul" || tag === "ol") {
      const list = this.doc.createElement(tag);
      this.children(el, list);
      if (list.childNodes.length) out.appendChild(list);
      return;
    }
    if (tag === "li") {
      const item = this.doc.createElement("li");
      this.children(el, item);
      out.appendChild(item);
      return;
    }
    if (tag === "hr") return void out.appendChild(this.doc.createElement("hr"));
    // A line break between blocks, not in one: Google Docs puts one between paragraphs it spaces
    // apart, which would become an empty paragraph.
    if (tag === "br") return void (out !== this.root && out.appendChild(this.doc.createElement("br")));
    if (tag === "blockquote") {
      const quote = this.doc.createElement("blockquote");
      this.children(el, quote);
      if (!isEmpty(quote)) out.appendChild(quote);
      return;
    }
    if (tag === "p" && /msotitle/i.test(el.getAttribute("class") ?? "")) return this.block(el, "h2", out);
    // Cells of a table within a table, definition lists and the like become paragraphs.
    if (blocks.has(tag)) return this.block(el, "p", out);
    if (tag === "a") return this.link(el, out);

    // Inline formatting: keep bold and italic, whichever way they were written.
    const wrappers = [isBold(el, tag) && "strong", isItalic(el, tag) && "em"].filter((name): name is string => Boolean(name));
    if (!wrappers.length) return this.children(el, out); // span, font, u, div, tr, section...: unwrapped
    const outer = this.doc.createElement(wrappers[0]);
    const inner = wrappers[1] ? outer.appendChild(this.doc.createElement(wrappers[1])) : outer;
    out.appendChild(outer);
    this.children(el, inner);
    if (!outer.textContent) {
      // Formatting around nothing but an image: the image's figure stays, the formatting goes.
      outer.querySelectorAll("figure").forEach((figure) => out.appendChild(figure));
      out.removeChild(outer);
    }
  }

  private block(el: Element, tag: string, out: Node) {
    const block = this.doc.createElement(tag);
    this.children(el, block);
    // A paragraph holding only blocks (a Docs list item's <p>, a table cell's <p>) is unwrapped.
    if (tag === "p" && [...block.children].some((c) => c.localName === "p" || headings[c.localName])) {
      while (block.firstChild) out.appendChild(block.firstChild);
      return;
    }
    // A figure stands on its own: the text before and after it become blocks of their own.
    let part = this.doc.createElement(tag);
    const flush = () => {
      if (!isEmpty(part)) out.appendChild(part);
      part = this.doc.createElement(tag);
    };
    while (block.firstChild) {
      const child = block.firstChild;
      if (child.nodeName.toLowerCase() === "figure") {
        flush();
        out.appendChild(child);
      } else part.appendChild(child);
    }
    flush();
  }

  /** An image: the figure it became in the library, or nothing (counted, so the writer can be told). */
  private image(el: Element, out: Node) {
    const source = (el.getAttribute("src") ?? "").trim();
    const index = this.images.length;
    this.images.push({ source, readable: readable.test(source) && !this.inCell });
    const figure = this.figures.get(index);
    if (figure) out.appendChild(this.figure(figure, null));
  }

  private figure(figure: PastedFigure, href: string | null): Element {
    const el = this.doc.createElement("figure");
    el.setAttribute("data-media-id", figure.mediaId);
    el.setAttribute("data-caption", figure.caption);
    el.setAttribute("data-credit", figure.credit);
    if (href) el.setAttribute("data-href", href);
    const img = el.appendChild(this.doc.createElement("img"));
    img.setAttribute("alt", figure.alt);
    return el;
  }

  private ownFigure(el: Element, out: Node) {
    const data = (name: string) => stripControlCharacters(el.getAttribute(`data-${name}`) ?? "");
    const href = data("href").trim();
    const figure = {
      mediaId: data("media-id"),
      alt: stripControlCharacters(el.querySelector("img")?.getAttribute("alt") ?? ""),
      caption: data("caption"),
      credit: data("credit"),
    };
    out.appendChild(this.figure(figure, isSafeHref(href) ? href : null));
  }

  /**
   * A table as the body's table node: rows of cells with their spans, the first row a header row
   * where the source marks it as one, the caption kept. Widths, borders and colours go.
   */
  private table(el: Element, out: Node) {
    const rows = rowsOf(el).filter((row) => cellsOf(row).length > 0);
    if (!rows.length) return;
    const table = this.doc.createElement("table");
    const caption = [...el.children].find((child) => child.localName.toLowerCase() === "caption");
    const captionText = stripControlCharacters(caption?.textContent ?? "")
      .replace(/\s+/g, " ")
      .trim();
    if (captionText) table.setAttribute("caption", captionText.slice(0, TABLE_LIMITS.caption));
    const body = table.appendChild(this.doc.createElement("tbody"));
    rows.forEach((row, index) => {
      const header = index === 0 && isHeaderRow(row);
      const tr = body.appendChild(this.doc.createElement("tr"));
      for (const cell of cellsOf(row)) {
        const td = tr.appendChild(this.doc.createElement(header ? "th" : "td"));
        const colspan = span(cell, "colspan", TABLE_LIMITS.columns);
        const rowspan = span(cell, "rowspan", TABLE_LIMITS.rows);
        if (colspan > 1) td.setAttribute("colspan", String(colspan));
        if (rowspan > 1) td.setAttribute("rowspan", String(rowspan));
        this.inCell += 1;
        this.children(cell, td);
        this.inCell -= 1;
      }
    });
    out.appendChild(table);
  }

  /** A footnote reference as the editor writes it (its own, or one takePastedFootnotes made): kept, with its id. */
  private footnoteReference(el: Element, out: Node): boolean {
    const anchor = el.querySelector(":scope > a.footnote-ref[data-id]");
    const id = anchor?.getAttribute("data-id") ?? "";
    if (!anchor || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return false;
    const sup = out.appendChild(this.doc.createElement("sup"));
    const reference = sup.appendChild(this.doc.createElement("a"));
    reference.className = "footnote-ref";
    reference.setAttribute("data-id", id);
    reference.textContent = anchor.textContent;
    return true;
  }

  /** Text, with a web address written out in it made a link (outside a link already). */
  private text(text: string, out: Node) {
    let at = 0;
    if (!this.inLink) {
      for (const found of bareLinks(text)) {
        out.appendChild(this.doc.createTextNode(text.slice(at, found.start)));
        const a = out.appendChild(this.doc.createElement("a"));
        a.setAttribute("href", found.href);
        a.textContent = text.slice(found.start, found.end);
        at = found.end;
      }
    }
    out.appendChild(this.doc.createTextNode(text.slice(at)));
  }

  private link(el: Element, out: Node) {
    const href = stripControlCharacters(el.getAttribute("href") ?? "").trim();
    if (!isSafeHref(href)) return this.children(el, out);
    const a = this.doc.createElement("a");
    a.setAttribute("href", href);
    this.inLink += 1;
    this.children(el, a);
    this.inLink -= 1;
    out.appendChild(a);
  }
}

/** Turns Word's list paragraphs into real (nested) lists, before cleaning drops their styles. */
function rebuildWordLists(doc: Document) {
  const items = [...doc.querySelectorAll("p")].filter((p) => wordList.test(p.getAttribute("style") ?? ""));
  // A run of adjacent list paragraphs is one list; anything between them starts a new one.
  const continues = items.map((p, i) => i > 0 && p.previousElementSibling === items[i - 1]);
  let stack: { list: Element; level: number }[] = [];
  items.forEach((p, i) => {
    const level = Number(wordList.exec(p.getAttribute("style") ?? "")![2]);
    const marker = [...p.querySelectorAll("span")].find((s) => /mso-list:\s*ignore/i.test(s.getAttribute("style") ?? ""));
    const ordered = orderedMarker.test(marker?.textContent ?? "");
    if (!continues[i]) stack = [];
    while (stack.length && stack[stack.length - 1].level > level) stack.pop();
    if (!stack.length || stack[stack.length - 1].level < level) {
      const list = doc.createElement(ordered ? "ol" : "ul");
      const parentItem = stack.length ? stack[stack.length - 1].list.lastElementChild : null;
      if (parentItem) parentItem.appendChild(list);
      else p.parentNode!.insertBefore(list, p);
      stack.push({ list, level });
    }
    const item = doc.createElement("li");
    const paragraph = doc.createElement("p");
    while (p.firstChild) paragraph.appendChild(p.firstChild);
    item.appendChild(paragraph);
    stack[stack.length - 1].list.appendChild(item);
    p.remove();
  });
}

/** A paste's footnote, for the editor to put under Notes: the id its reference carries, and its text as cleaned HTML. */
export interface PastedNote {
  id: string;
  html: string;
}

/** A paste, cleaned: its HTML, the notes its references point to, and how many references came without their note. */
export interface CleanPaste {
  html: string;
  notes: PastedNote[];
  notesMissing: number;
}

function clean(html: string, figures?: ReadonlyMap<number, PastedFigure>) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const footnotes = takePastedFootnotes(doc, () => crypto.randomUUID());
  rebuildWordLists(doc);
  const cleaner = new Cleaner(doc, figures);
  const out = cleaner.copy(doc.body);
  const notes = footnotes.notes.map(({ id, container }) => ({ id, html: new Cleaner(doc).copy(container).innerHTML }));
  return { html: out.innerHTML, images: cleaner.images, notes, notesMissing: footnotes.missing };
}

/**
 * The paste cleaned. `figures` holds, by their order in the paste (pastedImages' sources), the
 * images already uploaded into the library: each comes back as a figure in its place. Footnote
 * references come back as the editor's, their notes apart (the editor puts them under Notes).
 */
export function cleanPaste(html: string, figures?: ReadonlyMap<number, PastedFigure>): CleanPaste {
  const { html: cleaned, notes, notesMissing } = clean(html, figures);
  return { html: cleaned, notes, notesMissing };
}

/** The cleaned HTML alone: a paste without footnotes (the editor's own paste path). */
export function cleanPastedHtml(html: string, figures?: ReadonlyMap<number, PastedFigure>): string {
  return clean(html, figures).html;
}

/** The paste's images, by their order in the paste: what the editor may read and upload, and how many it cannot. */
export function pastedImages(html: string): PastedImages {
  const { images } = clean(html);
  return {
    sources: images.map((image) => (image.readable ? image.source : null)),
    unreachable: images.filter((image) => !image.readable).length,
  };
}
