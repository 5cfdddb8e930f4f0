import type { PieceIdentity, PieceView } from "@/lib/reader/publications";
import { PieceProvenance } from "./piece-identity";
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
export function PieceArticle({
  piece,
  timeZone,
  identity,
  children,
}: {
  piece: PieceView;
  timeZone: string;
  /** A live piece's number, DOI, licence and provenance; previews have none yet. */
  identity?: PieceIdentity;
  children?: React.ReactNode;
}) {
  return (
    <article className="piece">
      <PieceHeader piece={piece} timeZone={timeZone} identity={identity} />
      <PieceBody piece={piece} />
      {identity ? <PieceProvenance identity={identity} /> : null}
      <PieceDisclaimer piece={piece} />
      <PieceCorrections piece={piece} timeZone={timeZone} />
      <AboutTheWriters piece={piece} />
      <RelatedTo piece={piece} />
      {children}
    </article>
  );
}
