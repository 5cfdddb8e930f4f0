// Footnotes in a paste from Word or Google Docs, found before the clean-up drops their markup.
// Word's clipboard marks a reference `<a href="#_ftn1" name="_ftnref1">` (endnotes `_edn`) and
// puts each note in a `<div style="mso-element:footnote" id="ftn1">` after the text; Google
// Docs' HTML marks one `<a href="#ftnt1" id="ftnt_ref1">` and each note opens with
// `<a href="#ftnt_ref1" id="ftnt1">` — but its clipboard carries the references only, never the
// notes' text. Each reference becomes the editor's own (`sup > a.footnote-ref[data-id]`), and
// each note is taken out of the text, for the editor to put under Notes. Runs in the browser.

/** A note found in the paste, still as its HTML (cleaned later, as the rest of the paste). */
export interface FoundNote {
  id: string;
  container: Element;
}

export interface FoundFootnotes {
  /** In the order of their references. */
  notes: FoundNote[];
  /** References whose note the paste does not hold (Google Docs' clipboard). */
  missing: number;
}

/** A reference's target: Word's footnotes and endnotes, Google Docs' notes. */
const referenceTarget = /^#(_ftn\d+|_edn\d+|ftnt\d+)$/;
/** A note's way back to its reference, which the note list of the body makes itself. */
const backLink = /^#(_ftnref\d+|_ednref\d+|ftnt_ref\d+)$/;

/** Whether pasted HTML holds footnote references (cheap, before any parsing). */
export const hasPastedFootnotes = (html: string) => /href=["']?#(_ftn|_edn|ftnt)\d+/.test(html);

/** The element that holds a note: Word's note div, else Google Docs' div around the note's paragraphs. */
function noteContainer(doc: Document, target: string): Element | null {
  const anchor = doc.getElementById(target) ?? doc.querySelector(`a[name="${target}"]`);
  if (!anchor) return null;
  const word = anchor.closest('div[style*="mso-element:footnote"], div[style*="mso-element:endnote"]');
  if (word && !/-list/.test(word.getAttribute("style") ?? "")) return word;
  // A div holding just this note (Google Docs): no other note's backlink, and none of the text's references.
  const div = anchor.closest("div");
  const othersIn = (el: Element) =>
    el.querySelector("a.footnote-ref") !== null ||
    [...el.querySelectorAll("a[href]")].some((a) => a !== anchor && backLink.test(a.getAttribute("href") ?? ""));
  if (div && !othersIn(div)) return div;
  return anchor.closest("p") ?? anchor;
}

/**
 * Rewrites the paste's footnote references as the editor's, with fresh ids, and takes their notes
 * out of the text. The notes' backlinks go; what stays of their lists (Word's rule) goes too.
 */
export function takePastedFootnotes(doc: Document, newId: () => string): FoundFootnotes {
  const references = [...doc.querySelectorAll("a[href]")].filter((a) => referenceTarget.test(a.getAttribute("href") ?? ""));
  // Every reference first, so that no note's container is taken for one holding the text.
  const found = references.map((reference, index) => {
    const id = newId();
    const target = reference.getAttribute("href")!.slice(1);
    const sup = doc.createElement("sup");
    const anchor = sup.appendChild(doc.createElement("a"));
    anchor.className = "footnote-ref";
    anchor.setAttribute("data-id", id);
    anchor.textContent = String(index + 1);
    (reference.parentElement?.localName === "sup" ? reference.parentElement : reference).replaceWith(sup);
    return { id, target };
  });
  const notes: FoundNote[] = [];
  let missing = 0;
  found.forEach(({ id, target }) => {
    const container = noteContainer(doc, target);
    if (!container) {
      missing += 1;
      return;
    }
    container.querySelectorAll("a[href]").forEach((a) => {
      if (backLink.test(a.getAttribute("href") ?? "")) a.remove();
    });
    // The space that separated the note's number from its text (often a no-break space) goes with the number.
    const walker = doc.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      text.textContent = (text.textContent ?? "").replace(/^[\s\u00a0]+/, "");
      if (text.textContent) break;
    }
    container.remove();
    notes.push({ id, container });
  });
  // Word's note lists, and the rule Google Docs puts before its notes, once their notes are out.
  doc.querySelectorAll('div[style*="footnote-list"], div[style*="endnote-list"]').forEach((list) => list.remove());
  if (notes.length) doc.querySelectorAll("hr").forEach((rule) => !rule.nextElementSibling && rule.remove());
  return { notes, missing };
}
