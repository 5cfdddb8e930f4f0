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

/** "14:05", the time of day in the site's zone. */
export function formatSiteTime(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, "HH:mm");
}

/** The value for a datetime-local input showing `date` in the site's zone. */
export function toSiteLocalInput(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, "yyyy-MM-dd'T'HH:mm");
}

/** "3 days ago". */
export function timeAgo(date: Date, now = new Date()): string {
  return formatDistance(date, now, { addSuffix: true });
}

// Days, weeks and months of the site's calendar (the desk's due dates and the studio calendar).
// A day is named "2026-12-02" (YYYY-MM-DD, the site's zone); weeks start on Monday.

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The site's calendar day of an instant: "2026-12-02". */
export function siteDay(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, "yyyy-MM-dd");
}

/** A calendar day read from an address or a form, or null when it is not one ("2026-02-30"). */
export function parseDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = dayPattern.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? value : null;
}

/** The day `days` after `day` (calendar arithmetic: no zone, no daylight saving). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 for Monday ... 6 for Sunday. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split("-").map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The Monday of the week `day` is in. */
export const weekStart = (day: string) => addDays(day, -weekdayOf(day));

/** The first of `day`'s month, and the first of the next. */
export function monthBounds(day: string): { first: string; next: string } {
  const [y, m] = day.split("-").map(Number);
  const first = `${day.slice(0, 7)}-01`;
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return { first, next };
}

/** The instant a site day begins. */
export function dayStartsAt(day: string, timeZone: string): Date {
  return fromZonedTime(`${day}T00:00:00`, timeZone);
}

/** This week in the site's zone, Monday 00:00 to the next Monday 00:00: what "due this week" means. */
export function siteWeek(now: Date, timeZone: string): { from: Date; to: Date } {
  const monday = weekStart(siteDay(now, timeZone));
  return { from: dayStartsAt(monday, timeZone), to: dayStartsAt(addDays(monday, 7), timeZone) };
}

/** "December 2026" / "Wednesday 2 December": a calendar's headings (days are zone-free here). */
export function formatMonth(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
