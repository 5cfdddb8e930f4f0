// Times as the newsroom reads them: in the site's time zone (SiteSettings.timeZone), not
// the server's or the browser's.
import { formatDistance } from "date-fns";
import { formatInTimeZone, fromZonedTime } from "date-fns-tz";
import { ValidationError } from "./errors";

/** What <input type="datetime-local"> sends: 2026-11-27T09:30, seconds optional. */
const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads a wall-clock time in `timeZone` (e.g. "2026-12-01T09:00" in Asia/Singapore) as an instant. */
export function fromSiteLocal(value: string, timeZone: string): Date {
  const match = localDateTime.exec(value.trim());
  const [, y, mo, d, h, mi] = match ?? [];
  const valid = match && Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 && Number(h) <= 23 && Number(mi) <= 59;
  const date = valid ? fromZonedTime(`${y}-${mo}-${d}T${h}:${mi}:00`, timeZone) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new ValidationError("Give the date and time as YYYY-MM-DD and HH:MM.", { publishAt: ["Give a valid date and time."] });
  }
  return date;
}

// Making an Intl.DateTimeFormat costs far more than formatting with one (it was the most
// expensive part of rendering a page of search results): one is made per wording and zone, and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(wording: "date" | "compact", timeZone: string): Intl.DateTimeFormat {
  const key = `${wording} ${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(
      "en-GB",
      wording === "date"
        ? { day: "numeric", month: "long", year: "numeric", timeZone }
        : { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone },
    );
    formatters.set(key, made);
  }
  return made;
}

/** "27 November 2026": the day, for readers (publication and comment dates). */
export function formatSiteDate(date: Date, timeZone: string): string {
  return formatter("date", timeZone).format(date);
}

/** "27 Nov 2026, 14:05 SGT"-style wording, in the site's zone. */
export function formatSiteDateTime(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, "d MMM yyyy, HH:mm zzz");
}

/** "27 Nov 2026, 14:05", without the zone: for tables of many times (users, the audit log). */
export function formatSiteDateTimeCompact(date: Date, timeZone: string): string {
  return formatter("compact", timeZone).format(date);
}

/** The value for a datetime-local input showing `date` in the site's zone. */
export function toSiteLocalInput(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, "yyyy-MM-dd'T'HH:mm");
}

/** "3 days ago". */
export function timeAgo(date: Date, now = new Date()): string {
  return formatDistance(date, now, { addSuffix: true });
}
