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

/** "27 November 2026": the day, for readers (publication and comment dates). */
export function formatSiteDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
}

/** "27 Nov 2026, 14:05 SGT"-style wording, in the site's zone. */
export function formatSiteDateTime(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, "d MMM yyyy, HH:mm zzz");
}

/** "27 Nov 2026, 14:05", without the zone: for tables of many times (users, the audit log). */
export function formatSiteDateTimeCompact(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(date);
}

/** The value for a datetime-local input showing `date` in the site's zone. */
export function toSiteLocalInput(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, "yyyy-MM-dd'T'HH:mm");
}

/** "3 days ago". */
export function timeAgo(date: Date, now = new Date()): string {
  return formatDistance(date, now, { addSuffix: true });
}
