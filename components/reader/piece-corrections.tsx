import type { PieceView } from "@/lib/reader/publications";
import { PublicDate } from "./public-date";

/** The public log of corrections, oldest first. */
export function PieceCorrections({ piece, timeZone }: { piece: PieceView; timeZone: string }) {
  if (piece.corrections.length === 0) return null;
  return (
    <section className="piece__section corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      <ul>
        {piece.corrections.map((c) => (
          <li key={c.id}>
            <PublicDate iso={c.createdAt} timeZone={timeZone} />: {c.body}
          </li>
        ))}
      </ul>
    </section>
  );
}
