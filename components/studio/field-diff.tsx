// A word-level diff with insertions in <ins> and deletions in <del>. Each carries hidden
// words for screen readers and a visible underline or strike, so colour is never the only cue.
import type { FieldDiff } from "@/lib/revision-diff";

export function FieldDiffView({ field }: { field: FieldDiff }) {
  return (
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
  );
}
