import type { Metadata } from "next";
import Link from "next/link";
import "@/app/styles/machines.css";
import { requireUser } from "@/lib/accounts/auth";
import { ForbiddenError } from "@/lib/platform/errors";
import { listCommentsForModeration, moderationFilters, type ModerationFilter } from "@/lib/reader/comments";
import { formatDate, getSiteSettings } from "@/lib/platform/site-settings";
import { ModerationButtons } from "./moderation-buttons";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Reader comments", robots: { index: false } };

const filterLabels: Record<ModerationFilter, string> = {
  all: "All",
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  spam: "Spam",
};
const statusLabels: Record<string, string> = { pending: "Pending", approved: "Approved", rejected: "Rejected", spam: "Spam" };

type Props = { searchParams: Promise<{ status?: string | string[] }> };

export default async function CommentModerationPage({ searchParams }: Props) {
  const user = await requireUser(paths.studio.comments());
  const [queue, site] = await Promise.all([
    listCommentsForModeration(user, { status: (await searchParams).status }).catch((error: unknown) => {
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
  const { status, comments, counts, limit } = queue;

  return (
    <>
      <h1 className="page-title">Reader comments</h1>
      <p className="lede">Comments appear under a piece only once approved. Pending comments are listed first, oldest first.</p>
      <nav aria-label="Filter comments by status">
        <ul className="filter-tabs">
          {moderationFilters.map((f) => (
            <li key={f}>
              <Link href={paths.studio.comments(f === "pending" ? undefined : f)} aria-current={f === status ? "page" : undefined}>
                {filterLabels[f]} <span className="filter-tabs__count">({counts[f]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {comments.length === 0 ? (
        <p className="muted">
          {status === "pending"
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
                    {c.email ? <> · {c.email}</> : null} ·{" "}
                    <time dateTime={c.createdAt.toISOString()}>{formatDate(c.createdAt, site.timeZone)}</time>
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
                      {c.moderatedBy?.name ?? "Someone"}, {formatDate(c.moderatedAt, site.timeZone)}
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
      {comments.length >= limit ? <p className="muted">Showing the first {limit} comments.</p> : null}
    </>
  );
}
