"use client";
// The body: TipTap with the one extension list the server validates and renders with (its
// figure given an editing view). Images come from the media library, chosen in its picker or
// uploaded from a paste.
import { useCallback, useEffect, useRef, useState } from "react";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import type { JSONContent } from "@tiptap/core";
import { MediaPicker } from "@/components/studio/media/media-picker";
import { bodyExtensions } from "@/lib/content/extensions";
import { cleanPaste, cleanPastedHtml, pastedImages } from "@/lib/content/paste";
import { hasPastedFootnotes } from "@/lib/content/paste-notes";
import type { MediaItem } from "@/lib/media/types";
import { stripControlCharacters } from "@/lib/platform/control-characters";
import { countWords, plainText, readingMinutes } from "@/lib/content/text";
import { EditableFigure } from "./figure-view";
import { LinkForm } from "./link-form";
import { fileFromDataUri, pasteReport, uploadPasted } from "./pasted-images";
import { fillPastedNotes, notesReport, referenceIds } from "./pasted-notes";
import { TableTools } from "./table-tools";
import { Toolbar } from "./toolbar";

const editorExtensions = bodyExtensions.map((extension) => (extension.name === "figure" ? EditableFigure : extension));

/** Whether pasted HTML holds any text (an image copied alone comes with HTML that holds none). */
const hasText = (html: string) => Boolean(new DOMParser().parseFromString(html, "text/html").body.textContent?.trim());

const figureOf = (item: Pick<MediaItem, "id" | "alt" | "caption" | "credit">) => ({
  type: "figure",
  attrs: { mediaId: item.id, alt: item.alt, caption: item.caption, credit: item.credit, href: null },
});

interface Props {
  /** The piece, once created: uploads are made for it. */
  articleId: string | null;
  /** No uploads until there is a piece (a writer's new piece). */
  uploadsNeedPiece: boolean;
  initialBody: JSONContent;
  error?: string;
  onChange: (body: JSONContent) => void;
  onBlur: () => void;
  onReady: (editor: Editor) => void;
}

function addFootnote(editor: Editor) {
  editor.chain().focus().addFootnote().run();
  // The new reference sits just before the cursor; its note was appended to the list.
  const reference = editor.state.selection.$from.nodeBefore;
  if (reference?.type.name === "footnoteReference") editor.commands.focusFootnote(reference.attrs["data-id"]);
}

function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({ editor, selector: ({ editor: e }) => countWords(plainText(e.getJSON())) });
  const minutes = readingMinutes(words);
  return (
    <p className="editor-stats">
      {words.toLocaleString("en")} {words === 1 ? "word" : "words"} · {minutes} min read
    </p>
  );
}

