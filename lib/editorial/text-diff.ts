// Comparing two texts, paragraph by paragraph and then word by word, within a fixed budget
// of work. The diff library's search (Myers) costs about the square of the number of
// edits, on the request's own thread: two unrelated 96 KB revisions once took 30 seconds
// and held every other request back. So the paragraphs are aligned first (a 1 MB body has a
// few thousand), and only the paragraphs that changed are compared word by word, while the
// budget lasts. Past it the comparison says so and shows the change more coarsely: changed
// paragraphs whole, or, when even the paragraphs cannot be aligned, both versions in full.
import "server-only";
import { diffArrays, diffWords, type ChangeObject } from "diff";

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/**
 * How finely the parts show the change: every change word by word; changed paragraphs
 * shown whole (some of them, or all); or the two versions whole, one after the other.
 */
export type DiffLevel = "words" | "paragraphs" | "whole";

export interface TextDiff {
  level: DiffLevel;
  parts: DiffPart[];
}

export interface DiffBudget {
  /** Paragraphs added plus removed that the paragraph alignment may find. */
  paragraphEdits: number;
  /**
   * The word-by-word comparisons' search, all stretches together: finding D words added
   * plus removed costs about D² / 2 steps.
   */
  wordSearch: number;
  /** Characters of changed stretches split into words: the splitting is not covered by the time limit. */
  wordCharacters: number;
  /** Wall-clock ceiling for the searches, in milliseconds. */
  milliseconds: number;
}

/**
 * The limits of one comparison, sized so that the worst case stays well under 250 ms on a
 * busy 2-core machine (bench/diff-worst-case.ts prints the figures). The edit counts bound
 * the search deterministically, so the same two revisions compare the same way; the time
 * limit is a ceiling for input crafted to make even a short search slow, and for a machine
 * too busy to run the search at its usual speed (the comparison is then coarser).
 */
export const DIFF_BUDGET: DiffBudget = {
  paragraphEdits: 600,
  // One stretch of up to 630 changed words, or fifty of about 90 each.
  wordSearch: 200_000,
  wordCharacters: 40_000,
  milliseconds: 100,
};

const BREAK = "\n\n";

/** A stretch where the versions differ (either side may be empty), once compared word by word with `words`. */
type Change = { removed: string; added: string; words?: DiffPart[] };
/** Paragraphs both versions share, or a change. */
type Stretch = { common: string } | Change;

/** A change with text on both sides: only those can be compared word by word. */
const isRewrite = (stretch: Stretch): stretch is Change => !("common" in stretch) && Boolean(stretch.removed && stretch.added);

/**
 * The paragraph alignment as stretches of text, with each blank line between paragraphs
 * placed so that the common and removed stretches read as the earlier text and the common
 * and added ones as the later text.
 */
function stretchesOf(changes: ChangeObject<string[]>[]): Stretch[] {
  const stretches: Stretch[] = [];
  // Whether each version has a paragraph yet, that is, whether its next one needs a break first.
  let beforeStarted = false;
  let afterStarted = false;
  for (const change of changes) {
    const text = change.value.join(BREAK);
    const last = stretches.at(-1);
    if (change.added || change.removed) {
      const value = ((change.added ? afterStarted : beforeStarted) ? BREAK : "") + text;
      const stretch = last && !("common" in last) ? last : { removed: "", added: "" };
      if (stretch !== last) stretches.push(stretch);
      if (change.added) stretch.added += value;
      else stretch.removed += value;
      if (change.added) afterStarted = true;
      else beforeStarted = true;
    } else if (beforeStarted && afterStarted) {
      stretches.push({ common: BREAK + text });
    } else {
      // Only one version has text so far, so the stretch before this one was only removed (or
      // only added): the break between it and this text belongs to that version alone.
      if (last && !("common" in last)) {
        if (beforeStarted) last.removed += BREAK;
        else last.added += BREAK;
      }
      stretches.push({ common: text });
      beforeStarted = afterStarted = true;
    }
  }
  return stretches;
}

