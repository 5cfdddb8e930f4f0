// A diff with insertions in <ins> and deletions in <del>. Each carries hidden words for
// screen readers and a visible underline or strike, so colour is never the only cue. When
// the comparison had to be coarser than word by word (lib/editorial/text-diff.ts), the reader is
// told first, so that a whole struck-through paragraph is not mistaken for a deletion of
// every word in it.
import type { FieldDiff } from "@/lib/editorial/revision-diff";
import type { DiffLevel } from "@/lib/editorial/text-diff";

const coarseNotes: Record<Exclude<DiffLevel, "words">, string> = {
  paragraphs:
    "Too much changed here to compare every change word by word, so some changed paragraphs are shown whole: the earlier wording struck through, then the new wording underlined.",
  whole:
    "The two versions differ too much to compare. Here is the earlier version in full, struck through, then the later one, underlined.",
};

export function FieldDiffView({ field }: { field: FieldDiff }) {
  return (
    <>
      {field.level === "words" ? null : <p className="notice notice--info">{coarseNotes[field.level]}</p>}
      <div className="diff">
        {field.parts.map((part, i) =>
          part.added ? (
            <ins key={i}>
              <span className="visually-hidden">[added: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </ins>
          ) : part.removed ? (
            <del key={i}>
              <span className="visually-hidden">[removed: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </div>
    </>
  );
}
