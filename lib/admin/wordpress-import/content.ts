// A WordPress post's HTML as a piece's body. Gutenberg's block comments go (the HTML they wrap
// stays); a classic-editor post's paragraphs, which WordPress makes from blank lines only when it
// displays them, are made here the same way. Footnotes become the body's real footnotes: the
// core Footnotes block (references `<sup data-fn>`, notes in the post meta "footnotes") and the
// shortcodes of the common plugins. Each image becomes a figure at the body's top level holding a
// placeholder id: which library image it is (or whether it can be had at all) is decided by the
// plan (./images.ts), which replaces the placeholder or removes the figure and says why. What
// else the body cannot hold (embeds, galleries) is reported, never dropped silently.
// The result is parsed with the body's one schema and validated like any save.
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { DOMParser as SchemaParser } from "@tiptap/pm/model";
import { JSDOM } from "jsdom";
import { isSafeHref } from "../../content/links";
import { FIGURE_LIMITS } from "../../content/limits";
import { schemaFor, validateRichText } from "../../content/validate";

/** An image of the post, as a figure whose mediaId is `placeholder` until the plan resolves it. */
export interface ContentImage {
  placeholder: string;
  src: string;
  /** The file's name, for the report. */
  name: string;
  /** From Gutenberg's `wp-image-<id>` class: the attachment it showed. */
  attachmentId: string | null;
  /** The img's own alt text (empty when it had none). */
  alt: string;
}

export interface ConvertedContent {
  body: JSONContent;
  footnotes: number;
  /** Its images, in document order. */
  images: ContentImage[];
  /** Sentences on what else was left out ("1 embedded video", "shortcode [gallery]"). */
  dropped: string[];
}

/**
 * Footnote shortcodes, each `[open]note[/close]`: Easy Footnotes, Modern Footnotes, the
 * `[ref]` of several plugins, and Footnotes Made Easy's `((note))`.
 */
const noteShortcodes: RegExp[] = [
  /\[efn_note(?:\s[^\]]*)?\]([\s\S]*?)\[\/efn_note\]/g,
  /\[mfn(?:\s[^\]]*)?\]([\s\S]*?)\[\/mfn\]/g,
  /\[ref(?:\s[^\]]*)?\]([\s\S]*?)\[\/ref\]/g,
  /\(\(([\s\S]+?)\)\)/g,
];

/** Shortcodes whose output the body cannot hold (galleries, players): removed and reported. */
const droppedShortcodes = /\[(gallery|embed|video|audio|playlist)(?:\s[^\]]*)?\](?:[\s\S]*?\[\/\1\])?/g;

/** Elements with no place in the body, and what the report calls them. */
const droppedElements: [string, string][] = [
  ["iframe, embed, object", "embedded frame"],
  ["video", "video"],
  ["audio", "audio player"],
  ["script, style, noscript", "script or style"],
  ["form", "form"],
];

const blockStart = /^<(p|h[1-6]|ul|ol|blockquote|figure|table|div|pre|hr|dl)[\s>/]/i;

/** WordPress's wpautop, simply: blank lines separate paragraphs, single newlines are line breaks. */
function autop(html: string): string {
  if (/<p[\s>]/i.test(html)) return html;
  return html
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>")}</p>`))
    .join("\n");
}

/**
 * One jsdom window for every post, each parsed into a fresh document of its own: a window per
 * post is never wholly freed (half a megabyte kept per post, gigabytes over an archive).
 */
let window: JSDOM["window"] | null = null;
const documents = () => (window ??= new JSDOM("<!doctype html>").window).document;

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

