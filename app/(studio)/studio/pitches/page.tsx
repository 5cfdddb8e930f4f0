import type { Metadata } from "next";
import Link from "next/link";
import { ListPager } from "@/components/studio/list-pager";
import { PitchForm } from "@/components/studio/desk/pitch-form";
import { SiteTime } from "@/components/ui/site-time";
import { requireUser } from "@/lib/accounts/auth";
import { PitchStatus } from "@/lib/generated/prisma/enums";
import { listPitches, pitchChoices, pitchStatusLabels } from "@/lib/editorial/pitches";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { paths } from "@/lib/platform/paths";
import "@/app/styles/studio-lists.css";
import "@/app/styles/admin.css";
import "@/app/styles/desk.css";

export const metadata: Metadata = { title: "Pitches · Studio", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PitchesPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = await requireUser(paths.studio.pitches());
  const [list, choices, site] = await Promise.all([
    orNotFound(listPitches(user, query)),
    orNotFound(pitchChoices(user)),
    getSiteSettings(),
  ]);
  const { filters } = list;
  const pageHref = (page: { after?: string; before?: string }) => paths.studio.pitches({ ...filters, ...page });
  const filtered = Boolean(filters.status || filters.mine);

  return (
    <>
      <h1 className="page-title">Pitches</h1>
      <p className="lede">
        {list.mayDecide
          ? "Ideas for pieces, newest first. Open one to accept it as an assigned draft or decline it with a reason."
          : "The ideas you have pitched, newest first. An editor accepts a pitch as a draft or declines it with a reason."}
      </p>

      <details className="panel desk-file" open={list.items.length === 0 && !filtered}>
        <summary>File a pitch</summary>
        <PitchForm authors={choices.authors} divisions={choices.divisions} />
      </details>

      <form method="get" action={paths.studio.pitches()} className="list-filters" aria-label="Filter pitches">
        <div>
          <label htmlFor="pitch-status">State</label>
          <select id="pitch-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any state</option>
            {Object.values(PitchStatus).map((status) => (
              <option key={status} value={status}>
                {pitchStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        {list.mayDecide ? (
          <div>
            <label htmlFor="pitch-mine">Filed by</label>
            <select id="pitch-mine" name="mine" defaultValue={filters.mine ?? ""}>
              <option value="">Anyone</option>
              <option value="1">Me</option>
            </select>
          </div>
        ) : null}
        <button type="submit" className="button button--small">
          Show
        </button>
      </form>

      {list.items.length === 0 ? (
        <p className="list-empty">
          {filtered ? "No pitches match. " : "No pitches yet."}
          {filtered ? <Link href={paths.studio.pitches()}>Show all pitches</Link> : null}
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Pitches, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Working title</th>
              <th scope="col">Proposed author</th>
              <th scope="col">Division</th>
              <th scope="col">Filed</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={paths.studio.pitch(p.id)}>{p.workingTitle}</Link>
                </td>
                <td>
                  <span className="cell-label">Proposed author: </span>
                  {p.proposedAuthor?.displayName ?? "None"}
                </td>
                <td>
                  <span className="cell-label">Division: </span>
                  {p.division?.name ?? "None"}
                </td>
                <td>
                  <span className="cell-label">Filed: </span>
                  <SiteTime date={p.createdAt} timeZone={site.timeZone} format="compact" /> by {p.filedBy.name}
                </td>
                <td>
                  <span className={`pitch-state pitch-state--${p.status}`}>{pitchStatusLabels[p.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPager label="Pitch pages" next={list.next} previous={list.previous} href={pageHref} />
    </>
  );
}
