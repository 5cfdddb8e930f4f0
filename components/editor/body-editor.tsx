"use client";
// The body: TipTap with the one extension list the server validates and renders with.
import { useEffect, useState } from "react";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import type { JSONContent } from "@tiptap/core";
import { bodyExtensions } from "@/lib/content/extensions";
import { cleanPastedHtml } from "@/lib/content/paste";
import { stripControlCharacters } from "@/lib/platform/control-characters";
import { countWords, plainText, readingMinutes } from "@/lib/content/text";
import { LinkForm } from "./link-form";
import { Toolbar } from "./toolbar";

interface Props {
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

export function BodyEditor({ initialBody, error, onChange, onBlur, onReady }: Props) {
  const [linking, setLinking] = useState(false);
  const editor = useEditor({
    extensions: bodyExtensions,
    content: initialBody,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      transformPastedHTML: (html) => cleanPastedHtml(html),
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
            <Toolbar editor={editor} onLink={() => setLinking((open) => !open)} onFootnote={() => addFootnote(editor)} />
            {linking ? <LinkForm editor={editor} onClose={() => setLinking(false)} /> : null}
          </div>
          <EditorContent editor={editor} />
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
