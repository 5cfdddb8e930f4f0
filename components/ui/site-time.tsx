// The one way a time is shown: a <time> carrying the exact instant, its text in the site's
// time zone (SiteSettings.timeZone), worded by lib/platform/dates.ts. Text that is not an
// element of its own (a sentence, a label) uses those functions directly.
import { formatSiteDate, formatSiteDateTime, formatSiteDateTimeCompact, formatSiteTime, timeAgo } from "@/lib/platform/dates";

export type SiteTimeFormat =
  /** "27 November 2026" */
  | "date"
  /** "27 Nov 2026, 14:05 GMT+8" */
  | "dateTime"
  /** "27 Nov 2026, 14:05" */
  | "compact"
  /** "3 days ago (27 Nov 2026, 14:05 GMT+8)" */
  | "ago"
  /** "14:05": the time of day, where the day is shown already (a calendar's day) */
  | "time";

/** `date` may be the ISO string a cached read hands back; it is then the machine-readable value as given. */
export function SiteTime({ date, timeZone, format = "dateTime" }: { date: Date | string; timeZone: string; format?: SiteTimeFormat }) {
  const instant = typeof date === "string" ? new Date(date) : date;
  const iso = typeof date === "string" ? date : date.toISOString();
  if (format === "ago") {
    return (
      <time dateTime={iso}>
        {timeAgo(instant)} <span className="muted">({formatSiteDateTime(instant, timeZone)})</span>
      </time>
    );
  }
  const text =
    format === "date"
      ? formatSiteDate(instant, timeZone)
      : format === "compact"
        ? formatSiteDateTimeCompact(instant, timeZone)
        : format === "time"
          ? formatSiteTime(instant, timeZone)
          : formatSiteDateTime(instant, timeZone);
  return <time dateTime={iso}>{text}</time>;
}
