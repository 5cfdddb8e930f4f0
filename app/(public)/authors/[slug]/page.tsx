import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CollectionPieces } from "@/components/article/collection-pieces";
import { feedAlternates } from "@/components/article/feeds";
import { publicAuthor } from "@/lib/public-cache";
import { listingParams } from "@/lib/publications";
import { getSiteSettings } from "@/lib/site-settings";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await publicAuthor((await params).slug);
  if (!author) return {};
  return {
    title: author.displayName,
    description: [author.position, author.affiliation].filter(Boolean).join(", ") || undefined,
    alternates: { canonical: `/authors/${author.slug}`, ...feedAlternates(`/feeds/authors/${author.slug}`, `Commentaries by ${author.displayName}`) },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const [{ slug }, query, site] = await Promise.all([params, searchParams, getSiteSettings()]);
  const author = await publicAuthor(slug);
  if (!author) notFound();
  const { page } = listingParams.parse(query);
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
      </header>
      <CollectionPieces path={`/authors/${author.slug}`} filter={{ author: author.slug }} page={page} timeZone={site.timeZone} />
    </>
  );
}
