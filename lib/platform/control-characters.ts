// Characters no text here may hold. XML 1.0 cannot carry the C0 controls other than tab,
// line feed and carriage return, nor U+FFFE, U+FFFF or a lone UTF-16 surrogate, so one of
// them in a title or a body made every feed listing that piece unreadable; PostgreSQL cannot
// store U+0000 at all. None of them is anything a person means to type.
// - Typed input is refused with a message naming the character, at every way in: server
//   actions (lib/actions/define.ts), the save route (app/api/articles/[id]/route.ts), rich
//   text (lib/content/validate.ts, for whatever path it arrives by), reader comments.
// - Pasted rich text is stripped in the browser before the editor takes it
//   (lib/content/paste.ts): Word's clipboard carries such characters invisibly (a vertical
//   tab for a line break, a form feed for a page break), and a writer could not find them.
// - Output that must be well-formed whatever is stored (the feeds, lib/reader/feeds.ts) strips them,
//   so rows stored before these checks cannot break it either.
// No imports: the browser's paste clean-up uses this module too.

// With the u flag a well-formed surrogate pair is one code point, so \p{Cs} matches only lone halves.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
const INVALID_ALL = new RegExp(INVALID.source, "gu");

export interface ControlCharacter {
  /** "U+0007" */
  codePoint: string;
  /** Where it is, as a field path ("article.title"); "input" for the value itself. */
  field: string;
  /** "Text may not contain control characters (found U+0007)."; "... an unpaired surrogate (U+D800)." for half a pair. */
  message: string;
}

/** "U+0007" for a one-character string. */
const codePointOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * What refuses `char`. Half a surrogate pair is named as such: it is no control character, and
 * a writer who meets the message can search for "unpaired surrogate" (an emoji cut in two).
 */
export function forbiddenCharacterMessage(char: string): string {
  const found = codePointOf(char);
  return /\p{Cs}/u.test(char)
    ? `Text may not contain an unpaired surrogate (${found}).`
    : `Text may not contain control characters (found ${found}).`;
}

/**
 * The first forbidden character in a string, or anywhere in an object or array (keys
 * included), with the message that refuses it; null when there is none.
 */
export function findControlCharacter(value: unknown): ControlCharacter | null {
  const seen = new Set<object>();
  const stack: { value: unknown; path: string }[] = [{ value, path: "" }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      const match = INVALID.exec(current);
      if (match) return { codePoint: codePointOf(match[0]), field: path || "input", message: forbiddenCharacterMessage(match[0]) };
    } else if (typeof current === "object" && current !== null && !seen.has(current)) {
      seen.add(current);
      // The path names the form field that holds the character ("title", "article.body"): it
      // goes through plain objects, not into lists or rich-text nodes (objects with a type).
      const isField = !Array.isArray(current) && typeof (current as { type?: unknown }).type !== "string";
      for (const [key, child] of Object.entries(current)) {
        stack.push({ value: key, path }, { value: child, path: isField ? (path ? `${path}.${key}` : key) : path });
      }
    }
  }
  return null;
}

/** The text without the characters XML cannot carry. */
export const stripControlCharacters = (text: string) => text.replace(INVALID_ALL, "");
