// The autosave's rules apart from React, so they can be tested alone: what the status line
// says in each state, how long a failed save waits before the next try, and when a piece is
// too long to send. components/editor/use-autosave.ts applies them.
import { MAX_RICH_TEXT_BYTES, richTextBytes } from "@/lib/content/limits";
import type { TheirVersion } from "./use-autosave";

export type SaveState =
  /** Nothing typed since the page opened. */
  | { kind: "idle" }
  /** The text differs from what the server last acknowledged, and no save is on its way. */
  | { kind: "unsaved" }
  | { kind: "saving" }
  /** The server acknowledged exactly the text in the editor. */
  | { kind: "saved"; at: string }
  /** The browser says it is offline: nothing is sent until it is back online. */
  | { kind: "offline" }
  /** A save got no answer although the browser is online: tried again shortly. */
  | { kind: "unreachable" }
  /** The server answered 503 (its database is unavailable): tried again shortly. */
  | { kind: "unavailable" }
  /** Refused before sending, or by the server, for its size: waits for the text to be shortened. */
  | { kind: "too-long"; message: string }
  | { kind: "needs-title" }
  | { kind: "invalid"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "conflict"; message: string; theirs: TheirVersion };

export type Tone = "quiet" | "busy" | "good" | "warn" | "bad";

const time = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

/** The status line for a state, and how it is coloured. */
export function describeSaveState(state: SaveState): { text: string; tone: Tone } {
  switch (state.kind) {
    case "idle":
      return { text: "All changes are saved automatically.", tone: "quiet" };
    case "unsaved":
      return { text: "Unsaved changes", tone: "busy" };
    case "saving":
      return { text: "Saving…", tone: "busy" };
    case "saved":
      return { text: `Saved at ${time(state.at)}`, tone: "good" };
    case "offline":
      return { text: "Offline: your text is kept in this browser and saved when you are back online.", tone: "warn" };
    case "unreachable":
      return { text: "Cannot reach the server: your text is kept in this browser. Retrying…", tone: "warn" };
    case "unavailable":
      return { text: "Server unavailable: your text is kept in this browser. Retrying…", tone: "warn" };
    case "too-long":
      return { text: state.message, tone: "bad" };
    case "needs-title":
      return { text: "Give the piece a title to save it.", tone: "warn" };
    case "invalid":
    case "refused":
      return { text: `Not saved: ${state.message}`, tone: "bad" };
    case "conflict":
      return { text: "Conflict", tone: "bad" };
  }
}

/**
 * The state once the text changed. Whatever said the text was saved no longer holds; offline,
 * that is what matters most (nothing can be sent); a refusal or a wait stays until the next try.
 */
export function stateAfterChange(state: SaveState, online: boolean): SaveState {
  if (state.kind === "conflict") return state;
  if (!online) return { kind: "offline" };
  return state.kind === "saved" || state.kind === "idle" ? { kind: "unsaved" } : state;
}

/** The state once the server acknowledged a save: "saved" only if nothing was typed since it was sent. */
export function stateAfterSave(at: string, sentChange: number, currentChange: number): SaveState {
  return sentChange === currentChange ? { kind: "saved", at } : { kind: "unsaved" };
}

/** The state when a save got no answer at all (the request itself failed). */
export const stateWithoutAnswer = (online: boolean): SaveState => ({ kind: online ? "unreachable" : "offline" });

/** States in which a retry is waiting, to be run at once when the connection or the tab comes back. */
export const waitsToRetry = (state: SaveState) => state.kind === "unreachable" || state.kind === "unavailable" || state.kind === "offline";

/**
 * How long to wait before retry number `attempt` (0 for the first) of a save that got no
 * answer or a 503: short and capped, so a save after an outage happens within seconds of its
 * end. (Waits that doubled up to 30 s once made a save after recovery take 20.7 s.)
 */
const RETRY_STEPS_MS = [2_000, 4_000];
export const RETRY_CAP_MS = 5_000;
export const retryDelayMs = (attempt: number) => RETRY_STEPS_MS[attempt] ?? RETRY_CAP_MS;

/** A size for people: "1.4 MB", "1.003 MB" where one decimal would read as the limit itself, "12 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 100_000) return `${Math.max(1, Math.round(bytes / 1_000))} KB`;
  const limit = MAX_RICH_TEXT_BYTES / 1_000_000;
  let shown = 0;
  // Divided as whole numbers (bytes per step), so no float error shows as a stray digit.
  for (let decimals = 1; decimals <= 6; decimals++) {
    shown = Math.round(bytes / 10 ** (6 - decimals)) / 10 ** decimals;
    if (shown !== limit) break;
  }
  return `${shown} MB`;
}

/** What the editor says of a piece too long to save, with its size, the limit and how much to cut. */
export function tooLongMessage(bytes: number, limit = MAX_RICH_TEXT_BYTES): string {
  return (
    `This piece is too long to save: ${formatBytes(bytes)} of text, the limit is ${formatBytes(limit)}. ` +
    `Shorten it by about ${formatBytes(bytes - limit)}. Your text is kept in this browser.`
  );
}

/** The too-long state for a body over the limit, by the server's own measure, or null when it fits. */
export function tooLongState(body: unknown): SaveState | null {
  const bytes = richTextBytes(body);
  return bytes > MAX_RICH_TEXT_BYTES ? { kind: "too-long", message: tooLongMessage(bytes) } : null;
}

/** A refusal for size: the request limit's 413, or the rich-text validation's "The text is 1.4 MB; the limit is 1 MB." */
export const isSizeRefusal = (status: number, error: string) => status === 413 || /too large|\bMB\b.*\blimit\b/i.test(error);

/** The state for a server's refusal of a save for its size: our own numbers when ours show it, else the server's words. */
export function sizeRefusalState(error: string, body: unknown): SaveState {
  return tooLongState(body) ?? { kind: "too-long", message: `This piece is too long to save. ${error} Your text is kept in this browser.` };
}
