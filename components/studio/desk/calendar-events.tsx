// The pieces of one calendar day: what happens (due, scheduled, published), the time where it is a
// moment, and the piece's overview link.
import Link from "next/link";
import { SiteTime } from "@/components/ui/site-time";
import type { CalendarEvent } from "@/lib/editorial/calendar";
import { paths } from "@/lib/platform/paths";

const kindLabels: Record<CalendarEvent["kind"], string> = { due: "Due", scheduled: "Scheduled", published: "Published" };

export function CalendarEventList({ events, timeZone }: { events: CalendarEvent[]; timeZone: string }) {
  if (events.length === 0) return null;
  return (
    <ul className="calendar-events">
      {events.map((e) => (
        <li key={e.key} className={`calendar-event calendar-event--${e.kind}`}>
          <span className="calendar-event__kind">{kindLabels[e.kind]}</span>
          {e.kind === "due" ? null : (
            <>
              {" "}
              <SiteTime date={e.at} timeZone={timeZone} format="time" />
            </>
          )}{" "}
          <Link href={paths.studio.article(e.articleId)}>{e.title}</Link>
        </li>
      ))}
    </ul>
  );
}
