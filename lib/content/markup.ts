// A small plain-text markup for short rich texts (author bios, disclaimers), so they can be
// written in a textarea: a blank line between paragraphs, a single line break kept as a
// break, **bold**, *italic*, [text](https://...) links, a web address written out
// ("https://…", "www.…") as a link to itself, and a backslash before * [ ] \ to write the
// character itself. proseToMarkup turns a stored document back into the same
// markup, so editing a text and saving it unchanged gives back the same document.
import type { JSONContent } from "@tiptap/core";
import { bareLinks } from "./links";

type Mark = { type: string; attrs?: Record<string, unknown> };

// Bold must not end just before another "*", so "***both***" is bold around italic.
const inlinePattern = /\\([\\*[\]])|\*\*(.+?)\*\*(?!\*)|\*(.+?)\*|\[([^\]^][^\]]*)\]\((https?:\/\/[^)\s]+|mailto:[^)\s]+)\)|\[\^(\d+)\]/g;

/** Inline markup to text nodes; footnote references ([^n]) resolve to noteIds[n - 1]. */
export function inlineMarkup(text: string, noteIds: string[] = [], marks: Mark[] = []): JSONContent[] {
  const out: JSONContent[] = [];
  const pushRun = (t: string, runMarks: Mark[]) => {
    if (!t) return;
    const previous = out[out.length - 1];
    // Escaped characters split the text; keep one node per run of equally marked text.
    if (previous?.type === "text" && JSON.stringify(previous.marks ?? []) === JSON.stringify(runMarks)) previous.text += t;
    else out.push(runMarks.length ? { type: "text", text: t, marks: runMarks } : { type: "text", text: t });
  };
  // Outside a written link, an address written out links to itself.
  const pushText = (t: string) => {
    if (marks.some((mark) => mark.type === "link")) return pushRun(t, marks);
    let at = 0;
    for (const link of bareLinks(t)) {
      pushRun(t.slice(at, link.start), marks);
      pushRun(t.slice(link.start, link.end), [...marks, { type: "link", attrs: { href: link.href } }]);
      at = link.end;
    }
    pushRun(t.slice(at), marks);
  };
  let last = 0;
  for (const m of text.matchAll(inlinePattern)) {
    pushText(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) pushText(m[1]);
    else if (m[2] !== undefined) out.push(...inlineMarkup(m[2], noteIds, [...marks, { type: "bold" }]));
    else if (m[3] !== undefined) out.push(...inlineMarkup(m[3], noteIds, [...marks, { type: "italic" }]));
    else if (m[4] !== undefined) out.push(...inlineMarkup(m[4], noteIds, [...marks, { type: "link", attrs: { href: m[5] } }]));
    else {
      const n = Number(m[6]);
      const id = noteIds[n - 1];
      // Short texts have no notes, so there "[^1]" is just text; in a body it is a mistake.
      if (!id && noteIds.length === 0) {
        pushText(m[0]);
        continue;
      }
      if (!id) throw new Error(`Footnote reference [^${n}] has no note.`);
      out.push({ type: "footnoteReference", attrs: { "data-id": id, referenceNumber: String(n) } });
    }
  }
  pushText(text.slice(last));
  return out;
}

function proseParagraph(source: string): JSONContent {
  const content: JSONContent[] = [];
  source.split("\n").forEach((line, i) => {
    if (i > 0) content.push({ type: "hardBreak" });
    content.push(...inlineMarkup(line));
  });
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

/** A short rich text (bio, disclaimer) from paragraphs separated by blank lines. */
export function markupToProse(markup: string): JSONContent {
  const paragraphs = markup
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { type: "doc", content: paragraphs.length ? paragraphs.map(proseParagraph) : [{ type: "paragraph" }] };
}

const escapeText = (text: string) => text.replace(/[\\*[\]]/g, (c) => `\\${c}`);

function inlineToMarkup(nodes: JSONContent[] = []): string {
  let out = "";
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === "hardBreak") {
      out += "\n";
      continue;
    }
    if (node.type !== "text") continue;
    const link = node.marks?.find((m) => m.type === "link");
    if (link) {
      // Consecutive nodes under the same link become one [text](url).
      const href = String(link.attrs?.href ?? "");
      const run: JSONContent[] = [];
      while (i < nodes.length && nodes[i].type === "text" && nodes[i].marks?.some((m) => m.type === "link" && m.attrs?.href === href)) {
        run.push({ ...nodes[i], marks: nodes[i].marks?.filter((m) => m.type !== "link") });
        i++;
      }
      i--;
      const text = inlineToMarkup(run);
      // An address that links to itself is written out bare, as it was typed.
      out += bareLinks(text).some((found) => found.start === 0 && found.end === text.length && found.href === href)
        ? text
        : `[${text}](${href})`;
      continue;
    }
    let text = escapeText(node.text ?? "");
    if (node.marks?.some((m) => m.type === "italic")) text = `*${text}*`;
    if (node.marks?.some((m) => m.type === "bold")) text = `**${text}**`;
    out += text;
  }
  return out;
}

/** Lists, which the markup has no syntax for, come back as one paragraph per item. */
function blockToMarkup(node: JSONContent): string[] {
  if (node.type === "paragraph") return [inlineToMarkup(node.content)];
  return (node.content ?? []).flatMap(blockToMarkup);
}

/** The markup for a stored prose document. */
export function proseToMarkup(doc: unknown): string {
  const content = (doc as JSONContent | null)?.content ?? [];
  return content
    .flatMap(blockToMarkup)
    .filter((p) => p.trim() !== "")
    .join("\n\n");
}
