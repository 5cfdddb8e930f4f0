"use client";

import { useEffect, useState } from "react";

/** Copies a citation. Rendered only once scripts run; without them the text is there to select. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(Boolean(navigator.clipboard)), []);
  if (!ready) return null;

  async function copy() {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  }

  return (
    <button type="button" className="cite__copy" onClick={copy} aria-label={`Copy ${label} citation`}>
      {copied ? "Copied" : "Copy"}
      <span className="visually-hidden" aria-live="polite">
        {copied ? `${label} citation copied` : ""}
      </span>
    </button>
  );
}