const fileName = (src: string) => {
  const last = src.split(/[?#]/)[0].split("/").filter(Boolean).pop() ?? src;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
};

/** "Photo: Reuters", "(Image: NASA)" or "© Jane Doe" at the end of a caption: the figure's credit. */
const creditAtEnd =
  /\s*[([]?\b(?:photo(?:graph)?|image|picture|credit|source)s?(?:\s+by)?\s*:\s*([^()[\]]+?)[)\]]?\s*$|\s*©\s*([^©]+?)\s*$/i;

/** A caption and the credit at its end, if it names one. */
export function splitCredit(text: string): { caption: string; credit: string } {
  const caption = text.replace(/\s+/g, " ").trim();
  const match = creditAtEnd.exec(caption);
  if (!match) return { caption, credit: "" };
  return { caption: caption.slice(0, match.index).trim(), credit: (match[1] ?? match[2]).trim() };
}

/** Where an image's link goes, when it leads somewhere of its own (not to the image file or its attachment page). */
function linkOf(img: Element): string | null {
  const href = img.closest("a")?.getAttribute("href")?.trim() ?? "";
  if (!/^https?:/i.test(href) || /\/wp-content\/uploads\/|[?&]attachment_id=|\/attachment\//.test(href)) return null;
  return isSafeHref(href) ? href : null;
}

/**
 * Every image becomes a figure at the body's top level, since figures stand nowhere else: one in
 * its own block (Gutenberg's image block, the [caption] shortcode) takes that block's place, one
 * inside a paragraph, list or quote goes after it, several in the order they came. The caption is
 * the block's <figcaption> (or the shortcode's text), with a trailing "Photo: …" as the credit.
 */
function placeImages(doc: Document, body: HTMLElement): ContentImage[] {
  const images: ContentImage[] = [];
  const lastPlaced = new Map<Element, Element>();
  body.querySelectorAll("img").forEach((img) => {
    const src = img.getAttribute("src") ?? "";
    const holder = img.closest("figure");
    const captionNode = holder?.querySelector("figcaption");
    let captionText = captionNode?.textContent ?? "";
    if (holder?.classList.contains("wp-caption") && !captionNode) {
      // [caption]<a><img></a> The caption[/caption]: the text beside the image.
      const copy = holder.cloneNode(true) as Element;
      copy.querySelectorAll("img").forEach((n) => n.remove());
      captionText = copy.textContent ?? "";
    }
    const { caption, credit } = splitCredit(captionText);
    const placeholder = `wpimage-${images.length}`;
    const [, attachmentId = null] = /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(img.getAttribute("class") ?? "") ?? [];
    images.push({ placeholder, src, name: fileName(src || "image"), attachmentId, alt: (img.getAttribute("alt") ?? "").trim() });

    const figure = doc.createElement("figure");
    figure.setAttribute("data-media-id", placeholder);
    figure.setAttribute("data-caption", caption.slice(0, FIGURE_LIMITS.caption));
    figure.setAttribute("data-credit", credit.slice(0, FIGURE_LIMITS.credit));
    figure.setAttribute("data-href", linkOf(img) ?? "");
    const inner = doc.createElement("img");
    inner.setAttribute("alt", (img.getAttribute("alt") ?? "").trim().slice(0, FIGURE_LIMITS.alt));
    figure.append(inner);

    let block: Element = holder ?? img;
    while (block.parentElement && block.parentElement !== body) block = block.parentElement;
    if (block === holder) {
      block.replaceWith(figure);
      return;
    }
    (lastPlaced.get(block) ?? block).after(figure);
    lastPlaced.set(block, figure);
    // A link around the image alone goes with it (its address, if its own, is the figure's).
    const link = img.closest("a");
    (holder ?? (link && !link.textContent?.trim() ? link : img)).remove();
  });
  return images;
}

/** The core Footnotes block's notes: the post meta "footnotes", a JSON list of { id, content }. */
function coreNotes(meta: string | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  if (!meta) return notes;
  try {
    const parsed: unknown = JSON.parse(meta);
    if (!Array.isArray(parsed)) return notes;
    for (const note of parsed) {
      if (note && typeof note === "object" && typeof note.id === "string" && typeof note.content === "string")
        notes.set(note.id, note.content);
    }
  } catch {
    // A damaged meta value: its references are reported as notes without text below.
  }
  return notes;
}

/**
 * Converts a post's content. Throws the body's RichTextError when what is left cannot be a body
 * (too large, a link with a forbidden scheme): the caller reports the post and imports the rest.
 */
export function convertPostContent(content: string, footnotesMeta?: string, siteUrl = ""): ConvertedContent {
  const dropped: string[] = [];
  const shortcodeNotes: string[] = [];
  let html = content.replace(/<!--[\s\S]*?-->/g, "");
  for (const pattern of noteShortcodes) {
    html = html.replace(pattern, (_match, note: string) => {
      shortcodeNotes.push(note.trim());
      return `<sup data-wpfn="${shortcodeNotes.length}"></sup>`;
    });
  }
  // A captioned image: the caption shortcode around the image and its caption text.
  html = html.replace(/\[caption(?:\s[^\]]*)?\]([\s\S]*?)\[\/caption\]/g, '<figure class="wp-caption">$1</figure>');
  const shortcodes = new Map<string, number>();
  html = html.replace(droppedShortcodes, (_match, name: string) => {
    shortcodes.set(name, (shortcodes.get(name) ?? 0) + 1);
    return "";
  });
  for (const [name, count] of shortcodes) dropped.push(`${counted(count, `[${name}] shortcode`)}`);

  const doc = documents().implementation.createHTMLDocument("");
  const body = doc.body;
  body.innerHTML = autop(html);

  for (const [selector, noun] of droppedElements) {
    const found = body.querySelectorAll(selector);
    if (found.length) dropped.push(counted(found.length, noun));
    found.forEach((element) => element.remove());
  }

  const images = placeImages(doc, body);

  // Links: a relative one ("/2021/03/other-post/") is made absolute on the WordPress site, whose
  // addresses redirect here once its domain points at Standfirst; one the body refuses
  // (javascript:, data:) loses its address, keeps its text, and is counted.
  let refused = 0;
  body.querySelectorAll("a[href]").forEach((link) => {
    const href = (link.getAttribute("href") ?? "").trim();
    let absolute = href;
    if (siteUrl && !href.startsWith("#") && !/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      try {
        absolute = new URL(href, `${siteUrl}/`).toString();
      } catch {
        absolute = href;
      }
    }
    if (isSafeHref(absolute)) link.setAttribute("href", absolute);
    else {
      refused += 1;
      link.replaceWith(...link.childNodes);
    }
  });
  if (refused) dropped.push(`the address of ${counted(refused, "link")} (not http, https, mailto or an anchor)`);

  // Footnotes, in the order of their references.
  const notesMeta = coreNotes(footnotesMeta);
  body.querySelectorAll("ol.wp-block-footnotes").forEach((list) => list.remove());
  const notesList = doc.createElement("ol");
  notesList.className = "footnotes";
  let missing = 0;
  body.querySelectorAll("sup[data-fn], sup[data-wpfn]").forEach((sup, index) => {
    const coreId = sup.getAttribute("data-fn");
    const noteHtml = coreId !== null ? notesMeta.get(coreId) : shortcodeNotes[Number(sup.getAttribute("data-wpfn")) - 1];
    const dataId = `wp-note-${index + 1}`;
    const ref = doc.createElement("a");
    ref.className = "footnote-ref";
    ref.setAttribute("data-id", dataId);
    ref.textContent = String(index + 1);
    const replacement = doc.createElement("sup");
    replacement.append(ref);
    sup.replaceWith(replacement);
    const item = doc.createElement("li");
    item.setAttribute("data-id", dataId);
    // The footnote node requires an id; validation rewrites it from the numbering.
    item.id = `fn:${index + 1}`;
    const paragraph = doc.createElement("p");
    if (noteHtml === undefined) missing += 1;
    paragraph.innerHTML = noteHtml ?? "(The note's text was missing from the export.)";
    item.append(paragraph);
    notesList.append(item);
  });
  if (missing) dropped.push(`${counted(missing, "footnote")} without text in the export`);
  if (notesList.children.length) body.append(notesList);

  // The body's headings are levels 2 to 4.
  const levels: Record<string, string> = { H1: "h2", H5: "h4", H6: "h4" };
  body.querySelectorAll("h1, h5, h6").forEach((heading) => {
    const replacement = doc.createElement(levels[heading.tagName]);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  });
  // Paragraphs emptied by what was removed above.
  body.querySelectorAll("p").forEach((p) => {
    if (!p.textContent?.replace(/[\s\u00a0]/g, "") && !p.querySelector("sup, br")) p.remove();
  });

  const parsed = SchemaParser.fromSchema(schemaFor("body")).parse(body).toJSON() as JSONContent;
  const footnotes = notesList.children.length;
  return { body: validateRichText("body", parsed), footnotes, images, dropped };
}
