import type { Metadata } from "next";
import Link from "next/link";
import { ListPager } from "@/components/studio/list-pager";
import { StatusBadge, statusLabels } from "@/components/studio/status-badge";
import { SiteTime } from "@/components/ui/site-time";
import { requireUser } from "@/lib/accounts/auth";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { listStudioArticles, MINE, studioListChoices, type DueFilter, type StudioListFilters } from "@/lib/editorial/studio-articles";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { paths } from "@/lib/platform/paths";
import "@/app/styles/studio-lists.css";

export const metadata: Metadata = { title: "All commentaries · Studio", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Choices = Awaited<ReturnType<typeof studioListChoices>>;

const dueLabels: Record<DueFilter, string> = { week: "Due this week", overdue: "Overdue" };

/** The active filters in words: "“climate”, Draft, Economics Division, by me". */
function describe(filters: StudioListFilters, choices: Choices): string[] {
  const words: string[] = [];
  if (filters.q) words.push(`“${filters.q}”`);
  if (filters.status) words.push(statusLabels[filters.status]);
  if (filters.division) words.push(choices.divisions.find((d) => d.id === filters.division)?.name ?? "the chosen division");
  if (filters.assigned === MINE) words.push("assigned to me");
  else if (filters.assigned)
    words.push(`assigned to ${choices.editors.find((e) => e.id === filters.assigned)?.name ?? "the chosen editor"}`);
  if (filters.due) words.push(dueLabels[filters.due].toLowerCase());
  if (filters.author === MINE) words.push("by me");
  else if (filters.author) words.push(`by ${choices.authors.find((a) => a.id === filters.author)?.displayName ?? "the chosen author"}`);
  return words;
}

export default async function StudioArticlesPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = await requireUser(paths.studio.articles());
  const [list, choices, site] = await Promise.all([listStudioArticles(user, query), studioListChoices(user), getSiteSettings()]);
  const { filters } = list;
  const active = describe(filters, choices);
  const pageHref = (page: { after?: string; before?: string }) => paths.studio.articles({ ...filters, ...page });

  return (
    <>
      <h1 className="page-title">All commentaries</h1>
      <p className="lede">
        Every piece you may see, most recently changed first (with a due filter, soonest due first).{" "}
        <Link href={paths.studio.newArticle()}>Start a new commentary</Link>
      </p>

      <form method="get" action={paths.studio.articles()} className="list-filters" role="search" aria-label="Find commentaries">
        <div className="list-filters__search">
          <label htmlFor="list-q">Title or standfirst</label>
          <input id="list-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <div>
          <label htmlFor="list-status">State</label>
          <select id="list-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any state</option>
            {Object.values(ArticleStatus).map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-division">Division</label>
          <select id="list-division" name="division" defaultValue={filters.division ?? ""}>
            <option value="">Any division</option>
            {choices.divisions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-author">Author</label>
          <select id="list-author" name="author" defaultValue={filters.author ?? ""}>
            <option value="">Anyone</option>
            <option value={MINE}>Me (pieces I wrote or created)</option>
            {choices.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-assigned">Assigned editor</label>
          <select id="list-assigned" name="assigned" defaultValue={filters.assigned ?? ""}>
            <option value="">Anyone or no one</option>
            <option value={MINE}>Me</option>
            {choices.editors.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-due">Due</label>
          <select id="list-due" name="due" defaultValue={filters.due ?? ""}>
            <option value="">Any time</option>
            {Object.entries(dueLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--small">
          Search
        </button>
      </form>

      <p className="muted list-summary" role="status">
        {active.length ? (
          <>
            Showing commentaries matching: {active.join(", ")}. <Link href={paths.studio.articles()}>Clear filters</Link>
          </>
        ) : (
          "Showing all commentaries."
        )}
      </p>

      {list.items.length === 0 ? (
        <p className="list-empty">
          {active.length ? `No commentaries match ${active.join(", ")}.` : "No commentaries yet."}
          {list.previous ? (
            <>
              {" "}
              <Link href={paths.studio.articles(filters)}>Back to the first page</Link>
            </>
          ) : null}
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Commentaries and their state, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Authors</th>
              <th scope="col">Division</th>
              <th scope="col">Status</th>
              <th scope="col">Due</th>
              <th scope="col">Last changed</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={paths.studio.article(a.id)}>{a.title}</Link>
                </td>
                <td>
                  <span className="cell-label">Authors: </span>
                  {a.authors.map((x) => x.author.displayName).join(", ") || "None"}
                </td>
                <td>
                  <span className="cell-label">Division: </span>
                  {a.division?.name ?? "None"}
                </td>
                <td>
                  <StatusBadge status={a.status} />
                </td>
                <td>
                  <span className="cell-label">Due: </span>
                  {a.dueAt ? <SiteTime date={a.dueAt} timeZone={site.timeZone} format="date" /> : "None"}
                  {a.assignedEditor ? <span className="muted"> · {a.assignedEditor.name}</span> : null}
                </td>
                <td>
                  <span className="cell-label">Last changed: </span>
                  <SiteTime date={a.updatedAt} timeZone={site.timeZone} format="compact" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPager label="Commentaries pages" next={list.next} previous={list.previous} href={pageHref} />
    </>
  );
}
