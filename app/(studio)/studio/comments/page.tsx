import type { Metadata } from "next";
import Link from "next/link";
import "@/app/styles/machines.css";
import { requireUser } from "@/lib/accounts/auth";
import { ForbiddenError } from "@/lib/platform/errors";
import { listCommentsForModeration, moderationFilters, type ModerationFilter } from "@/lib/reader/comments";
import { SiteTime } from "@/components/ui/site-time";
import { formatSiteDate } from "@/lib/platform/dates";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { ModerationButtons } from "./moderation-buttons";
import { paths } from "@/lib/platform/paths";
import { ListPager } from "@/components/studio/list-pager";
import "@/app/styles/studio-lists.css";

export const metadata: Metadata = { title: "Reader comments", robots: { index: false } };

const filterLabels: Record<ModerationFilter, string> = {
  all: "All",
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  spam: "Spam",
};
const statusLabels: Record<string, string> = { pending: "Pending", approved: "Approved", rejected: "Rejected", spam: "Spam" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentModerationPage({ searchParams }: Props) {
  const user = await requireUser(paths.studio.comments());
  const [queue, site] = await Promise.all([
    listCommentsForModeration(user, await searchParams).catch((error: unknown) => {
      if (error instanceof ForbiddenError) return null;
      throw error;
    }),
    getSiteSettings(),
  ]);
  if (!queue) {
    return (
      <>
        <h1 className="page-title">Reader comments</h1>
        <p>Only editors and administrators moderate reader comments.</p>
      </>
    );
  }
  const { status, q, comments, counts } = queue;
  const tab = (f: ModerationFilter) => (f === "pending" ? undefined : f);

  return (
    <>
      <h1 className="page-title">Reader comments</h1>
      <p className="lede">
        Comments appear under a piece only once approved. Pending comments are listed oldest first; the other views newest first.
      </p>
      <nav aria-label="Filter comments by status">
        <ul className="filter-tabs">
          {moderationFilters.map((f) => (
            <li key={f}>
              <Link href={paths.studio.comments({ status: tab(f), q })} aria-current={f === status ? "page" : undefined}>
                {filterLabels[f]} <span className="filter-tabs__count">({counts[f]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={paths.studio.comments()} className="list-filters" role="search" aria-label="Find comments by piece">
        {tab(status) ? <input type="hidden" name="status" value={status} /> : null}
        <div className="list-filters__search">
          <label htmlFor="comments-q">Piece title</label>
          <input id="comments-q" name="q" type="search" defaultValue={q ?? ""} maxLength={100} />
        </div>
        <button type="submit" className="button button--small">
          Search
        </button>
        {q ? <Link href={paths.studio.comments({ status: tab(status) })}>Clear search</Link> : null}
      </form>
      {comments.length === 0 ? (
        <p className="muted">
          {q
            ? `No ${status === "all" ? "" : `${filterLabels[status].toLowerCase()} `}comments on pieces matching “${q}”.`
            : status === "pending"
              ? "No comments are waiting for moderation."
              : `No ${status === "all" ? "" : `${filterLabels[status].toLowerCase()} `}comments.`}
        </p>
      ) : (
        <table className="table moderation-table">
          <caption className="visually-hidden">{filterLabels[status]} reader comments</caption>
          <thead>
            <tr>
              <th scope="col">Comment</th>
              <th scope="col">On</th>
              <th scope="col">Status</th>
              <th scope="col">Moderate</th>
            </tr>
          </thead>
          <tbody>
            {comments.map((c) => (
              <tr key={c.id}>
                <td>
                  <p className="comment__meta">
                    <strong>{c.name}</strong>
                    {c.email ? <> · {c.email}</> : null} · <SiteTime date={c.createdAt} timeZone={site.timeZone} format="date" />
                  </p>
                  <p className="comment__body">{c.body}</p>
                </td>
                <td>
                  {c.article.publication ? (
                    <Link href={paths.piece(c.article.publication.slug)}>{c.article.title}</Link>
                  ) : (
                    <>
                      {c.article.title} <span className="muted">(not live)</span>
                    </>
                  )}
                </td>
                <td>
                  <span className={`status status--comment-${c.status}`}>{statusLabels[c.status]}</span>
                  {c.moderatedAt ? (
                    <p className="muted moderation__by">
                      {c.moderatedBy?.name ?? "Someone"}, {formatSiteDate(c.moderatedAt, site.timeZone)}
                    </p>
                  ) : null}
                </td>
                <td>
                  <ModerationButtons id={c.id} status={c.status} who={c.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPager
        label="Comment pages"
        next={queue.next}
        previous={queue.previous}
        href={(page) => paths.studio.comments({ status: tab(status), q, ...page })}
        previousText={status === "pending" ? "Waiting longer" : "Newer comments"}
        nextText={status === "pending" ? "More recent" : "Older comments"}
      />
    </>
  );
}
