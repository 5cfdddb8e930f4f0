import type { PieceView } from "@/lib/reader/publications";

/** The piece's own disclaimer, else its series' default. */
export function PieceDisclaimer({ piece }: { piece: PieceView }) {
  if (!piece.disclaimerHtml) return null;
  return (
    <aside className="disclaimer" aria-label="Disclaimer">
      {/* Rendered by lib/content/render.ts. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: piece.disclaimerHtml }} />
    </aside>
  );
}
