"use client";
// What autosave is doing, announced politely to screen readers.
import type { SaveState } from "./use-autosave";

const time = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

function describe(state: SaveState): { text: string; tone: "quiet" | "busy" | "good" | "warn" | "bad" } {
  switch (state.kind) {
    case "idle":
      return { text: "All changes are saved automatically.", tone: "quiet" };
    case "saving":
      return { text: "Saving…", tone: "busy" };
    case "saved":
      return { text: `Saved at ${time(state.at)}`, tone: "good" };
    case "offline":
      return { text: "Offline — retrying", tone: "warn" };
    case "unavailable":
      return { text: "The database is unavailable; your text is kept in this browser. Retrying…", tone: "warn" };
    case "needs-title":
      return { text: "Give the piece a title to save it.", tone: "warn" };
    case "invalid":
      return { text: `Not saved: ${state.message}`, tone: "bad" };
    case "refused":
      return { text: `Not saved: ${state.message}`, tone: "bad" };
    case "conflict":
      return { text: "Conflict", tone: "bad" };
  }
}

export function SaveStatus({ state }: { state: SaveState }) {
  const { text, tone } = describe(state);
  return (
    <p className={`save-status save-status--${tone}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
