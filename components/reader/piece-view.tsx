import type { PieceView } from "@/lib/reader/publications";
import { AboutTheWriters } from "./about-the-writers";
import { PieceBody } from "./piece-body";
import { PieceCorrections } from "./piece-corrections";
import { PieceDisclaimer } from "./piece-disclaimer";
import { PieceHeader } from "./piece-header";
import { RelatedTo } from "./related-to";

/**
 * A piece as readers see it, from header to "Related to". The article page adds comments
 * (and the canonical URL for print) after it; previews show it alone.
 */
export function PieceArticle({ piece, timeZone, children }: { piece: PieceView; timeZone: string; children?: React.ReactNode }) {
  return (
    <article className="piece">
      <PieceHeader piece={piece} timeZone={timeZone} />
      <PieceBody piece={piece} />
      <PieceDisclaimer piece={piece} />
      <PieceCorrections piece={piece} timeZone={timeZone} />
      <AboutTheWriters piece={piece} />
      <RelatedTo piece={piece} />
      {children}
    </article>
  );
}
