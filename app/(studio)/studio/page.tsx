import type { Metadata } from "next";
import Link from "next/link";
import { PieceList } from "@/components/studio/piece-list";
import { StatusBadge } from "@/components/studio/status-badge";
import { requireUser } from "@/lib/accounts/auth";
import { getDashboard } from "@/lib/editorial/dashboard";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { SiteTime } from "@/components/ui/site-time";
import { paths } from "@/lib/platform/paths";
import "@/app/styles/desk.css";
import { MINE } from "@/lib/editorial/studio-articles";

export const metadata: Metadata = { title: "Dashboard · Studio", robots: { index: false } };

/** A section shows its first few pieces; this leads to all of them in the filtered list (an empty section has none to lead to). */
function SeeAll({ href, what, shown }: { href: string; what: string; shown: readonly unknown[] }) {
  if (shown.length === 0) return null;
  return (
    <p className="see-all">
      <Link href={href}>
        See all<span className="visually-hidden"> {what}</span>
      </Link>
    </p>
  );
}

const byline = (item: { authors: { author: { displayName: string } }[] }) => item.authors.map((a) => a.author.displayName).join(", ");

export default async function StudioDashboard({ searchParams }: { searchParams: Promise<{ discarded?: string }> }) {
  // Layouts and pages render in parallel: the page checks the session itself.
  const user = await requireUser(paths.studio.home());
  const [d, site, { discarded }] = await Promise.all([getDashboard(user), getSiteSettings(), searchParams]);
  const tz = site.timeZone;
  const at = (date: Date) => <SiteTime date={date} timeZone={tz} />;

  return (
    <>
      <h1 className="page-title">Dashboard</h1>
      {discarded === "1" ? (
        <p className="notice" role="status">
          The draft was discarded.
        </p>
      ) : null}
      <p className="lede">
        Welcome, {user.name}. <Link href={paths.studio.newArticle()}>Start a new commentary</Link>
      </p>
      <div className="dashboard">
        <section aria-labelledby="overdue-heading" className={`panel${d.overdue.length ? " panel--warning" : ""}`}>
          <h2 id="overdue-heading">Overdue</h2>
          <PieceList
            items={d.overdue}
            empty="Nothing is overdue."
            detail={(a) => (
              <>
                <span className="overdue-flag">Overdue</span> · was due{" "}
                {a.dueAt ? <SiteTime date={a.dueAt} timeZone={tz} format="date" /> : null}
                {a.assignedEditor ? ` · ${a.assignedEditor.name}` : ""}
              </>
            )}
          />
          <SeeAll href={paths.studio.articles({ due: "overdue" })} what="overdue pieces" shown={d.overdue} />
        </section>

        <section aria-labelledby="due-heading" className="panel">
          <h2 id="due-heading">Due this week</h2>
          <PieceList
            items={d.dueThisWeek}
            empty="Nothing is due this week."
            detail={(a) => (
              <>
                Due {a.dueAt ? <SiteTime date={a.dueAt} timeZone={tz} format="date" /> : null} · <StatusBadge status={a.status} />
              </>
            )}
          />
          <SeeAll href={paths.studio.articles({ due: "week" })} what="pieces due this week" shown={d.dueThisWeek} />
        </section>

        {d.assignedToMe ? (
          <section aria-labelledby="assigned-heading" className="panel">
            <h2 id="assigned-heading">Assigned to me</h2>
            <PieceList
              items={d.assignedToMe}
              empty="No piece is assigned to you."
              detail={(a) => (
                <>
                  <StatusBadge status={a.status} />
                  {a.dueAt ? (
                    <>
                      {" "}
                      · due <SiteTime date={a.dueAt} timeZone={tz} format="date" />
                    </>
                  ) : null}
                </>
              )}
            />
            <SeeAll href={paths.studio.articles({ assigned: MINE })} what="pieces assigned to me" shown={d.assignedToMe} />
          </section>
        ) : null}

        <section aria-labelledby="drafts-heading" className="panel">
          <h2 id="drafts-heading">My drafts</h2>
          <PieceList items={d.myDrafts} empty="No drafts." detail={(a) => <>Last changed {at(a.updatedAt)}</>} />
          <SeeAll href={paths.studio.articles({ status: "draft", author: MINE })} what="my drafts" shown={d.myDrafts} />
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
          <SeeAll
            href={paths.studio.articles({ status: "changes_requested", author: MINE })}
            what="pieces returned to me"
            shown={d.returned}
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
                {byline(a)} · submitted <SiteTime date={a.submittedAt} timeZone={tz} format="ago" />
                {a.submittedBy ? ` by ${a.submittedBy}` : ""}
              </>
            )}
          />
          <SeeAll
            href={d.isEditor ? paths.studio.review() : paths.studio.articles({ status: "in_review", author: MINE })}
            what="pieces awaiting review"
            shown={d.awaiting}
          />
        </section>

        <section aria-labelledby="scheduled-heading" className="panel">
          <h2 id="scheduled-heading">Scheduled</h2>
          <PieceList
            items={d.scheduled}
            empty="Nothing is scheduled."
            detail={(a) => (a.scheduledAt ? <>Goes live {at(a.scheduledAt)}</> : null)}
          />
          <SeeAll href={paths.studio.articles({ status: "scheduled" })} what="scheduled pieces" shown={d.scheduled} />
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
          <SeeAll href={paths.studio.articles({ status: "published" })} what="published pieces" shown={d.recentlyPublished} />
        </section>
      </div>

      {d.all ? (
        <section aria-labelledby="all-heading">
          <h2 id="all-heading">All commentaries</h2>
          <p className="muted">
            The latest changes first. <Link href={paths.studio.articles()}>See all commentaries</Link>, with search and filters.
          </p>
          <table className="table">
            <caption className="visually-hidden">The most recently changed commentaries and their status</caption>
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
