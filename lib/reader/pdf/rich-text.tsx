// TipTap JSON to react-pdf elements: the body (headings, paragraphs, lists, quotes, rules, figures,
// tables, note references and the notes) and the short "prose" texts (bios, the disclaimer).
// Only the node and mark types of lib/content/extensions.ts exist in stored JSON (validated on
// every write); anything else is skipped rather than guessed at. Links are kept only when
// lib/content/links.ts allows them, as the HTML renderer does.
import type { ReactNode } from "react";
import type { Styles } from "@react-pdf/renderer";
import type { JSONContent } from "@tiptap/core";
import { isSafeHref } from "../../content/links";
import type { PdfImage } from "./model";
import type { PdfKit } from "./kit";

export interface RichTextContext {
  kit: PdfKit;
  images: Map<string, PdfImage>;
  /** Note numbers by data-id (lib/content/footnotes.ts). */
  notes: Map<string, number>;
}

/** Inline content: text runs with their marks, hard breaks and note references. */
function inline(nodes: JSONContent[] | undefined, context: RichTextContext): ReactNode[] {
  const { Text, Link } = context.kit.R;
  const { styles } = context.kit;
  return (nodes ?? []).map((node, index) => {
    if (node.type === "hardBreak") return "\n";
    if (node.type === "footnoteReference") {
      const number = context.notes.get(String(node.attrs?.["data-id"]));
      if (!number) return null;
      return (
        <Link key={index} src={`#note-${number}`} style={styles.link}>
          <Text style={styles.noteRef}>{String(number)}</Text>
        </Link>
      );
    }
    if (node.type !== "text" || !node.text) return null;
    let run: ReactNode = node.text;
    const marks = node.marks ?? [];
    const bold = marks.some((m) => m.type === "bold");
    const italic = marks.some((m) => m.type === "italic");
    if (bold || italic) run = <Text style={[bold ? styles.bold : {}, italic ? styles.italic : {}]}>{run}</Text>;
    const link = marks.find((m) => m.type === "link");
    const href = typeof link?.attrs?.href === "string" ? link.attrs.href : "";
    if (href && isSafeHref(href)) {
      run = (
        <Link src={href} style={styles.link}>
          {run}
        </Link>
      );
    }
    return <Text key={index}>{run}</Text>;
  });
}

function list(node: JSONContent, context: RichTextContext, key: number): ReactNode {
  const { View, Text } = context.kit.R;
  const { styles } = context.kit;
  const ordered = node.type === "orderedList";
  const start = ordered && typeof node.attrs?.start === "number" ? node.attrs.start : 1;
  return (
    <View key={key} style={styles.list}>
      {(node.content ?? []).map((item, index) => (
        <View key={index} style={styles.listItem} wrap>
          <Text style={styles.listMarker}>{ordered ? `${start + index}.` : "•"}</Text>
          <View style={styles.listBody}>{blocks(item.content, context, { paragraph: styles.listParagraph })}</View>
        </View>
      ))}
    </View>
  );
}

function figure(node: JSONContent, context: RichTextContext, key: number): ReactNode {
  // Renamed: a PDF image has no alt attribute (the caption below it speaks for it).
  const { View, Text, Image: Picture, Link } = context.kit.R;
  const { styles, columnWidth } = context.kit;
  const image = context.images.get(String(node.attrs?.mediaId));
  if (!image) return null;
  const caption = typeof node.attrs?.caption === "string" ? node.attrs.caption : "";
  const credit = typeof node.attrs?.credit === "string" ? node.attrs.credit : "";
  const href = typeof node.attrs?.href === "string" && isSafeHref(node.attrs.href) ? node.attrs.href : null;
  // The column's width at most, never larger than the image is at 96 pixels an inch (a small
  // chart is not blown up), and never taller than about half a page.
  const width = Math.min(columnWidth, image.width * 0.75, (360 * image.width) / image.height);
  const picture = <Picture src={{ data: image.jpeg, format: "jpg" }} style={{ width, height: (width * image.height) / image.width }} />;
  return (
    <View key={key} style={styles.figure} wrap={false}>
      {href ? <Link src={href}>{picture}</Link> : picture}
      {caption || credit ? (
        <Text style={styles.figureCaption}>
          {caption}
          {caption && credit ? " " : ""}
          {credit ? <Text style={styles.figureCredit}>{credit}</Text> : null}
        </Text>
      ) : null}
    </View>
  );
}

