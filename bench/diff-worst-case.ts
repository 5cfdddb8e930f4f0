// How long one revision comparison holds the server's thread, at its worst: bodies up to the
// 1 MB limit (lib/content/validate.ts), unrelated, rewritten paragraph by paragraph, edited
// in many places, and crafted to make the diff's search slow. Prints one table of medians.
//
//   npx tsx bench/diff-worst-case.ts [--runs 7] [--before]
//
// --before also times the unbounded word diff the comparison used until issue 18, on
// unrelated texts of 24, 48 and 96 KB, once each (96 KB takes about half a minute).
// First: lets this script load lib/ modules marked server-only.
import "../scripts/server-only-outside-next";
import type { JSONContent } from "@tiptap/core";
import { loadavg } from "node:os";
import { diffWords } from "diff";
import { plainText } from "../lib/content";
import { DIFF_BUDGET, diffParagraphs, type DiffLevel } from "../lib/editorial/text-diff";
import { body, random } from "./text";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option("runs", 7);

const MB = 1_000_000;
const jsonBytes = (doc: JSONContent) => Buffer.byteLength(JSON.stringify(doc));

/** A generated commentary body whose JSON is as close to `bytes` as whole blocks allow, as the comparison sees it. */
function paragraphsOf(seed: number, bytes: number): { paragraphs: string[]; bytes: number } {
  const rng = random(seed);
  const content: JSONContent[] = [];
  let size = 30;
  while (size < bytes) {
    for (const block of body(rng, 3_000, `s${seed}-${content.length}`).content ?? []) {
      const blockBytes = jsonBytes(block) + 1;
      if (size + blockBytes > bytes) return finish(content);
      content.push(block);
      size += blockBytes;
    }
  }
  return finish(content);
}

function finish(content: JSONContent[]) {
  const doc = { type: "doc", content };
  const paragraphs = content.map((block) => plainText({ type: "doc", content: [block] }, { footnotes: true })).filter(Boolean);
  return { paragraphs, bytes: jsonBytes(doc) };
}

/** A paragraph's JSON size, for the crafted bodies of plain paragraphs. */
const paragraphBytes = (text: string) => jsonBytes({ type: "paragraph", content: [{ type: "text", text }] }) + 1;

interface Case {
  label: string;
  before: string[];
  after: string[];
  bytes: [number, number];
}

const cases: Case[] = [];
const add = (label: string, before: { paragraphs: string[]; bytes: number }, after: { paragraphs: string[]; bytes: number }) =>
  cases.push({ label, before: before.paragraphs, after: after.paragraphs, bytes: [before.bytes, after.bytes] });
const asBody = (paragraphs: string[]) => ({ paragraphs, bytes: 30 + paragraphs.reduce((sum, p) => sum + paragraphBytes(p), 0) });

// What the comparison is for: a 3,000-word commentary (about 20 KB), revised heavily.
{
  const piece = paragraphsOf(3, 24_000);
  const revised = paragraphsOf(4, 24_000);
  add("a 3,000-word piece, every 3rd paragraph rewritten", piece, {
    ...piece,
    paragraphs: piece.paragraphs.map((p, i) => (i % 3 ? p : (revised.paragraphs[i] ?? p))),
  });
}
const big = paragraphsOf(1, MB);
const other = paragraphsOf(2, MB);
add("unrelated", paragraphsOf(1, 96_000), paragraphsOf(2, 96_000));
add("unrelated", paragraphsOf(1, 96_000), other);
add("unrelated", big, other);
add("one word changed", big, { ...big, paragraphs: big.paragraphs.map((p, i) => (i === 1_000 ? p.replace(" the ", " a ") : p)) });
// A word changed in every third paragraph: about 900 small changes, more than the word budget.
add("a word changed in every 3rd paragraph", big, {
  ...big,
  paragraphs: big.paragraphs.map((p, i) => (i % 3 ? p : p.replace(" the ", " a "))),
});
// Rewritten paragraphs just under the paragraph budget: the alignment succeeds at its most
// expensive, then the word budget is spent on the rewrites.
const rewrites = Math.floor(DIFF_BUDGET.paragraphEdits / 2) - 1;
const step = Math.floor(big.paragraphs.length / rewrites);
add(`${rewrites} paragraphs rewritten`, big, {
  ...big,
  paragraphs: big.paragraphs.map((p, i) => (i % step === 0 && i / step < rewrites ? other.paragraphs[i] : p)),
});
// Crafted for long runs of matching words between the changes, which the edit budget does
// not bound: one paragraph of the same word repeated, with a different word every so often.
{
  const words = Math.floor(DIFF_BUDGET.wordCharacters / 2 / 2);
  // Each odd word is one removal and one addition: 90% of the edits the search may make.
  const period = Math.floor(words / (0.45 * Math.sqrt(2 * DIFF_BUDGET.wordSearch)));
  const crafted = (odd: string) => Array.from({ length: words }, (_, i) => (i % period === period - 1 ? odd : "a")).join(" ");
  add("crafted: one repetitive paragraph", asBody([crafted("x")]), asBody([crafted("y")]));
}
// The same at the paragraph level: 1 MB of one-letter paragraphs, every 30th one different.
{
  const count = Math.floor(MB / paragraphBytes("a"));
  const crafted = (odd: string) => Array.from({ length: count }, (_, i) => (i % 30 === 29 ? odd : "a"));
  add("crafted: repetitive one-letter paragraphs", asBody(crafted("x")), asBody(crafted("y")));
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString("en")} KB`;

// The machines are shared: the load says how much of a core this process could count on.
console.log(
  `Budget: ${JSON.stringify(DIFF_BUDGET)}; ${RUNS} timed runs per case after an untimed one; load average ${loadavg()[0].toFixed(1)}.\n`,
);
console.log("| case | before | after | level by the budgets | levels in the timed runs | median ms | max ms |");
console.log("|---|---|---|---|---|---|---|");
const untimed = { ...DIFF_BUDGET, milliseconds: Number.POSITIVE_INFINITY };
for (const c of cases) {
  // What the edit budgets decide, and, under the time limit, what this machine's load made of it.
  const decided = diffParagraphs(c.before, c.after, untimed).level;
  const seen = new Map<DiffLevel, number>();
  const times = Array.from({ length: RUNS }, () =>
    time(() => {
      const { level } = diffParagraphs(c.before, c.after);
      seen.set(level, (seen.get(level) ?? 0) + 1);
    }),
  );
  const levels = [...seen].map(([level, count]) => `${level} ×${count}`).join(", ");
  console.log(
    `| ${c.label} | ${kb(c.bytes[0])} | ${kb(c.bytes[1])} | ${decided} | ${levels} | ${median(times).toFixed(0)} | ${Math.max(...times).toFixed(0)} |`,
  );
}

if (flag("before")) {
  console.log("\nThe unbounded word diff of the whole body text (before issue 18), one run each:\n");
  console.log("| case | before | after | ms |");
  console.log("|---|---|---|---|");
  for (const bytes of [24_000, 48_000, 96_000]) {
    const [a, b] = [paragraphsOf(1, bytes), paragraphsOf(2, bytes)];
    const ms = time(() => diffWords(a.paragraphs.join("\n\n"), b.paragraphs.join("\n\n")));
    console.log(`| unrelated | ${kb(a.bytes)} | ${kb(b.bytes)} | ${ms.toFixed(0)} |`);
  }
}
