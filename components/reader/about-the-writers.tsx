import Link from "next/link";
import type { PieceView } from "@/lib/reader/publications";
import { paths } from "@/lib/platform/paths";
import { CropImage } from "./media-image";
import { AuthorIdentity } from "./author-identity";

/**
 * The heading over the bios: the site's label, written for one writer. For several, an English
 * label ending in "writer", "author" or "contributor" takes the plural; any other (another
 * language, "Contributors") is shown as given, which reads as well for several as for one.
 */
export function aboutHeading(label: string, writers: number): string {
  return writers > 1 && /(writer|author|contributor)$/i.test(label) ? `${label}s` : label;
}

/** Each author's position, affiliation, short bio, ORCID iD and links, linked to their page. */
export function AboutTheWriters({ piece, label }: { piece: PieceView; label: string }) {
  if (piece.authors.length === 0) return null;
  return (
    <section className="piece__section about" aria-labelledby="about-heading">
      <h2 id="about-heading">{aboutHeading(label, piece.authors.length)}</h2>
      {piece.authors.map((author) => (
        <div key={author.id} className={author.portrait ? "about__author about__author--portrait" : "about__author"}>
          {author.portrait ? (
            // The name beside it says who it is: the portrait adds nothing for a screen reader.
            <CropImage media={author.portrait} crop="square" sizes="4.5rem" alt="" className="about__portrait" />
          ) : null}
          <h3>
            <Link href={paths.author(author.slug)}>{author.displayName}</Link>
          </h3>
          {author.position || author.affiliation ? (
            <p className="about__position">{[author.position, author.affiliation].filter(Boolean).join(", ")}</p>
          ) : null}
          {/* Rendered by lib/content/render.ts. */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: author.bioHtml }} />
          <AuthorIdentity author={author} />
        </div>
      ))}
    </section>
  );
}