function table(node: JSONContent, context: RichTextContext, key: number, number: number): ReactNode {
  const { View, Text } = context.kit.R;
  const { styles } = context.kit;
  const caption = typeof node.attrs?.caption === "string" ? node.attrs.caption.trim() : "";
  const rows = node.content ?? [];
  return (
    <View key={key} style={styles.tableBlock}>
      <Text style={styles.tableCaption} minPresenceAhead={40}>
        <Text style={styles.bold}>Table {number}</Text>
        {caption ? `. ${caption}` : ""}
      </Text>
      <View style={styles.table}>
        {rows.map((row, r) => {
          const cells = row.content ?? [];
          const header = cells.length > 0 && cells.every((c) => c.type === "tableHeader");
          return (
            <View key={r} style={[styles.tableRow, header ? styles.tableHeadRow : {}]} wrap={false}>
              {cells.map((cell, c) => {
                const span = typeof cell.attrs?.colspan === "number" && cell.attrs.colspan > 1 ? cell.attrs.colspan : 1;
                return (
                  <View
                    key={c}
                    style={[styles.tableCell, { flexGrow: span, flexBasis: 0 }, cell.type === "tableHeader" ? styles.tableHeaderCell : {}]}
                  >
                    {blocks(cell.content, context, { paragraph: styles.cellParagraph })}
                  </View>
                );
              })}
            </View>
          );
        })}
      </View>
    </View>
  );
}

function notes(node: JSONContent, context: RichTextContext, key: number, heading: string): ReactNode {
  const { View, Text } = context.kit.R;
  const { styles } = context.kit;
  const numbered = (node.content ?? [])
    .map((note) => ({ note, number: context.notes.get(String(note.attrs?.["data-id"])) }))
    .filter((n): n is { note: JSONContent; number: number } => Boolean(n.number))
    .sort((a, b) => a.number - b.number);
  if (numbered.length === 0) return null;
  return (
    <View key={key} style={styles.notes}>
      <Text style={styles.sectionHeading} minPresenceAhead={60}>
        {heading}
      </Text>
      {numbered.map(({ note, number }) => (
        <View key={number} id={`note-${number}`} style={styles.note}>
          <Text style={styles.noteNumber}>{number}.</Text>
          <View style={styles.noteBody}>{blocks(note.content, context, { paragraph: styles.noteParagraph })}</View>
        </View>
      ))}
    </View>
  );
}

/** Block content, in order. `heading` names the notes section ("Notes", "References"). */
export function blocks(
  nodes: JSONContent[] | undefined,
  context: RichTextContext,
  options: { paragraph?: Styles[string]; notesHeading?: string } = {},
): ReactNode[] {
  const { View, Text } = context.kit.R;
  const { styles } = context.kit;
  let tables = 0;
  return (nodes ?? []).map((node, key) => {
    switch (node.type) {
      case "paragraph":
        if (!node.content?.length) return null;
        return (
          <Text key={key} style={options.paragraph ?? styles.paragraph}>
            {inline(node.content, context)}
          </Text>
        );
      case "heading": {
        const level = Number(node.attrs?.level) === 2 ? styles.h2 : Number(node.attrs?.level) === 3 ? styles.h3 : styles.h4;
        return (
          <Text key={key} style={level} minPresenceAhead={48}>
            {inline(node.content, context)}
          </Text>
        );
      }
      case "bulletList":
      case "orderedList":
        return list(node, context, key);
      case "blockquote":
        return (
          <View key={key} style={styles.blockquote}>
            {blocks(node.content, context)}
          </View>
        );
      case "horizontalRule":
        return <View key={key} style={styles.rule} />;
      case "figure":
        return figure(node, context, key);
      case "table":
        tables += 1;
        return table(node, context, key, tables);
      case "footnotes":
        return notes(node, context, key, options.notesHeading ?? "Notes");
      default:
        return null;
    }
  });
}
