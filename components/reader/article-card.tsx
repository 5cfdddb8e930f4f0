import Link from "next/link";
import type { ListingItem } from "@/lib/reader/publications";
import { Byline } from "./byline";
import { PublicDate } from "./public-date";
import { paths } from "@/lib/platform/paths";

export interface ArticleCardProps {
  item: ListingItem;
  timeZone: string;
  /** Heading level of the card title, so it sits under the page's own headings. */
  level?: 2 | 3;
  /** Search results: escaped HTML from lib/reader/search with <mark> around the matches. */
  titleHtml?: string;
  snippetHtml?: string;
}

export function ArticleCard({ item, timeZone, level = 2, titleHtml, snippetHtml }: ArticleCardProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article className="card">
      {item.division ? <p className="kicker">{item.division.name}</p> : null}
      <Heading className="card__title">
        <Link href={paths.piece(item.slug)}>
          {/* titleHtml comes from lib/reader/search's highlight(), which escapes everything but <mark>. */}
          {titleHtml ? <span dangerouslySetInnerHTML={{ __html: titleHtml }} /> : item.title}
        </Link>
      </Heading>
      {snippetHtml ? (
        <p className="card__standfirst card__snippet" dangerouslySetInnerHTML={{ __html: snippetHtml }} />
      ) : (
        <p className="card__standfirst">{item.standfirst}</p>
      )}
      <p className="meta">
        {item.authors.length ? (
          <>
            <Byline authors={item.authors} /> ·{" "}
          </>
        ) : null}
        <PublicDate iso={item.publishedAt} timeZone={timeZone} />
      </p>
    </article>
  );
}
