// The revision comparison's diff stays within a fixed budget of work however large and
// different the two texts are (issue 18: two unrelated 96 KB revisions held the server for
// 30 s), says when it had to show the change more coarsely than word by word, and is then
// still complete: nothing of either version is lost or invented.
import { DIFF_BUDGET, diffParagraphs, type TextDiff } from "@/lib/editorial/text-diff";

/** Seeded words, so each text is the same every run; texts with different seeds share no paragraph. */
function paragraphs(seed: number, totalBytes: number): string[] {
  const vocabulary = [
    "policy",
    "region",
    "trade",
    "the",
    "of",
    "market",
    "security",
    "reform",
    "budget",
    "alliance",
    "energy",
    "and",
    "a",
    "climate",
    "treaty",
  ];
  let state = seed;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0);
  const result: string[] = [];
  let size = 0;
  while (size < totalBytes) {
    const words = Array.from({ length: 60 + (next() % 80) }, () => vocabulary[next() % vocabulary.length]);
    const paragraph = `Seed ${seed} paragraph ${result.length}: ${words.join(" ")}.`;
    result.push(paragraph);
    size += paragraph.length + 2;
  }
  return result;
}

const KB = 1_000;
/** The edit budgets alone decide, not the clock: the same outcome on a busy machine as on an idle one. */
const untimed = { ...DIFF_BUDGET, milliseconds: Number.POSITIVE_INFINITY };

/** The text a reader reconstructs from the diff: the unchanged parts with the removed ones, or with the added ones. */
const side = (diff: TextDiff, which: "before" | "after") =>
  diff.parts
    .filter((p) => (which === "before" ? !p.added : !p.removed))
    .map((p) => p.value)
    .join("");
/** Where words were compared, the diff library may tidy a space away around a change: compare the rest. */
const visible = (text: string) => text.replace(/\s+/g, "");

describe("comparing revisions within a budget of work", () => {
  test.each([
    ["96 KB", "1 MB", 96 * KB, 1_000 * KB],
    ["1 MB", "1 MB", 1_000 * KB, 1_000 * KB],
  ])(
    "two unrelated revisions of %s and %s are shown whole, each complete, instead of searched word by word",
    (_before, _after, beforeBytes, afterBytes) => {
      const before = paragraphs(1, beforeBytes);
      const after = paragraphs(2, afterBytes);
      const diff = diffParagraphs(before, after);
      expect(diff.level).toBe("whole");
      expect(diff.parts).toEqual([
        { value: before.join("\n\n"), added: false, removed: true },
        { value: after.join("\n\n"), added: true, removed: false },
      ]);
    },
  );

  test("many rewritten paragraphs: the alignment keeps what is shared, small edits are still word by word, the rest is shown by paragraph", () => {
    const before = paragraphs(3, 120 * KB);
    const replacements = paragraphs(4, 120 * KB);
    // Every fourth paragraph rewritten (far more changed words than the word budget covers),
    // and one word inserted in a few others, each between unchanged paragraphs.
    const rewritten = before.map((_, i) => i).filter((i) => i % 4 === 0);
    const edited = new Set([2, 42, 82, 122]);
    const after = before.map((p, i) =>
      i % 4 === 0 ? replacements[i] : edited.has(i) ? p.replace(`paragraph ${i}:`, `paragraph ${i} edited:`) : p,
    );
    const diff = diffParagraphs(before, after, untimed);

    expect(diff.level).toBe("paragraphs");
    // Complete: read one way it is the earlier text, read the other way the later one.
    expect(visible(side(diff, "before"))).toBe(visible(before.join("\n\n")));
    expect(visible(side(diff, "after"))).toBe(visible(after.join("\n\n")));
    // The unchanged paragraphs are never shown as changed.
    for (let i = 1; i < before.length; i += 2)
      expect(diff.parts.find((p) => p.value.includes(before[i]))).toMatchObject({ added: false, removed: false });
    // The small edits, compared first, got the word diff: exactly the inserted word.
    expect(diff.parts.filter((p) => p.added && p.value.trim() === "edited")).toHaveLength(edited.size);
    // Rewrites past the budget are whole paragraphs struck through, their replacements underlined.
    const shownWhole = rewritten.filter(
      (i) =>
        diff.parts.some((p) => p.removed && p.value.trim() === before[i]) &&
        diff.parts.some((p) => p.added && p.value.trim() === replacements[i]),
    );
    expect(shownWhole.length).toBeGreaterThan(0);
  });

  test("a small edit in a huge document still gets the word-level diff", () => {
    const before = paragraphs(5, 1_000 * KB);
    const middle = Math.floor(before.length / 2);
    const after = [...before];
    after[0] = before[0].replace("Seed 5", "Seed five");
    after[middle] = before[middle].replace(`paragraph ${middle}:`, `paragraph ${middle} revised:`);
    after.push("A closing line.");
    const diff = diffParagraphs(before, after, untimed);

    expect(diff.level).toBe("words");
    const changes = diff.parts.filter((p) => p.removed || p.added).map((p) => [p.removed ? "-" : "+", p.value.trim()]);
    expect(changes).toEqual([
      ["-", "5"],
      ["+", "five"],
      ["+", "revised"],
      ["+", "A closing line."],
    ]);
    expect(side(diff, "after")).toBe(after.join("\n\n"));
  });

  test("one word changed in a single paragraph far larger than the word budget is still found word by word", () => {
    const huge = paragraphs(6, 500 * KB).join(" ");
    const diff = diffParagraphs([huge], [huge.replace("paragraph 500:", "paragraph 501:")], untimed);
    expect(diff.level).toBe("words");
    expect(diff.parts.filter((p) => p.removed || p.added).map((p) => [p.removed ? "-" : "+", p.value.trim()])).toEqual([
      ["-", "500"],
      ["+", "501"],
    ]);
  });

  test("the time limit is a ceiling whatever the edit budgets allow: past it, both versions are shown whole", () => {
    const before = paragraphs(7, 20 * KB);
    const after = before.map((p, i) => (i === 3 ? p.replace("paragraph 3:", "paragraph three:") : p));
    // A clock that has moved on a second at every look, as on a machine stalled by other work.
    let now = Date.now();
    const clock = jest.spyOn(Date, "now").mockImplementation(() => (now += 1_000));
    try {
      const diff = diffParagraphs(before, after);
      expect(diff.level).toBe("whole");
      expect(side(diff, "before")).toBe(before.join("\n\n"));
      expect(side(diff, "after")).toBe(after.join("\n\n"));
    } finally {
      clock.mockRestore();
    }
  });

  test("the blank line between paragraphs stays with the version it belongs to", () => {
    const cases: [string[], string[]][] = [
      [["A", "B"], ["B"]],
      [["B"], ["A", "B"]],
      [["A", "B"], ["A"]],
      [["A"], ["A", "C"]],
      [
        ["A", "B", "C"],
        ["A", "X", "C"],
      ],
      [
        ["A", "B"],
        ["X", "Y", "B"],
      ],
      [[], ["A", "B"]],
      [["A", "B"], []],
    ];
    for (const [before, after] of cases) {
      const diff = diffParagraphs(before, after);
      expect([side(diff, "before"), side(diff, "after")]).toEqual([before.join("\n\n"), after.join("\n\n")]);
    }
  });
});
