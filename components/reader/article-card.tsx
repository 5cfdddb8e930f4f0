import Link from "next/link";
import type { ListingItem } from "@/lib/reader/publications";
import { Byline } from "./byline";
import { SiteTime } from "@/components/ui/site-time";
import { paths } from "@/lib/platform/paths";
import { CropImage } from "./media-image";

/** The card's image column (.card__image in app/styles/reader.css): the page's width on a phone. */
const CARD_SIZES = "(max-width: 40rem) calc(100vw - 2.5rem), 16rem";

export interface ArticleCardProps {
  item: ListingItem;
  timeZone: string;
  /** Heading level of the card title, so it sits under the page's own headings. */
  level?: 2 | 3;
  /** Search results: escaped HTML from lib/reader/search with <mark> around the matches. */
  titleHtml?: string;
  snippetHtml?: string;
  /** The first card of a page, in view at once: its image is not left to load lazily. */
  eager?: boolean;
}

export function ArticleCard({ item, timeZone, level = 2, titleHtml, snippetHtml, eager = false }: ArticleCardProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article className={item.leadImage ? "card card--image" : "card"}>
      {item.leadImage ? <CropImage media={item.leadImage} crop="card" sizes={CARD_SIZES} eager={eager} className="card__image" /> : null}
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
        <SiteTime date={item.publishedAt} timeZone={timeZone} format="date" />
      </p>
    </article>
  );
}
