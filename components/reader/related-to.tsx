import Link from "next/link";
import type { PieceView } from "@/lib/reader/publications";
import { paths } from "@/lib/platform/paths";

/** The piece's division, series and topics as links to their pages. */
export function RelatedTo({ piece }: { piece: PieceView }) {
  if (!piece.division && !piece.series && piece.topics.length === 0) return null;
  return (
    <section className="piece__section related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related to</h2>
      <ul className="tags">
        {piece.division ? (
          <li>
            <Link href={paths.division(piece.division.slug)}>{piece.division.name}</Link>
          </li>
        ) : null}
        {piece.series ? (
          <li>
            <Link href={paths.series(piece.series.slug)}>{piece.series.name}</Link>
          </li>
        ) : null}
        {piece.topics.map((topic) => (
          <li key={topic.id}>
            <Link href={paths.topic(topic.slug)}>{topic.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
