import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { NoAccess } from "@/components/admin/guards";
import { auditFilterChoices, describeDetails, listAuditEvents } from "@/lib/admin/audit-log";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { getSiteSettings } from "@/lib/platform/site-settings";
import "@/app/styles/admin.css";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Query = { page?: string; article?: string; actor?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const user = await requireUser(paths.studio.audit(query));
  if (decideSite(user, "audit.view") !== "allow") return <NoAccess title="Audit log" />;
  const [log, choices, site] = await Promise.all([listAuditEvents(user, query), auditFilterChoices(user), getSiteSettings()]);
  const filters = { article: log.filters.article, actor: log.filters.actor };
  return (
    <>
      <h1 className="page-title">Audit log</h1>
      <p className="lede">Every change in the studio, newest first. Times are in {site.timeZone}.</p>

      <form method="get" action={paths.studio.audit()} className="audit-filters">
        <div>
          <label htmlFor="article">Piece</label>
          <select id="article" name="article" defaultValue={filters.article ?? ""}>
            <option value="">All pieces</option>
            {choices.pieces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actor">Person</label>
          <select id="actor" name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">Everyone</option>
            {choices.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--small">
          Filter
        </button>
        {filters.article || filters.actor ? <Link href={paths.studio.audit()}>Clear filters</Link> : null}
      </form>

      <p className="muted" role="status">
        {log.total === 0
          ? "No events match."
          : `${log.total.toLocaleString("en-GB")} event${log.total === 1 ? "" : "s"}; page ${log.page} of ${log.pageCount}.`}
      </p>

      {log.events.length ? (
        <table className="table admin-table audit-table">
          <caption className="visually-hidden">Audit events</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Piece</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {log.events.map((e) => (
              <tr key={e.id}>
                <td data-label="When">
                  <DateTime date={e.createdAt} timeZone={site.timeZone} />
                </td>
                <td data-label="Who">{e.actor?.name ?? <span className="muted">Deleted user</span>}</td>
                <td>
                  <code>{e.action}</code>
                  {e.subject && !e.article ? <div className="muted">{e.subject.split(":")[0]}</div> : null}
                </td>
                <td data-label="Piece">
                  {e.article ? <Link href={paths.studio.article(e.article.id)}>{e.article.title}</Link> : <span className="muted">—</span>}
                </td>
                <td>
                  <ul className="audit-details">
                    {describeDetails(e.details).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {log.pageCount > 1 ? (
        <nav aria-label="Audit log pages" className="pager">
          {log.page > 1 ? <Link href={paths.studio.audit({ ...filters, page: String(log.page - 1) })}>← Newer events</Link> : <span />}
          {log.page < log.pageCount ? (
            <Link href={paths.studio.audit({ ...filters, page: String(log.page + 1) })}>Older events →</Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
