// The unsaved state of a piece, kept in this browser until the server confirms a save, so
// typed text survives a closed tab, a crash or a lost connection.
import type { Draft } from "./draft";

export interface LocalCopy {
  draft: Draft;
  /** The server version the draft was based on. */
  baseVersion: number;
  keptAt: number;
}

const keyFor = (articleId: string | null) => `standfirst:unsaved:${articleId ?? "new"}`;

export function readLocalCopy(articleId: string | null): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(keyFor(articleId));
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    return copy && typeof copy.baseVersion === "number" && copy.draft && typeof copy.draft.title === "string" ? copy : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(articleId: string | null, draft: Draft, baseVersion: number) {
  try {
    window.localStorage.setItem(keyFor(articleId), JSON.stringify({ draft, baseVersion, keptAt: Date.now() } satisfies LocalCopy));
  } catch {
    // Storage full or disabled: the server save still runs; there is just no local safety net.
  }
}

export function clearLocalCopy(articleId: string | null) {
  try {
    window.localStorage.removeItem(keyFor(articleId));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
