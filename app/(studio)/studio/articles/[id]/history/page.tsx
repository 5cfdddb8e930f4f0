import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { revisionKindLabel } from "@/components/studio/revision-kinds";
import { StatusBadge } from "@/components/studio/status-badge";
import { restoreRevisionAction } from "@/lib/actions/revisions";
import { requireUser } from "@/lib/accounts/auth";
import { listRevisions } from "@/lib/editorial/revision-history";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { SiteTime } from "@/components/ui/site-time";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "History · Studio", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ restored?: string }> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(paths.studio.history(id));
  const [{ article, revisions, corrections, reviews, canRestore }, site, { restored }] = await Promise.all([
    orNotFound(listRevisions(user, id)),
    getSiteSettings(),
    searchParams,
  ]);
  const newest = revisions[0]?.number;
  const previous = revisions[1]?.number ?? newest;
  const restoredNumber = Number(restored);

  return (
    <>
      <p className="kicker">
        <Link href={paths.studio.article(id)}>{article.title}</Link>
      </p>
      <h1 className="page-title">History</h1>
      <p className="meta">
        <StatusBadge status={article.status} /> · {revisions.length} revisions · times in {site.timeZone}
      </p>
      {Number.isInteger(restoredNumber) && restoredNumber > 0 ? (
        <p className="notice" role="status">
          Revision {restoredNumber} was restored as revision {newest}.
        </p>
      ) : null}

      <form id="compare" method="get" action={paths.studio.compare(id)} className="compare-bar">
        <p className="muted">Pick two revisions in the “From” and “To” columns, then compare them.</p>
        <button type="submit" className="button">
          Compare selected revisions
        </button>
      </form>

      <table className="table history">
        <caption className="visually-hidden">Revisions of this piece, newest first</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Revision</th>
            <th scope="col">Who</th>
            <th scope="col">When</th>
            <th scope="col">Reason</th>
            {canRestore ? <th scope="col">Restore</th> : null}
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id}>
              <td className="history__pick">
                <input
                  type="radio"
                  form="compare"
                  name="from"
                  value={r.number}
                  defaultChecked={r.number === previous}
                  aria-label={`Compare from revision ${r.number}`}
                />
                <span className="cell-label" aria-hidden="true">
                  {" "}
                  from
                </span>
              </td>
              <td className="history__pick">
                <input
                  type="radio"
                  form="compare"
                  name="to"
                  value={r.number}
                  defaultChecked={r.number === newest}
                  aria-label={`Compare to revision ${r.number}`}
                />
                <span className="cell-label" aria-hidden="true">
                  {" "}
                  to
                </span>
              </td>
              <td>
                <span className="cell-label">Revision </span>
                <strong>{r.number}</strong>: {revisionKindLabel(r.kind)}
              </td>
              <td>{r.user?.name ?? "Someone since removed"}</td>
              <td>
                <SiteTime date={r.createdAt} timeZone={site.timeZone} />
              </td>
              <td className="history__reason">{r.reason ?? ""}</td>
              {canRestore ? (
                <td>
                  {r.number !== newest ? (
                    <ActionForm
                      action={restoreRevisionAction}
                      submitLabel={`Restore revision ${r.number}`}
                      pendingLabel="Working…"
                      resetOnSuccess
                      className="form form--inline"
                      buttonClassName="button button--quiet"
                    >
                      <input type="hidden" name="articleId" value={id} />
                      <input type="hidden" name="revision" value={r.number} />
                      <input type="hidden" name="baseVersion" value={article.version} />
                    </ActionForm>
                  ) : (
                    <span className="muted">Current</span>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>

      {reviews.length ? (
        <section aria-labelledby="reviews-heading">
          <h2 id="reviews-heading">Outside reviews</h2>
          <p className="muted">Decisions of reviewers without an account, each about the text of the revision named.</p>
          <ol className="corrections-list">
            {reviews.map((r) => (
              <li key={r.id}>
                <p className="comment__meta">
                  <SiteTime date={r.decidedAt} timeZone={site.timeZone} />: {r.reviewerName}{" "}
                  {r.decision === "approved" ? "approved" : "asked for changes to"} revision {r.version}
                </p>
                {r.comment ? <p className="comment__body">{r.comment}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {corrections.length ? (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          <p className="muted">Corrections are public notes under the piece; they do not change its text, so they are not revisions.</p>
          <ol className="corrections-list">
            {corrections.map((c) => (
              <li key={c.id}>
                <p className="comment__meta">
                  <SiteTime date={c.createdAt} timeZone={site.timeZone} /> by {c.createdBy.name}
                </p>
                <p className="comment__body">{c.body}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
