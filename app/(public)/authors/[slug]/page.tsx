import type { Metadata } from "next";
import { feedAlternates } from "@/components/reader/feeds";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { collectionPageNumber, CollectionPieces } from "@/components/reader/collection-pieces";
import { publicAuthor } from "@/lib/reader/cache/reads";
import { paths } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";

// Cached as a whole page (ISR) like the article page, refreshed by tag from lib/reader/cache;
// later pages are the same page at ./page/[page]. A literal for Next, PAGE_SECONDS (tests/unit/next-literals.test.ts).
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

/** `page` is there when this renders a later page, at ./page/[page]. */
type Props = { params: Promise<{ slug: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const author = await publicAuthor(slug);
  if (!author) return {};
  return {
    title: author.displayName,
    description: [author.position, author.affiliation].filter(Boolean).join(", ") || undefined,
    alternates: {
      canonical: paths.author(author.slug, collectionPageNumber(page)),
      ...feedAlternates({ kind: "author", slug: author.slug }, `Commentaries by ${author.displayName}`),
    },
  };
}

export default async function AuthorPage({ params }: Props) {
  const [{ slug, page: pageParam }, site] = await Promise.all([params, getSiteSettings()]);
  const page = collectionPageNumber(pageParam);
  const author = await orNotFound(publicAuthor(slug));
  return (
    <>
      <header className="profile">
        <p className="kicker">Author</p>
        <h1 className="page-title">{author.displayName}</h1>
        {author.position || author.affiliation ? (
          <p className="profile__position">{[author.position, author.affiliation].filter(Boolean).join(", ")}</p>
        ) : null}
        {author.focus ? (
          <p className="profile__focus">
            <span className="profile__label">Focus:</span> {author.focus}
          </p>
        ) : null}
        {/* Rendered by lib/content/render.ts. */}
        <div className="prose profile__bio" dangerouslySetInnerHTML={{ __html: author.bioHtml }} />
        {/* The way into search narrowed to this author (the search page has no menu of authors). */}
        <div className="site-search profile__search">
          <form action={paths.search()} method="get" role="search" aria-label={`Search commentaries by ${author.displayName}`}>
            <input type="hidden" name="author" value={author.slug} />
            <label htmlFor="author-search-q" className="visually-hidden">
              Search commentaries by {author.displayName}
            </label>
            <input id="author-search-q" name="q" type="search" placeholder="Search these commentaries" autoComplete="off" />
            <button type="submit" className="site-search__button">
              Search
            </button>
          </form>
        </div>
      </header>
      <CollectionPieces
        pageHref={(n) => paths.author(author.slug, n)}
        filter={{ author: author.slug }}
        page={page}
        timeZone={site.timeZone}
      />
    </>
  );
}
