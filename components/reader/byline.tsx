import Link from "next/link";
import { paths } from "@/lib/platform/paths";

export interface BylineAuthor {
  slug: string;
  displayName: string;
}

/** "A, B and C", each linked to their page. */
export function Byline({ authors }: { authors: BylineAuthor[] }) {
  return (
    <span className="byline">
      {authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 ? (i === authors.length - 1 ? " and " : ", ") : null}
          <Link href={paths.author(author.slug)}>{author.displayName}</Link>
        </span>
      ))}
    </span>
  );
}
