"use client";
// The parts both versions changed, each side's change against the version both started from,
// side by side: what "Keep mine" and "Take theirs" decide between. Everything else merges.
import type { JSONContent } from "@tiptap/core";
import { diffWords } from "diff";
import { describeClashes, mergePieces, type Clash, type MergeablePiece } from "@/lib/content/merge";
import { plainText } from "@/lib/content/text";
import { FieldDiffView } from "@/components/studio/field-diff";
import type { FieldDiff } from "@/lib/editorial/revision-diff";

interface Props {
  base: MergeablePiece;
  mine: MergeablePiece;
  theirs: MergeablePiece;
}

/** Words added plus removed that the comparison may look for; beyond it, both wordings are shown whole. */
const MAX_WORD_EDITS = 2000;

function change(label: string, before: string, after: string): FieldDiff {
  const parts = diffWords(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (parts) return { label, changed: true, level: "words", parts: parts.map(({ value, added, removed }) => ({ value, added, removed })) };
  return {
    label,
    changed: true,
    level: "whole",
    parts: [
      { value: before, added: false, removed: true },
      { value: after, added: true, removed: false },
    ],
  };
}

const text = (blocks: (JSONContent | null)[]) =>
  plainText({ type: "doc", content: blocks.filter((b): b is JSONContent => Boolean(b)) }, { footnotes: true });

/** Each side's text of a clash, or null for a part shown only as "changed" (ids, the body as a whole). */
function sides(clash: Clash, base: MergeablePiece, mine: MergeablePiece, theirs: MergeablePiece): [string, string, string] | null {
  switch (clash.kind) {
    case "field":
      return clash.field === "title" || clash.field === "standfirst" || clash.field === "slug"
        ? [base[clash.field], mine[clash.field], theirs[clash.field]]
        : null;
    case "blocks":
      return [text(clash.base), text(clash.mine), text(clash.theirs)];
    case "footnote":
      return [text([clash.base]), text([clash.mine]), text([clash.theirs])];
    case "body":
      return null;
  }
}

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

export function ClashList({ base, mine, theirs }: Props) {
  const result = mergePieces(base, mine, theirs);
  if (result.ok) return null;
  return (
    <section className="clashes" aria-labelledby="clashes-heading">
      <h3 id="clashes-heading">Where you both changed the same part</h3>
      <p className="muted">
        Everything else was changed by one of you only. Each change is shown against the version you both started from.
      </p>
      {result.clashes.map((clash, i) => {
        const name = capitalised(describeClashes([clash], mine.body));
        const texts = sides(clash, base, mine, theirs);
        return (
          <div key={i} className="clashes__item" role="group" aria-label={name}>
            <h4>{name}</h4>
            {texts ? (
              <div className="conflict__columns">
                <div className="conflict__side">
                  <h5>Your change</h5>
                  <FieldDiffView field={change("Your change", texts[0], texts[1])} />
                </div>
                <div className="conflict__side">
                  <h5>Their change</h5>
                  <FieldDiffView field={change("Their change", texts[0], texts[2])} />
                </div>
              </div>
            ) : (
              <p>
                {clash.kind === "body"
                  ? "Too much changed to compare part by part: compare the two versions below."
                  : "Changed differently in each version."}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
