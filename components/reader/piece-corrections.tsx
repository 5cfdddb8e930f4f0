import type { PieceView } from "@/lib/reader/publications";
import { SiteTime } from "@/components/ui/site-time";

/** The public log of corrections, oldest first. */
export function PieceCorrections({ piece, timeZone }: { piece: PieceView; timeZone: string }) {
  if (piece.corrections.length === 0) return null;
  return (
    <section className="piece__section corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      <ul>
        {piece.corrections.map((c) => (
          <li key={c.id}>
            <SiteTime date={c.createdAt} timeZone={timeZone} format="date" />: {c.body}
          </li>
        ))}
      </ul>
    </section>
  );
}
