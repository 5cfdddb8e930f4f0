"use client";

import { useState, useSyncExternalStore } from "react";

// Whether this browser can copy: false on the server and before hydration, so the button
// appears only where it works. Clipboard support does not change, so nothing to subscribe to.
const noSubscription = () => () => undefined;
const canCopy = () => Boolean(navigator.clipboard);
const cannotCopyOnServer = () => false;

/** Copies a citation. Rendered only once scripts run; without them the text is there to select. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const ready = useSyncExternalStore(noSubscription, canCopy, cannotCopyOnServer);
  const [copied, setCopied] = useState(false);
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
