import Link from "next/link";
import { readingMinutes } from "@/lib/content";
import type { PieceIdentity, PieceView } from "@/lib/reader/publications";
import { PieceNumberAndDoi } from "./piece-identity";
import { Byline } from "./byline";
import { SiteTime } from "@/components/ui/site-time";
import { paths } from "@/lib/platform/paths";
import { LeadImage } from "./media-image";

/** Division, title, lead image, standfirst, byline, dates and reading time. */
export function PieceHeader({ piece, timeZone, identity }: { piece: PieceView; timeZone: string; identity?: PieceIdentity }) {
  const lastCorrection = piece.corrections.at(-1);
  return (
    <header className="piece__header">
      {piece.division ? (
        <p className="kicker">
          <Link href={paths.division(piece.division.slug)}>{piece.division.name}</Link>
        </p>
      ) : null}
      <h1>{piece.title}</h1>
      {piece.leadImage ? <LeadImage media={piece.leadImage} /> : null}
      {piece.standfirst ? <p className="standfirst">{piece.standfirst}</p> : null}
      <div className="piece__meta">
        {piece.authors.length ? (
          <p className="piece__byline">
            By <Byline authors={piece.authors} />
          </p>
        ) : null}
        <p className="meta">
          {piece.publishedAt ? <SiteTime date={piece.publishedAt} timeZone={timeZone} format="date" /> : <span>Not yet published</span>}
          {lastCorrection ? (
            <>
              {" "}
              · Updated <SiteTime date={lastCorrection.createdAt} timeZone={timeZone} format="date" />
            </>
          ) : null}{" "}
          · {readingMinutes(piece.wordCount)} min read
          {piece.series ? (
            <>
              {" "}
              · <Link href={paths.series(piece.series.slug)}>{piece.series.name}</Link>
            </>
          ) : null}
        </p>
        {identity ? <PieceNumberAndDoi identity={identity} /> : null}
      </div>
    </header>
  );
}
