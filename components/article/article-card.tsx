import Link from "next/link";
import { Byline, type BylineAuthor } from "./byline";

export interface ArticleCardProps {
  slug: string;
  title: string;
  standfirst: string;
  date: string;
  division: { name: string } | null;
  authors: BylineAuthor[];
}

export function ArticleCard({ slug, title, standfirst, date, division, authors }: ArticleCardProps) {
  return (
    <article className="card">
      {division ? <p className="kicker">{division.name}</p> : null}
      <h2 className="card__title">
        <Link href={`/commentaries/${slug}`}>{title}</Link>
      </h2>
      <p className="card__standfirst">{standfirst}</p>
      <p className="meta">
        <Byline authors={authors} /> · <time>{date}</time>
      </p>
    </article>
  );
}
