import type { Metadata } from "next";
import Link from "next/link";
import { SiteTime } from "@/components/ui/site-time";
import { requireUser } from "@/lib/accounts/auth";
import { listReviewQueue } from "@/lib/editorial/review-queue";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";
import { ListPager } from "@/components/studio/list-pager";

export const metadata: Metadata = { title: "Review queue · Studio", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const user = await requireUser(paths.studio.review());
  const [queue, site] = await Promise.all([orNotFound(listReviewQueue(user, await searchParams)), getSiteSettings()]);
  return (
    <>
      <h1 className="page-title">Review queue</h1>
      <p className="lede">
        {queue.total === 0
          ? "Nothing is waiting for review."
          : `${queue.total} ${queue.total === 1 ? "piece is" : "pieces are"} waiting, oldest submission first.`}
      </p>
      {queue.items.length ? (
        <table className="table">
          <caption className="visually-hidden">Pieces waiting for review, oldest submission first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Authors</th>
              <th scope="col">Division</th>
              <th scope="col">Submitted by</th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody>
            {queue.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={paths.studio.article(item.id)}>{item.title}</Link>
                </td>
                <td>
                  <span className="cell-label">Authors: </span>
                  {item.authors.map((a) => a.author.displayName).join(", ")}
                </td>
                <td>
                  <span className="cell-label">Division: </span>
                  {item.division?.name ?? "None"}
                </td>
                <td>
                  <span className="cell-label">Submitted by: </span>
                  {item.submittedBy ?? "Unknown"}
                </td>
                <td>
                  <span className="cell-label">Submitted: </span>
                  <SiteTime date={item.submittedAt} timeZone={site.timeZone} format="ago" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : queue.total ? (
        <p>
          No pieces on this page. <Link href={paths.studio.review()}>Back to the oldest submissions</Link>
        </p>
      ) : null}
      <ListPager
        label="Review queue pages"
        next={queue.next}
        previous={queue.previous}
        href={paths.studio.review}
        previousText="Earlier submissions"
        nextText="Later submissions"
      />
    </>
  );
}
