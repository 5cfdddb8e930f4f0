import type { PieceView } from "@/lib/reader/publications";

/** The piece's own disclaimer, else its series' default, under the site's heading for it. */
export function PieceDisclaimer({ piece, label }: { piece: PieceView; label: string }) {
  if (!piece.disclaimerHtml) return null;
  return (
    <aside className="disclaimer" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading" className="disclaimer__heading">
        {label}
      </h2>
      {/* Rendered by lib/content/render.ts. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: piece.disclaimerHtml }} />
    </aside>
  );
}
