import type { PieceView } from "@/lib/reader/publications";

/** The body, with its footnote references and notes list, as lib/content/render.ts made it. */
export function PieceBody({ piece }: { piece: PieceView }) {
  // bodyHtml is produced only by lib/content/render.ts, which escapes text and vets links.
  return <div className="prose piece__body" dangerouslySetInnerHTML={{ __html: piece.bodyHtml }} />;
}
