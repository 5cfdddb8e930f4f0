"use client";
// The formatting toolbar: one labelled button per thing the body schema allows. Each
// name contains the button's visible text (WCAG 2.5.3), so "click H2" works by voice.
import { useEditorState, type Editor } from "@tiptap/react";
import { ToolButton } from "./tool-button";

const mod = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl+";

interface Props {
  editor: Editor;
  onLink: () => void;
  onFootnote: () => void;
  /** Opens the media library to choose an image. */
  onImage: () => void;
}

export function Toolbar({ editor, onLink, onFootnote, onImage }: Props) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive("paragraph"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      h4: e.isActive("heading", { level: 4 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      inNotes: e.isActive("footnotes"),
      inTable: e.isActive("table"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" aria-controls="body-editor">
      <div className="toolbar__group">
        <ToolButton label="Paragraph" pressed={s.paragraph} onClick={() => chain().setParagraph().run()}>
          ¶
        </ToolButton>
        <ToolButton
          label="H2 heading"
          shortcut={`${mod}Alt+2`}
          pressed={s.h2}
          disabled={s.inNotes}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        >
          H2
        </ToolButton>
        <ToolButton
          label="H3 heading"
          shortcut={`${mod}Alt+3`}
          pressed={s.h3}
          disabled={s.inNotes}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        >
          H3
        </ToolButton>
        <ToolButton
          label="H4 heading"
          shortcut={`${mod}Alt+4`}
          pressed={s.h4}
          disabled={s.inNotes}
          onClick={() => chain().toggleHeading({ level: 4 }).run()}
        >
          H4
        </ToolButton>
      </div>
      <div className="toolbar__group">
        <ToolButton label="Bold" shortcut={`${mod}B`} pressed={s.bold} onClick={() => chain().toggleBold().run()}>
          <b>B</b>
        </ToolButton>
        <ToolButton label="Italic" shortcut={`${mod}I`} pressed={s.italic} onClick={() => chain().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label="Link" shortcut={`${mod}K`} pressed={s.link} onClick={onLink}>
          <span className="tool__link">Link</span>
        </ToolButton>
      </div>
      <div className="toolbar__group">
        <ToolButton
          label="Bullet list"
          shortcut={`${mod}Shift+8`}
          pressed={s.bullet}
          disabled={s.inNotes}
          onClick={() => chain().toggleBulletList().run()}
        >
          • List
        </ToolButton>
        <ToolButton
          label="Numbered list"
          shortcut={`${mod}Shift+7`}
          pressed={s.ordered}
          disabled={s.inNotes}
          onClick={() => chain().toggleOrderedList().run()}
        >
          Numbered
        </ToolButton>
        <ToolButton
          label="Quote"
          shortcut={`${mod}Shift+B`}
          pressed={s.quote}
          disabled={s.inNotes}
          onClick={() => chain().toggleBlockquote().run()}
        >
          “ ”
        </ToolButton>
        <ToolButton label="Horizontal rule" disabled={s.inNotes} onClick={() => chain().setHorizontalRule().run()}>
          ―
        </ToolButton>
        <ToolButton label="Footnote" disabled={s.inNotes} onClick={onFootnote}>
          Footnote
        </ToolButton>
      </div>
      <div className="toolbar__group">
        {/* Images and tables stand on their own in the body: not in the notes, nor in a table. */}
        <ToolButton label="Insert image" disabled={s.inNotes || s.inTable} onClick={onImage}>
          Image
        </ToolButton>
        <ToolButton
          label="Insert table"
          disabled={s.inNotes || s.inTable}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        >
          Table
        </ToolButton>
      </div>
      <div className="toolbar__group">
        <ToolButton label="Undo" shortcut={`${mod}Z`} disabled={!s.canUndo} onClick={() => chain().undo().run()}>
          ↶
        </ToolButton>
        <ToolButton label="Redo" shortcut={`${mod}Shift+Z`} disabled={!s.canRedo} onClick={() => chain().redo().run()}>
          ↷
        </ToolButton>
      </div>
    </div>
  );
}
