// The three-way merge of a piece (lib/content/merge.ts): different parts merge, the same
// part changed two ways clashes, and a merged body is one the server accepts.
import type { JSONContent } from "@tiptap/core";
import { validateRichText } from "@/lib/content";
import { describeClashes, mergePieces, nodeKey, type MergeablePiece } from "@/lib/content/merge";

const text = (t: string): JSONContent => ({ type: "text", text: t });
const p = (...content: (string | JSONContent)[]): JSONContent => ({
  type: "paragraph",
  content: content.map((c) => (typeof c === "string" ? text(c) : c)),
});
const h = (t: string): JSONContent => ({ type: "heading", attrs: { level: 2 }, content: [text(t)] });
const ref = (id: string): JSONContent => ({ type: "footnoteReference", attrs: { "data-id": id } });
const note = (id: string, t: string): JSONContent => ({ type: "footnote", attrs: { "data-id": id }, content: [p(t)] });
const notes = (...content: JSONContent[]): JSONContent => ({ type: "footnotes", attrs: { class: "footnotes" }, content });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });

const piece = (body: JSONContent, fields: Partial<MergeablePiece> = {}): MergeablePiece => ({
  title: "Ports and fuel",
  standfirst: "Who moves first.",
  slug: "ports-and-fuel",
  body,
  authorIds: ["a1"],
  divisionId: null,
  seriesId: null,
  disclaimerId: null,
  topicIds: ["t1", "t2"],
  leadImageId: null,
  ...fields,
});

const base = piece(doc(p("One."), p("Two."), p("Three."), p("Four.")));
const texts = (body: JSONContent) => (body.content ?? []).map((block) => (block.content ?? []).map((c) => c.text ?? "").join(""));

function merged(b: MergeablePiece, mine: MergeablePiece, theirs: MergeablePiece) {
  const result = mergePieces(b, mine, theirs);
  if (!result.ok) throw new Error(`Expected a merge, got clashes: ${describeClashes(result.clashes)}`);
  return result;
}

