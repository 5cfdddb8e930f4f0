import type { PieceIdentity, PieceView } from "@/lib/reader/publications";
import { PieceProvenance } from "./piece-identity";
import { AboutTheWriters } from "./about-the-writers";
import { PieceBody } from "./piece-body";
import { PieceCorrections } from "./piece-corrections";
import { PieceDisclaimer } from "./piece-disclaimer";
import { PieceHeader } from "./piece-header";
import { RelatedTo } from "./related-to";

/** The reader's headings, from the site settings. */
export interface ReaderLabels {
  notesLabel: string;
  aboutLabel: string;
  disclaimerLabel: string;
}

/**
 * A piece as readers see it, from header to "Related to". The article page adds comments
 * (and the canonical URL for print) after it; previews show it alone.
 */
export function PieceArticle({
  piece,
  timeZone,
  labels,
  identity,
  children,
}: {
  piece: PieceView;
  timeZone: string;
  labels: ReaderLabels;
  /** A live piece's number, DOI, licence and provenance; previews have none yet. */
  identity?: PieceIdentity;
  children?: React.ReactNode;
}) {
  return (
    <article className="piece">
      <PieceHeader piece={piece} timeZone={timeZone} identity={identity} />
      <PieceBody piece={piece} notesLabel={labels.notesLabel} />
      {identity ? <PieceProvenance identity={identity} /> : null}
      <PieceDisclaimer piece={piece} label={labels.disclaimerLabel} />
      <PieceCorrections piece={piece} timeZone={timeZone} />
      <AboutTheWriters piece={piece} label={labels.aboutLabel} />
      <RelatedTo piece={piece} />
      {children}
    </article>
  );
}
