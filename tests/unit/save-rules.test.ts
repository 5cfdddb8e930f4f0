// The autosave's rules (components/editor/save-rules.ts): the status never says "Saved" for
// text the server has not acknowledged, retries stay a few seconds apart, and a piece too
// long to save is measured exactly as the server's validation measures it.
import {
  describeSaveState,
  formatBytes,
  isSizeRefusal,
  retryDelayMs,
  sizeRefusalState,
  stateAfterChange,
  stateAfterSave,
  stateWithoutAnswer,
  tooLongMessage,
  tooLongState,
  waitsToRetry,
  type SaveState,
} from "@/components/editor/save-rules";
import { MAX_RICH_TEXT_BYTES, richTextBytes } from "@/lib/content/limits";
import { RichTextError, validateRichText } from "@/lib/content";

const AT = "2026-12-02T09:05:00.000Z";
const docOf = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

describe("the status after a change", () => {
  it.each<[SaveState, SaveState]>([
    [{ kind: "saved", at: AT }, { kind: "unsaved" }],
    [{ kind: "idle" }, { kind: "unsaved" }],
    [{ kind: "saving" }, { kind: "saving" }],
    [{ kind: "unavailable" }, { kind: "unavailable" }],
    [{ kind: "unreachable" }, { kind: "unreachable" }],
    [
      { kind: "too-long", message: "m" },
      { kind: "too-long", message: "m" },
    ],
    [
      { kind: "refused", message: "m" },
      { kind: "refused", message: "m" },
    ],
  ])("online, %j becomes %j", (before, after) => {
    expect(stateAfterChange(before, true)).toEqual(after);
  });

  it("offline, every state but a conflict says the browser is offline", () => {
    for (const kind of ["idle", "saving", "unavailable", "unreachable", "needs-title"] as const) {
      expect(stateAfterChange({ kind }, false)).toEqual({ kind: "offline" });
    }
    expect(stateAfterChange({ kind: "saved", at: AT }, false)).toEqual({ kind: "offline" });
    const conflict = { kind: "conflict", message: "m", theirs: {} } as unknown as SaveState;
    expect(stateAfterChange(conflict, false)).toBe(conflict);
    expect(stateAfterChange(conflict, true)).toBe(conflict);
  });
});

describe("the status after an answer", () => {
  it('says "Saved" only when the server acknowledged the text now in the editor', () => {
    expect(stateAfterSave(AT, 7, 7)).toEqual({ kind: "saved", at: AT });
    // Typed while the save was on its way: the server has an older version.
    expect(stateAfterSave(AT, 7, 9)).toEqual({ kind: "unsaved" });
  });

  it("tells an offline browser from a server that did not answer, and retries after both", () => {
    expect(stateWithoutAnswer(false)).toEqual({ kind: "offline" });
    expect(stateWithoutAnswer(true)).toEqual({ kind: "unreachable" });
    for (const kind of ["offline", "unreachable", "unavailable"] as const) expect(waitsToRetry({ kind })).toBe(true);
    for (const state of [{ kind: "saving" }, { kind: "unsaved" }, { kind: "saved", at: AT }] as SaveState[]) {
      expect(waitsToRetry(state)).toBe(false);
    }
  });
});

describe("the status line", () => {
  it.each<[SaveState, string]>([
    [{ kind: "idle" }, "All changes are saved automatically."],
    [{ kind: "unsaved" }, "Unsaved changes"],
    [{ kind: "saving" }, "Saving…"],
    [{ kind: "offline" }, "Offline: your text is kept in this browser and saved when you are back online."],
    [{ kind: "unreachable" }, "Cannot reach the server: your text is kept in this browser. Retrying…"],
    [{ kind: "unavailable" }, "Server unavailable: your text is kept in this browser. Retrying…"],
    [{ kind: "too-long", message: "This piece is too long to save: …" }, "This piece is too long to save: …"],
    [{ kind: "needs-title" }, "Give the piece a title to save it."],
    [{ kind: "invalid", message: "Titles are at most 300 characters." }, "Not saved: Titles are at most 300 characters."],
    [{ kind: "refused", message: "You may not edit this piece." }, "Not saved: You may not edit this piece."],
  ])("%j reads %j", (state, text) => {
    expect(describeSaveState(state).text).toBe(text);
  });

  it('says "Saved at" with the time, and nothing else does', () => {
    expect(describeSaveState({ kind: "saved", at: AT }).text).toMatch(/^Saved at \d{2}:\d{2}$/);
    const others: SaveState[] = [{ kind: "unsaved" }, { kind: "offline" }, { kind: "unreachable" }, { kind: "unavailable" }];
    for (const state of others) expect(describeSaveState(state).text).not.toMatch(/saved at/i);
  });
});

