import type { Metadata } from "next";
import Link from "next/link";
import { SiteTime } from "@/components/ui/site-time";
import { NoAccess } from "@/components/admin/guards";
import { auditFilterChoices, describeDetails, listAuditEvents } from "@/lib/admin/audit-log";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { getSiteSettings } from "@/lib/platform/site-settings";
import "@/app/styles/admin.css";
import { paths } from "@/lib/platform/paths";
import { ListPager } from "@/components/studio/list-pager";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = await requireUser(paths.studio.audit());
  if (decideSite(user, "audit.view") !== "allow") return <NoAccess title="Audit log" />;
  const log = await listAuditEvents(user, query);
  const { filters } = log;
  const [choices, site] = await Promise.all([auditFilterChoices(user, filters.article), getSiteSettings()]);
  const filtered = Boolean(filters.article || filters.q || filters.actor || filters.action);
  return (
    <>
      <h1 className="page-title">Audit log</h1>
      <p className="lede">Every change in the studio, newest first. Times are in {site.timeZone}.</p>

      <form method="get" action={paths.studio.audit()} className="audit-filters" role="search" aria-label="Filter the audit log">
        {filters.article ? <input type="hidden" name="article" value={filters.article} /> : null}
        <div>
          <label htmlFor="q">Piece title</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
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
        <div>
          <label htmlFor="action">Action</label>
          <select id="action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">Any action</option>
            {choices.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--small">
          Filter
        </button>
        {filtered ? <Link href={paths.studio.audit()}>Clear filters</Link> : null}
      </form>

      <p className="muted" role="status">
        {filters.article ? (
          <>
            Events about <strong>{choices.piece?.title ?? "one piece"}</strong>.{" "}
            <Link href={paths.studio.audit({ ...filters, article: undefined })}>Any piece</Link>{" "}
          </>
        ) : null}
        {log.items.length === 0 ? (filtered ? "No events match these filters." : "No events yet.") : null}
      </p>

      {log.items.length ? (
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
            {log.items.map((e) => (
              <tr key={e.id}>
                <td data-label="When">
                  <SiteTime date={e.createdAt} timeZone={site.timeZone} format="compact" />
                </td>
                <td data-label="Who">
                  {/* An outside reviewer has no account: the details name them. */}
                  {e.actor?.name ?? (
                    <span className="muted">{e.action.startsWith("reviews.") ? "Outside reviewer (see details)" : "Deleted user"}</span>
                  )}
                </td>
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

      <ListPager
        label="Audit log pages"
        next={log.next}
        previous={log.previous}
        href={(page) => paths.studio.audit({ ...filters, ...page })}
        previousText="Newer events"
        nextText="Older events"
      />
    </>
  );
}