const part = (value: string, change: "added" | "removed" | "common"): DiffPart => ({
  value,
  added: change === "added",
  removed: change === "removed",
});

const isSpace = (text: string, at: number) => /\s/.test(text.charAt(at));

/**
 * What the two sides of a change have in common at their start and end, cut back to a
 * space so that no word is split, and the differing middles. Found by comparing
 * characters, which is cheap, so that one word changed in a long paragraph costs the
 * word diff only the words around it.
 */
function trimmed({ removed, added }: Change) {
  const most = Math.min(removed.length, added.length);
  let start = 0;
  while (start < most && removed.charCodeAt(start) === added.charCodeAt(start)) start++;
  while (start > 0 && !isSpace(removed, start - 1)) start--;
  let end = 0;
  while (end < most - start && removed.charCodeAt(removed.length - 1 - end) === added.charCodeAt(added.length - 1 - end)) end++;
  while (end > 0 && !isSpace(removed, removed.length - end)) end--;
  const removedMiddle = removed.slice(start, removed.length - end);
  const addedMiddle = added.slice(start, added.length - end);
  return {
    prefix: removed.slice(0, start),
    removedMiddle,
    addedMiddle,
    suffix: removed.slice(removed.length - end),
    size: removedMiddle.length + addedMiddle.length,
  };
}

/**
 * The difference between two texts given as paragraphs. Reading the unchanged and removed
 * parts in order gives the earlier text, the unchanged and added parts the later one, with
 * paragraphs separated by a blank line (where words were compared, up to the diff library's
 * tidying of the spaces around each change).
 */
export function diffParagraphs(before: string[], after: string[], budget: DiffBudget = DIFF_BUDGET): TextDiff {
  const deadline = Date.now() + budget.milliseconds;
  const aligned = diffArrays(before, after, { maxEditLength: budget.paragraphEdits, timeout: budget.milliseconds });
  if (!aligned) {
    const parts = [part(before.join(BREAK), "removed"), part(after.join(BREAK), "added")].filter((p) => p.value);
    return { level: "whole", parts };
  }

  const stretches = stretchesOf(aligned);
  // A stretch only added or only removed is exact as it is; one with both sides is compared
  // word by word, smallest first, so that a few large rewrites cannot use up the budget
  // that the small edits elsewhere in the text need.
  const rewritten = stretches.filter(isRewrite);
  let search = budget.wordSearch;
  let characters = budget.wordCharacters;
  const bySize = rewritten.map((stretch) => ({ stretch, ...trimmed(stretch) })).sort((a, b) => a.size - b.size);
  for (const { stretch, prefix, removedMiddle, addedMiddle, suffix, size } of bySize) {
    characters -= size;
    if (characters < 0 || Date.now() >= deadline) break;
    const maxEditLength = Math.floor(Math.sqrt(2 * search));
    const words = diffWords(removedMiddle, addedMiddle, { maxEditLength, timeout: deadline - Date.now() });
    // Over the budget or the time: this stretch and the larger ones stay whole.
    if (!words) break;
    const edits = words.reduce((sum, c) => sum + (c.added || c.removed ? c.count : 0), 0);
    search -= (edits * edits) / 2;
    const changes = words.map((c) => part(c.value, c.added ? "added" : c.removed ? "removed" : "common"));
    stretch.words = [part(prefix, "common"), ...changes, part(suffix, "common")].filter((p) => p.value);
  }

  const parts = stretches.flatMap((s): DiffPart[] => {
    if ("common" in s) return [part(s.common, "common")];
    if (s.words) return s.words;
    return [part(s.removed, "removed"), part(s.added, "added")].filter((p) => p.value);
  });
  return { level: rewritten.every((s) => s.words) ? "words" : "paragraphs", parts };
}
