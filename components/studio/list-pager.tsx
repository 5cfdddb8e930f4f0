// "Previous page" / "Next page" for a studio list paged by keyset: each link carries the cursor
// of the row it continues from (lib/platform/keyset.ts), and the list's filters through `href`.
import Link from "next/link";
import { encodeCursor, type Cursor } from "@/lib/platform/keyset";

export function ListPager({
  label,
  next,
  previous,
  href,
  nextText = "Next page",
  previousText = "Previous page",
}: {
  /** Names the navigation for screen readers ("Commentaries pages"). */
  label: string;
  next: Cursor | null;
  previous: Cursor | null;
  href: (page: { after?: string; before?: string }) => string;
  nextText?: string;
  previousText?: string;
}) {
  if (!next && !previous) return null;
  return (
    <nav aria-label={label} className="pager">
      {previous ? <Link href={href({ before: encodeCursor(previous) })}>← {previousText}</Link> : <span />}
      {next ? <Link href={href({ after: encodeCursor(next) })}>{nextText} →</Link> : <span />}
    </nav>
  );
}
