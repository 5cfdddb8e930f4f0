import { formatSiteDateTime, timeAgo } from "@/lib/platform/dates";

/** "3 days ago" with the exact time beside it, in the site's zone. */
export function SubmittedWhen({ date, timeZone }: { date: Date; timeZone: string }) {
  return (
    <time dateTime={date.toISOString()}>
      {timeAgo(date)} <span className="muted">({formatSiteDateTime(date, timeZone)})</span>
    </time>
  );
}
