import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { JSONContent } from "@tiptap/core";
import { Byline } from "@/components/article/byline";
import { CiteThis } from "@/components/article/cite-this";
import { ArticleJsonLd } from "@/components/article/json-ld";
import { ReaderComments } from "@/components/article/reader-comments";
import { RichText } from "@/components/article/rich-text";
import { articleMetadata } from "@/lib/article-meta";
import { readingMinutes } from "@/lib/content";
import { getLivePublication } from "@/lib/publications";
import { formatDate, getSiteSettings } from "@/lib/site-settings";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata((await params).slug);
}

export default async function CommentaryPage({ params }: Props) {
  const [piece, site] = await Promise.all([getLivePublication((await params).slug), getSiteSettings()]);
  if (!piece) notFound();
  const disclaimer = piece.disclaimer ?? piece.series?.defaultDisclaimer ?? null;
  const authors = piece.authors.map((a) => a.author);
  const { corrections } = piece.article;
  const lastCorrection = corrections.at(-1);

  return (
    <article className="piece">
      <ArticleJsonLd slug={piece.slug} />
      <header className="piece__header">
        {piece.division ? <p className="kicker">{piece.division.name}</p> : null}
        <h1>{piece.title}</h1>
        <p className="standfirst">{piece.standfirst}</p>
        <p className="meta">
          By <Byline authors={authors} /> · <time dateTime={piece.liveFrom.toISOString()}>{formatDate(piece.liveFrom, site.timeZone)}</time>
          {lastCorrection ? <> · Corrected {formatDate(lastCorrection.createdAt, site.timeZone)}</> : null} ·{" "}
          {readingMinutes(piece.wordCount)} min read
          {piece.series ? <> · {piece.series.name}</> : null}
        </p>
      </header>

      <div className="prose" dangerouslySetInnerHTML={{ __html: piece.bodyHtml }} />

      {disclaimer ? (
        <aside className="disclaimer" aria-label="Disclaimer">
          <RichText kind="prose" doc={disclaimer.body as JSONContent} />
        </aside>
      ) : null}

      {corrections.length ? (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {corrections.map((c) => (
              <li key={c.id}>
                <time dateTime={c.createdAt.toISOString()}>{formatDate(c.createdAt, site.timeZone)}</time>: {c.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="about" aria-labelledby="about-heading">
        <h2 id="about-heading">About the writer{authors.length > 1 ? "s" : ""}</h2>
        {authors.map((author) => (
          <div key={author.id} className="about__author">
            <h3>
              <Link href={`/authors/${author.slug}`}>{author.displayName}</Link>
            </h3>
            <p className="about__position">
              {[author.position, author.affiliation].filter(Boolean).join(", ")}
            </p>
            <RichText kind="prose" doc={author.bio as JSONContent} />
          </div>
        ))}
      </section>

      <section className="related" aria-labelledby="related-heading">
        <h2 id="related-heading">Related to</h2>
        <ul className="tags">
          {piece.division ? (
            <li>
              <Link href={`/divisions/${piece.division.slug}`}>{piece.division.name}</Link>
            </li>
          ) : null}
          {piece.topics.map(({ topic }) => (
            <li key={topic.id}>
              <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
            </li>
          ))}
        </ul>
      </section>

      <CiteThis slug={piece.slug} />

      <ReaderComments slug={piece.slug} timeZone={site.timeZone} />
    </article>
  );
}
