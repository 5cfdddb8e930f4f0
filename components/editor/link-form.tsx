"use client";
// Adds, changes or removes the link on the selected text. Only http, https and mailto links
// (or in-page anchors) are accepted, as the server will check again.
import { useState, type FormEvent } from "react";
import type { Editor } from "@tiptap/react";
import { isSafeHref } from "@/lib/content/links";

/** "example.org/x" means https://example.org/x; an address with "@" means mailto. */
function normalise(raw: string) {
  const value = raw.trim();
  if (/^[^\s@/:]+@[^\s@]+\.[a-z]{2,}$/i.test(value)) return `mailto:${value}`;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value)) return `https://${value}`;
  return value;
}

export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = editor.getAttributes("link").href as string | undefined;
  const [value, setValue] = useState(current ?? "");
  const [error, setError] = useState("");

  function apply(event: FormEvent) {
    event.preventDefault();
    const href = normalise(value);
    if (!href) return setError("Type the address the link goes to.");
    if (!isSafeHref(href)) return setError("Links may use http, https or mailto (for example https://example.org).");
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !current) {
      chain.insertContent({ type: "text", text: href.replace(/^mailto:/, ""), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  return (
    <form className="link-form" onSubmit={apply} onKeyDown={(e) => e.key === "Escape" && (onClose(), editor.commands.focus())}>
      <label htmlFor="link-href">Link address</label>
      <input
        id="link-href"
        type="text"
        inputMode="url"
        autoFocus
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError("");
        }}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? "link-error" : undefined}
        placeholder="https://"
      />
      <button type="submit" className="button button--small">
        {current ? "Change link" : "Add link"}
      </button>
      {current ? (
        <button type="button" className="button button--small button--quiet" onClick={remove}>
          Remove link
        </button>
      ) : null}
      <button type="button" className="button button--small button--quiet" onClick={() => (onClose(), editor.commands.focus())}>
        Cancel
      </button>
      {error ? (
        <p id="link-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