describe("retries", () => {
  it("wait 2 s, then 4 s, then every 5 s: a save lands within 5 s of the server's return", () => {
    expect(Array.from({ length: 8 }, (_, attempt) => retryDelayMs(attempt))).toEqual([
      2_000, 4_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000,
    ]);
    expect(retryDelayMs(1_000)).toBe(5_000);
  });
});

describe("the size of a piece", () => {
  it("is measured as the server measures it: the UTF-8 bytes of its JSON", () => {
    for (const text of ["plain", "accents: é ü ø", "emoji 🚢🌍", "a lone surrogate \uD800 here", 'quotes " and \\ escapes']) {
      expect(richTextBytes(docOf(text))).toBe(Buffer.byteLength(JSON.stringify(docOf(text))));
    }
  });

  it("agrees with the server's validation at the limit, in multi-byte text too", () => {
    const filler = (bytes: number) => {
      // Two-byte characters up to the last byte or two, then ASCII to land on the exact size.
      const base = richTextBytes(docOf(""));
      const room = bytes - base;
      return "é".repeat(Math.floor(room / 2) - 1) + "x".repeat(room - 2 * (Math.floor(room / 2) - 1));
    };
    const atLimit = docOf(filler(MAX_RICH_TEXT_BYTES));
    const overLimit = docOf(filler(MAX_RICH_TEXT_BYTES + 1));
    expect([richTextBytes(atLimit), richTextBytes(overLimit)]).toEqual([MAX_RICH_TEXT_BYTES, MAX_RICH_TEXT_BYTES + 1]);

    expect(tooLongState(atLimit)).toBeNull();
    expect(() => validateRichText("body", atLimit)).not.toThrow();
    expect(tooLongState(overLimit)).toEqual({ kind: "too-long", message: tooLongMessage(MAX_RICH_TEXT_BYTES + 1) });
    expect(() => validateRichText("body", overLimit)).toThrow(RichTextError);
  });

  it("is said with the numbers and how much to cut", () => {
    expect(tooLongMessage(1_400_000)).toBe(
      "This piece is too long to save: 1.4 MB of text, the limit is 1 MB. Shorten it by about 0.4 MB. Your text is kept in this browser.",
    );
    expect(tooLongMessage(1_012_345)).toBe(
      "This piece is too long to save: 1.01 MB of text, the limit is 1 MB. Shorten it by about 12 KB. Your text is kept in this browser.",
    );
  });

  it.each([
    [400, "1 KB"],
    [12_345, "12 KB"],
    [250_000, "0.3 MB"],
    [1_000_000, "1 MB"],
    [1_040_000, "1.04 MB"],
    [1_000_400, "1.0004 MB"],
    [2_760_000, "2.8 MB"],
  ])("%d bytes read as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe("a server's refusal for size", () => {
  it("is the request limit's 413 or the rich-text limit's message, not any other refusal", () => {
    expect(isSizeRefusal(413, "The request is too large: the limit is 2 MB.")).toBe(true);
    expect(isSizeRefusal(400, "The text is 1.4 MB; the limit is 1 MB.")).toBe(true);
    expect(isSizeRefusal(400, "Titles are at most 300 characters.")).toBe(false);
    expect(isSizeRefusal(403, "You may not edit this piece.")).toBe(false);
  });

  it("is said with the editor's own numbers when it measures the text over the limit, else in the server's words", () => {
    const long = docOf("x".repeat(1_400_000));
    expect(sizeRefusalState("The text is 1.4 MB; the limit is 1 MB.", long)).toEqual({
      kind: "too-long",
      message: tooLongMessage(richTextBytes(long)),
    });
    expect(sizeRefusalState("The request is too large: the limit is 2 MB.", docOf("short"))).toEqual({
      kind: "too-long",
      message: "This piece is too long to save. The request is too large: the limit is 2 MB. Your text is kept in this browser.",
    });
  });
});
