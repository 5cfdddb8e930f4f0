import type { Metadata } from "next";
import Link from "next/link";
import { PieceList } from "@/components/studio/piece-list";
import { StatusBadge } from "@/components/studio/status-badge";
import { SubmittedWhen } from "@/components/studio/submitted-when";
import { requireUser } from "@/lib/accounts/auth";
import { getDashboard } from "@/lib/editorial/dashboard";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { formatSiteDateTime } from "@/lib/platform/dates";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Dashboard · Studio", robots: { index: false } };

const byline = (item: { authors: { author: { displayName: string } }[] }) => item.authors.map((a) => a.author.displayName).join(", ");

export default async function StudioDashboard() {
  // Layouts and pages render in parallel: the page checks the session itself.
  const user = await requireUser(paths.studio.home());
  const [d, site] = await Promise.all([getDashboard(user), getSiteSettings()]);
  const tz = site.timeZone;
  const at = (date: Date) => <time dateTime={date.toISOString()}>{formatSiteDateTime(date, tz)}</time>;

  return (
    <>
      <h1 className="page-title">Dashboard</h1>
      <p className="lede">
        Welcome, {user.name}. <Link href={paths.studio.newArticle()}>Start a new commentary</Link>
      </p>
      <div className="dashboard">
        <section aria-labelledby="drafts-heading" className="panel">
          <h2 id="drafts-heading">My drafts</h2>
          <PieceList items={d.myDrafts} empty="No drafts." detail={(a) => <>Last changed {at(a.updatedAt)}</>} />
        </section>

        <section aria-labelledby="returned-heading" className="panel">
          <h2 id="returned-heading">Returned to me</h2>
          <PieceList
            items={d.returned}
            empty="Nothing has been sent back to you."
            detail={(a) =>
              a.request ? (
                <>
                  {a.request.user?.name ?? "An editor"} asked for changes {at(a.request.createdAt)}:
                  <span className="quote">{a.request.reason}</span>
                </>
              ) : (
                "Changes requested."
              )
            }
          />
        </section>

        <section aria-labelledby="awaiting-heading" className="panel">
          <h2 id="awaiting-heading">Awaiting review</h2>
          {d.isEditor ? (
            <p className="muted">
              The review queue, oldest first. <Link href={paths.studio.review()}>Open the review queue</Link>
            </p>
          ) : null}
          <PieceList
            items={d.awaiting}
            empty={d.isEditor ? "Nothing is waiting for review." : "None of your pieces is waiting for review."}
            detail={(a) => (
              <>
                {byline(a)} · submitted <SubmittedWhen date={a.submittedAt} timeZone={tz} />
                {a.submittedBy ? ` by ${a.submittedBy}` : ""}
              </>
            )}
          />
        </section>

        <section aria-labelledby="scheduled-heading" className="panel">
          <h2 id="scheduled-heading">Scheduled</h2>
          <PieceList
            items={d.scheduled}
            empty="Nothing is scheduled."
            detail={(a) => (a.scheduledAt ? <>Goes live {at(a.scheduledAt)}</> : null)}
          />
        </section>

        <section aria-labelledby="published-heading" className="panel">
          <h2 id="published-heading">Recently published</h2>
          <PieceList
            items={d.recentlyPublished.map((p) => ({ ...p, id: p.articleId }))}
            empty="Nothing published yet."
            detail={(p) => (
              <>
                Live since {at(p.liveFrom)} ·{" "}
                <Link href={paths.piece(p.slug)}>
                  public page<span className="visually-hidden"> of {p.title}</span>
                </Link>
                {p.article.status !== "published" ? (
                  <>
                    {" "}
                    · new version <StatusBadge status={p.article.status} />
                  </>
                ) : null}
              </>
            )}
          />
        </section>
      </div>

      {d.all ? (
        <section aria-labelledby="all-heading">
          <h2 id="all-heading">All commentaries</h2>
          <table className="table">
            <caption className="visually-hidden">All commentaries and their status, most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Authors</th>
                <th scope="col">Status</th>
                <th scope="col">Last changed</th>
              </tr>
            </thead>
            <tbody>
              {d.all.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={paths.studio.article(a.id)}>{a.title}</Link>
                  </td>
                  <td>{byline(a)}</td>
                  <td>
                    <StatusBadge status={a.status} />
                  </td>
                  <td>{at(a.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
