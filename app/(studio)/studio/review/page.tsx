import type { Metadata } from "next";
import Link from "next/link";
import { SubmittedWhen } from "@/components/studio/submitted-when";
import { requireUser } from "@/lib/accounts/auth";
import { listReviewQueue } from "@/lib/editorial/review-queue";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { loadOr404 } from "../load-or-404";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Review queue · Studio", robots: { index: false } };

export default async function ReviewQueuePage() {
  const user = await requireUser(paths.studio.review());
  const [queue, site] = await Promise.all([loadOr404(listReviewQueue(user)), getSiteSettings()]);
  return (
    <>
      <h1 className="page-title">Review queue</h1>
      <p className="lede">
        {queue.length === 0
          ? "Nothing is waiting for review."
          : `${queue.length} ${queue.length === 1 ? "piece is" : "pieces are"} waiting, oldest submission first.`}
      </p>
      {queue.length ? (
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
            {queue.map((item) => (
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
                  <SubmittedWhen date={item.submittedAt} timeZone={site.timeZone} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
