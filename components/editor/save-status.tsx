"use client";
// What autosave is doing, announced politely to screen readers; the wording is save-rules.ts's.
import { describeSaveState, type SaveState } from "./save-rules";

export function SaveStatus({ state }: { state: SaveState }) {
  const { text, tone } = describeSaveState(state);
  return (
    <p className={`save-status save-status--${tone}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
