import type { Metadata } from "next";
import Link from "next/link";
import { CalendarEventList } from "@/components/studio/desk/calendar-events";
import { requireUser } from "@/lib/accounts/auth";
import { getCalendar } from "@/lib/editorial/calendar";
import { studioListChoices } from "@/lib/editorial/studio-articles";
import { formatDay, formatMonth } from "@/lib/platform/dates";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { paths } from "@/lib/platform/paths";
import "@/app/styles/studio-lists.css";
import "@/app/styles/desk.css";

export const metadata: Metadata = { title: "Calendar · Studio", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export default async function CalendarPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = await requireUser(paths.studio.calendar());
  const [cal, choices, site] = await Promise.all([getCalendar(user, query), studioListChoices(user), getSiteSettings()]);
  const { view, division } = cal;
  const at = (date: string, v: "month" | "week" = view) => paths.studio.calendar({ view: v, date, division });
  const title = view === "month" ? formatMonth(cal.monthFirst) : `Week of ${formatDay(cal.weekFirst)}`;
  const divisionName = division ? choices.divisions.find((d) => d.id === division)?.name : undefined;

  return (
    <>
      <h1 className="page-title">Calendar</h1>
      <p className="lede">
        Due dates, scheduled publications and published pieces{divisionName ? ` of ${divisionName}` : ""}, in the site’s time zone (
        {site.timeZone}). Add it to your own calendar from <Link href={paths.studio.account()}>your account</Link>.
      </p>

      <div className="calendar-bar">
        <nav aria-label="Calendar periods" className="calendar-bar__nav">
          <Link href={at(cal.previous)}>← Previous {view}</Link>
          <Link href={at(cal.today)}>Today</Link>
          <Link href={at(cal.next)}>Next {view} →</Link>
        </nav>
        <nav aria-label="Calendar views" className="calendar-bar__nav">
          <Link href={at(cal.focus, "month")} aria-current={view === "month" ? "page" : undefined}>
            Month
          </Link>
          <Link href={at(cal.focus, "week")} aria-current={view === "week" ? "page" : undefined}>
            Week
          </Link>
        </nav>
        <form method="get" action={paths.studio.calendar()} className="calendar-bar__filter" aria-label="Filter the calendar">
          <input type="hidden" name="view" value={view} />
          <input type="hidden" name="date" value={cal.focus} />
          <label htmlFor="calendar-division">Division</label>
          <select id="calendar-division" name="division" defaultValue={division ?? ""}>
            <option value="">Every division</option>
            {choices.divisions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small">
            Show
          </button>
        </form>
      </div>

      <h2 className="calendar-title">{title}</h2>
      {cal.truncated ? (
        <p className="notice notice--info">This period has more pieces than the calendar shows; filter by division to see them all.</p>
      ) : null}

      {view === "month" ? (
        <table className="calendar-month">
          <caption className="visually-hidden">{title}: due dates, scheduled and published pieces by day</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((day) => (
                <th key={day} scope="col">
                  <abbr title={day}>{day.slice(0, 3)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cal.weeks.map((week) => (
              <tr key={week[0].day}>
                {week.map((d) => (
                  <td
                    key={d.day}
                    className={`calendar-day${d.inPeriod ? "" : " calendar-day--outside"}${d.today ? " calendar-day--today" : ""}${d.events.length ? "" : " calendar-day--empty"}`}
                    aria-current={d.today ? "date" : undefined}
                  >
                    <p className="calendar-day__date">
                      <span className="visually-hidden">{formatDay(d.day)}</span>
                      <span aria-hidden="true">
                        <span className="calendar-day__weekday">{formatDay(d.day).split(" ")[0]} </span>
                        {Number(d.day.slice(8))}
                      </span>
                      {d.today ? <span className="calendar-day__today">Today</span> : null}
                    </p>
                    <CalendarEventList events={d.events} timeZone={site.timeZone} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <ol className="calendar-week">
          {cal.weeks[0].map((d) => (
            <li
              key={d.day}
              className={`calendar-week__day${d.today ? " calendar-day--today" : ""}`}
              aria-current={d.today ? "date" : undefined}
            >
              <h3>
                {formatDay(d.day)}
                {d.today ? <span className="calendar-day__today">Today</span> : null}
              </h3>
              {d.events.length ? <CalendarEventList events={d.events} timeZone={site.timeZone} /> : <p className="muted">Nothing.</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
