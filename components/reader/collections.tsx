// The collections readers browse: each author's, division's, series' and topic's page
// (./collection-page.tsx), with what differs between them.
import { SearchBox } from "./search-box";
import { paths } from "@/lib/platform/paths";
import { publicAuthor, publicDivision, publicSeries, publicTopic } from "@/lib/reader/cache/reads";
import type { PublicAuthorProfile } from "@/lib/reader/publications";
import { authorSharing } from "@/lib/reader/seo";
import { CollectionHead, collectionPage } from "./collection-page";
import { CropImage } from "./media-image";
import { AuthorJsonLd } from "./json-ld";
import { AuthorIdentity } from "./author-identity";

/** "Research Fellow, Institute of Area Studies", or "" when neither is known. */
const positionOf = (author: PublicAuthorProfile) => [author.position, author.affiliation].filter(Boolean).join(", ");

function AuthorHead({ author }: { author: PublicAuthorProfile }) {
  return (
    <header className={author.portrait ? "profile profile--portrait" : "profile"}>
      {author.portrait ? (
        <CropImage
          media={author.portrait}
          crop="square"
          sizes="8rem"
          alt={author.portrait.alt || `Portrait of ${author.displayName}`}
          eager
          className="profile__portrait"
        />
      ) : null}
      <p className="kicker">Author</p>
      <h1 className="page-title">{author.displayName}</h1>
      {author.position || author.affiliation ? <p className="profile__position">{positionOf(author)}</p> : null}
      {author.focus ? (
        <p className="profile__focus">
          <span className="profile__label">Focus:</span> {author.focus}
        </p>
      ) : null}
      {/* Rendered by lib/content/render.ts. */}
      <div className="prose profile__bio" dangerouslySetInnerHTML={{ __html: author.bioHtml }} />
      <AuthorIdentity author={author} />
      {/* The way into search narrowed to this author (the search page has no menu of authors). */}
      <SearchBox
        id="author-search-q"
        className="site-search profile__search"
        label={`Search commentaries by ${author.displayName}`}
        placeholder="Search these commentaries"
        author={author.slug}
      />
      <AuthorJsonLd author={author} />
    </header>
  );
}

export const authorPage = collectionPage({
  load: publicAuthor,
  path: paths.author,
  feedKind: "author",
  filter: "author",
  title: (author) => author.displayName,
  description: (author) => positionOf(author) || undefined,
  feedTitle: (author) => `Commentaries by ${author.displayName}`,
  sharing: authorSharing,
  header: (author) => <AuthorHead author={author} />,
});

export const divisionPage = collectionPage({
  load: publicDivision,
  path: paths.division,
  feedKind: "division",
  filter: "division",
  title: (division) => division.name,
  description: (division) => division.description || undefined,
  feedTitle: (division) => `${division.name} commentaries`,
  header: (division) => <CollectionHead kicker="Division" name={division.name} lede={division.description} />,
});

export const seriesPage = collectionPage({
  load: publicSeries,
  path: paths.series,
  feedKind: "series",
  filter: "series",
  title: (series) => series.name,
  description: (series) => series.description || undefined,
  feedTitle: (series) => `${series.name} commentaries`,
  header: (series) => <CollectionHead kicker="Series" name={series.name} lede={series.description} issn={series.issn} />,
});

export const topicPage = collectionPage({
  load: publicTopic,
  path: paths.topic,
  feedKind: "topic",
  filter: "topic",
  title: (topic) => topic.name,
  feedTitle: (topic) => `${topic.name} commentaries`,
  header: (topic) => <CollectionHead kicker="Topic" name={topic.name} />,
});