export function BodyEditor({ articleId, uploadsNeedPiece, initialBody, error, onChange, onBlur, onReady }: Props) {
  const [linking, setLinking] = useState(false);
  const [picking, setPicking] = useState(false);
  const [uploading, setUploading] = useState(0);
  const [pasteNote, setPasteNote] = useState("");
  const articleIdRef = useRef(articleId);
  const editorRef = useRef<Editor | null>(null);
  useEffect(() => {
    articleIdRef.current = articleId;
  }, [articleId]);

  /**
   * Uploads a paste's images, then pastes: the HTML with the figures in their places and its
   * footnotes' text under Notes, or the image files alone as figures. The body is read-only
   * meanwhile, so the paste lands where it was made.
   */
  const pasteWithImages = useCallback(async (html: string | null, files: (File | null)[], unreachable: number) => {
    const editor = editorRef.current;
    if (!editor) return;
    setPasteNote("");
    setUploading(files.filter(Boolean).length);
    editor.setEditable(false, false);
    const { figures, failed } = await uploadPasted(files, articleIdRef.current ?? undefined);
    editor.setEditable(true, false);
    setUploading(0);
    let notesNote = "";
    if (html !== null) {
      const paste = cleanPaste(html, figures);
      const before = new Set(referenceIds(editor));
      // Inserted rather than pasted again: the text's links are already made, and the editor's
      // autolink, run over a paste, marks the wrong characters after a footnote reference
      // (it counts the reference's number as one position, where it takes three).
      editor.chain().setMeta("preventAutolink", true).insertContent(paste.html).run();
      fillPastedNotes(editor, paste, before);
      notesNote = notesReport(paste);
    } else if (figures.size)
      editor
        .chain()
        .focus()
        .insertContent([...figures.values()].map((f) => figureOf({ ...f, id: f.mediaId })))
        .run();
    setPasteNote([pasteReport({ uploaded: figures.size, unreachable, failed }), notesNote].filter(Boolean).join(" "));
  }, []);

  const editor = useEditor({
    extensions: editorExtensions,
    content: initialBody,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      transformPastedHTML: (html) => cleanPastedHtml(html),
      handlePaste: (_view, event) => {
        // A paste without a clipboard (a script's) is the editor's to handle as it would.
        const data = event.clipboardData;
        if (!data) return false;
        const html = data.getData("text/html");
        const files = [...data.files].filter((file) => file.type.startsWith("image/"));
        // An image copied alone comes as a file. Word adds a picture of the whole selection to
        // the text it copies: with text in the HTML, the files are not what the writer copied.
        if (files.length && (!html || !hasText(html))) {
          void pasteWithImages(null, files, 0);
          return true;
        }
        if (!html) return false;
        const { sources, unreachable } = pastedImages(html);
        let unusable = unreachable;
        const carried = sources.map((source, i) => {
          if (!source) return null;
          try {
            return fileFromDataUri(source, `pasted-image-${i + 1}`);
          } catch {
            unusable += 1;
            return null;
          }
        });
        // Footnotes too take the long way: their text is put under Notes after the paste.
        if (!carried.some(Boolean) && !hasPastedFootnotes(html)) {
          // The usual paste, without its images: the writer is told how many stayed behind.
          setPasteNote(pasteReport({ uploaded: 0, unreachable: unusable, failed: [] }));
          return false;
        }
        void pasteWithImages(html, carried, unusable);
        return true;
      },
      // Plain-text pastes too: the server refuses control characters, which no one can see to delete.
      transformPastedText: (text) => stripControlCharacters(text),
      attributes: {
        id: "body-editor",
        class: "prose editor-body",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": "body-label",
      },
      handleKeyDown: (_view, event) => {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
          event.preventDefault();
          setLinking(true);
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON()),
    onBlur: () => onBlur(),
  });

  useEffect(() => {
    editorRef.current = editor;
    if (editor) onReady(editor);
  }, [editor, onReady]);

  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    if (error) {
      dom.setAttribute("aria-invalid", "true");
      dom.setAttribute("aria-describedby", "body-error");
    } else {
      dom.removeAttribute("aria-invalid");
      dom.removeAttribute("aria-describedby");
    }
  }, [editor, error]);

  return (
    <div className="editor">
      <p id="body-label" className="field-label">
        Body
      </p>
      {editor ? (
        <>
          <div className="editor-chrome">
            <Toolbar
              editor={editor}
              onLink={() => setLinking((open) => !open)}
              onFootnote={() => addFootnote(editor)}
              onImage={() => setPicking(true)}
            />
            {linking ? <LinkForm editor={editor} onClose={() => setLinking(false)} /> : null}
            <TableTools editor={editor} />
          </div>
          <p className="editor-paste-status" role="status">
            {uploading ? `Uploading ${uploading === 1 ? "1 pasted image" : `${uploading} pasted images`} to the media library…` : pasteNote}
          </p>
          <EditorContent editor={editor} />
          {/* Mounted only while open: closed, its fields would still be found by their labels. */}
          {picking ? (
            <MediaPicker
              open
              articleId={articleId ?? undefined}
              uploadsNeedPiece={uploadsNeedPiece}
              onClose={() => {
                setPicking(false);
                editor.commands.focus();
              }}
              onChoose={(item) => {
                // At the cursor the writer left; focus returns once the dialog has gone.
                editor.chain().insertContent(figureOf(item)).run();
                setPicking(false);
                requestAnimationFrame(() => editor.commands.focus());
              }}
            />
          ) : null}
          {error ? (
            <p id="body-error" className="field-error">
              {error}
            </p>
          ) : null}
          <WordCount editor={editor} />
        </>
      ) : (
        <p className="muted">Loading the editor…</p>
      )}
    </div>
  );
}