describe("different blocks", () => {
  test("changes to different paragraphs merge, each where it was", () => {
    const mine = piece(doc(p("One, mine."), p("Two."), p("Three."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two."), p("Three, theirs."), p("Four.")));
    const result = merged(base, mine, theirs);
    expect(texts(result.piece.body)).toEqual(["One, mine.", "Two.", "Three, theirs.", "Four."]);
    // The editor holding mine only needs their paragraph put in.
    expect(result.blockEdits).toEqual([{ from: 2, to: 3, blocks: [p("Three, theirs.")] }]);
  });

  test("changes to neighbouring paragraphs merge", () => {
    const mine = piece(doc(p("One."), p("Two, mine."), p("Three."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two."), p("Three, theirs."), p("Four.")));
    expect(texts(merged(base, mine, theirs).piece.body)).toEqual(["One.", "Two, mine.", "Three, theirs.", "Four."]);
  });

  test("an insertion and an edit elsewhere merge, and positions after the insertion shift", () => {
    const mine = piece(doc(p("One."), p("New, mine."), p("Two."), p("Three."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two."), p("Three."), p("Four, theirs.")));
    const result = merged(base, mine, theirs);
    expect(texts(result.piece.body)).toEqual(["One.", "New, mine.", "Two.", "Three.", "Four, theirs."]);
    expect(result.blockEdits).toEqual([{ from: 4, to: 5, blocks: [p("Four, theirs.")] }]);
  });

  test("a deletion and an edit of another block merge", () => {
    const mine = piece(doc(p("One."), p("Three."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two."), p("Three."), p("Four, theirs.")));
    expect(texts(merged(base, mine, theirs).piece.body)).toEqual(["One.", "Three.", "Four, theirs."]);
  });

  test("the title changed on one side and the body on the other merge", () => {
    const mine = piece(base.body, { title: "Ports move last" });
    const theirs = piece(doc(p("One."), p("Two, theirs."), p("Three."), p("Four.")), { topicIds: ["t2", "t3"] });
    const result = merged(base, mine, theirs);
    expect(result.piece.title).toBe("Ports move last");
    expect(result.piece.topicIds).toEqual(["t2", "t3"]);
    expect(texts(result.piece.body)).toEqual(["One.", "Two, theirs.", "Three.", "Four."]);
  });

  test("several edits on each side, interleaved, all merge in order", () => {
    const mine = piece(doc(h("Intro"), p("One, mine."), p("Two."), p("Three, mine."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two, theirs."), p("Three."), p("Four, theirs."), p("Five, theirs.")));
    const result = merged(base, mine, theirs);
    expect(texts(result.piece.body)).toEqual(["Intro", "One, mine.", "Two, theirs.", "Three, mine.", "Four, theirs.", "Five, theirs."]);
    // Applied to mine last first, the edits give the merged body.
    const blocks = [...(mine.body.content ?? [])];
    for (const edit of result.blockEdits) blocks.splice(edit.from, edit.to - edit.from, ...edit.blocks);
    expect(blocks.map(nodeKey)).toEqual((result.piece.body.content ?? []).map(nodeKey));
  });
});

describe("the same block changed on both sides", () => {
  test("is a clash that lists the block with base, mine and theirs", () => {
    const mine = piece(doc(p("One."), p("Two."), p("Three, mine."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two."), p("Three, theirs."), p("Four.")));
    const result = mergePieces(base, mine, theirs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.clashes).toEqual([
      { kind: "blocks", at: 2, base: [p("Three.")], mine: [p("Three, mine.")], theirs: [p("Three, theirs.")] },
    ]);
    expect(describeClashes(result.clashes)).toBe("paragraph 3");
  });

  test("several clashes and a clashing title are all listed", () => {
    const mine = piece(doc(p("One, mine."), p("Two."), p("Three, mine."), p("Four.")), { title: "Mine" });
    const theirs = piece(doc(p("One, theirs."), p("Two."), p("Three, theirs."), p("Four.")), { title: "Theirs" });
    const result = mergePieces(base, mine, theirs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeClashes(result.clashes)).toBe("the title, paragraph 1 and paragraph 3");
  });

  test("edits of neighbouring blocks on one side clash only where the other side edited too", () => {
    const mine = piece(doc(p("One, mine."), p("Two, mine."), p("Three."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two, theirs."), p("Three."), p("Four.")));
    const result = mergePieces(base, mine, theirs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeClashes(result.clashes)).toBe("paragraph 2");
  });

  test("a deletion against an edit of the same block clashes", () => {
    const mine = piece(doc(p("One."), p("Three."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two, theirs."), p("Three."), p("Four.")));
    const result = mergePieces(base, mine, theirs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.clashes).toEqual([{ kind: "blocks", at: 1, base: [p("Two.")], mine: [], theirs: [p("Two, theirs.")] }]);
  });

  test("an insertion inside a stretch the other side replaced clashes", () => {
    const mine = piece(doc(p("One."), p("Two."), p("New."), p("Three."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two and three, theirs."), p("Four.")));
    expect(mergePieces(base, mine, theirs).ok).toBe(false);
  });
});

describe("insertions at the same place", () => {
  test("different new blocks are all kept, theirs (saved first) first", () => {
    const mine = piece(doc(p("One."), p("Two."), p("Three."), p("Four."), p("Five, mine.")));
    const theirs = piece(doc(p("One."), p("Two."), p("Three."), p("Four."), p("Five, theirs.")));
    const result = merged(base, mine, theirs);
    expect(texts(result.piece.body)).toEqual(["One.", "Two.", "Three.", "Four.", "Five, theirs.", "Five, mine."]);
    expect(result.blockEdits).toEqual([{ from: 4, to: 4, blocks: [p("Five, theirs.")] }]);
  });

  test("the same new block from both is kept once", () => {
    const both = piece(doc(p("Zero."), p("One."), p("Two."), p("Three."), p("Four.")));
    expect(texts(merged(base, both, both).piece.body)).toEqual(["Zero.", "One.", "Two.", "Three.", "Four."]);
  });

  test("an insertion right after a block the other side edited merges", () => {
    const mine = piece(doc(p("One."), p("Two."), p("Two and a half."), p("Three."), p("Four.")));
    const theirs = piece(doc(p("One."), p("Two, theirs."), p("Three."), p("Four.")));
    expect(texts(merged(base, mine, theirs).piece.body)).toEqual(["One.", "Two, theirs.", "Two and a half.", "Three.", "Four."]);
  });
});

describe("identical changes on both sides", () => {
  test("the same edit of the same block is no clash", () => {
    const same = () => piece(doc(p("One."), p("Two, fixed."), p("Three."), p("Four.")), { title: "Same fix" });
    const result = merged(base, same(), same());
    expect(texts(result.piece.body)).toEqual(["One.", "Two, fixed.", "Three.", "Four."]);
    expect(result.piece.title).toBe("Same fix");
    expect(result.blockEdits).toEqual([]);
  });

  test("the same deletion is no clash", () => {
    const same = () => piece(doc(p("One."), p("Four.")));
    expect(texts(merged(base, same(), same()).piece.body)).toEqual(["One.", "Four."]);
  });

  test("topics are compared as a set, the byline in order", () => {
    expect(merged(base, piece(base.body, { topicIds: ["t2", "t1"] }), piece(base.body, { topicIds: ["t3"] })).piece.topicIds).toEqual([
      "t3",
    ]);
    const byline = mergePieces(
      piece(base.body, { authorIds: ["a1", "a2"] }),
      piece(base.body, { authorIds: ["a2", "a1"] }),
      piece(base.body, { authorIds: ["a1", "a2", "a3"] }),
    );
    expect(byline.ok).toBe(false);
  });
});

describe("the editor's JSON and the server's canonical JSON", () => {
  test("null attributes, attribute order and footnote numbers are no change", () => {
    const canonical = doc(p("One", ref("n1")), notes(note("n1", "A note.")));
    const validated = validateRichText("body", canonical);
    const editorJson = doc(
      {
        type: "paragraph",
        attrs: { textAlign: null },
        content: [text("One"), { type: "footnoteReference", attrs: { "data-id": "n1", referenceNumber: "7" } }],
      },
      { type: "footnotes", content: [{ type: "footnote", attrs: { id: "fn:7", "data-id": "n1" }, content: [p("A note.")] }] },
    );
    expect((validated.content ?? []).map(nodeKey)).toEqual((editorJson.content ?? []).map(nodeKey));
  });
  test("text split into several runs with the same marks is the same text", () => {
    expect(nodeKey(p("One ", "two."))).toBe(nodeKey(p("One two.")));
    expect(nodeKey(p("One ", { type: "text", text: "two.", marks: [{ type: "bold" }] }))).not.toBe(nodeKey(p("One two.")));
  });
});

describe("footnotes", () => {
  const withNotes = piece(
    doc(p("One", ref("n1"), "."), p("Two."), p("Three", ref("n2"), "."), notes(note("n1", "Note one."), note("n2", "Note two."))),
  );

  test("a note added on one side and a paragraph edited on the other merge into a body the server accepts", () => {
    const mine = piece(
      doc(
        p("One", ref("n1"), "."),
        p("Two", ref("n3"), "."),
        p("Three", ref("n2"), "."),
        notes(note("n1", "Note one."), note("n3", "New."), note("n2", "Note two.")),
      ),
    );
    const theirs = piece(
      doc(
        p("One", ref("n1"), "."),
        p("Two."),
        p("Three, theirs", ref("n2"), "."),
        notes(note("n1", "Note one."), note("n2", "Note two, theirs.")),
      ),
    );
    const result = merged(withNotes, mine, theirs);
    const body = validateRichText("body", result.piece.body);
    const list = body.content?.at(-1);
    expect(list?.type).toBe("footnotes");
    expect(list?.content?.map((n) => [n.attrs?.["data-id"], n.attrs?.id])).toEqual([
      ["n1", "fn:1"],
      ["n3", "fn:2"],
      ["n2", "fn:3"],
    ]);
    expect(JSON.stringify(list)).toContain("Note two, theirs.");
    expect(result.notesChanged).toBe(true);
  });

  test("a paragraph with its note deleted on one side, another note edited on the other, merge", () => {
    const mine = piece(doc(p("Two."), p("Three", ref("n2"), "."), notes(note("n2", "Note two."))));
    const theirs = piece(
      doc(p("One", ref("n1"), "."), p("Two."), p("Three", ref("n2"), "."), notes(note("n1", "Note one."), note("n2", "Note two, better."))),
    );
    const result = merged(withNotes, mine, theirs);
    expect(() => validateRichText("body", result.piece.body)).not.toThrow();
    expect(JSON.stringify(result.piece.body)).not.toContain("Note one.");
    expect(JSON.stringify(result.piece.body)).toContain("Note two, better.");
  });

  test("the same note changed two ways clashes and is named by its number", () => {
    const mine = piece(doc(...(withNotes.body.content ?? []).slice(0, 3), notes(note("n1", "Note one."), note("n2", "Mine."))));
    const theirs = piece(doc(...(withNotes.body.content ?? []).slice(0, 3), notes(note("n1", "Note one."), note("n2", "Theirs."))));
    const result = mergePieces(withNotes, mine, theirs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.clashes).toEqual([
      { kind: "footnote", id: "n2", base: note("n2", "Note two."), mine: note("n2", "Mine."), theirs: note("n2", "Theirs.") },
    ]);
    expect(describeClashes(result.clashes, mine.body)).toBe("footnote 2");
  });

  test("a note deleted with its paragraph on one side and edited on the other clashes", () => {
    const mine = piece(doc(p("Two."), p("Three", ref("n2"), "."), notes(note("n2", "Note two."))));
    const theirs = piece(
      doc(...(withNotes.body.content ?? []).slice(0, 3), notes(note("n1", "Note one, theirs."), note("n2", "Note two."))),
    );
    expect(mergePieces(withNotes, mine, theirs).ok).toBe(false);
  });

  test("references that would lose their note are a clash, never a broken body", () => {
    // Theirs removed note n2 but (by hand) kept its reference: whatever the merge, it must not pass.
    const theirs = piece(doc(p("One", ref("n1"), "."), p("Two."), p("Three", ref("n2"), "."), notes(note("n1", "Note one."))));
    const mine = piece(
      doc(p("One", ref("n1"), ". Mine."), p("Two."), p("Three", ref("n2"), "."), notes(note("n1", "Note one."), note("n2", "Note two."))),
    );
    const result = mergePieces(withNotes, mine, theirs);
    expect(result.ok).toBe(false);
  });
});
