import { withNotesHeading } from "@/lib/content";
import type { PieceView } from "@/lib/reader/publications";

/** The body, with its footnote references and notes list (headed with the site's label), as lib/content/render.ts made it. */
export function PieceBody({ piece, notesLabel }: { piece: PieceView; notesLabel: string }) {
  // bodyHtml is produced only by lib/content/render.ts, which escapes text and vets links; it escapes the label too.
  return <div className="prose piece__body" dangerouslySetInnerHTML={{ __html: withNotesHeading(piece.bodyHtml, notesLabel) }} />;
}
