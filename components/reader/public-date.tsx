import { formatDate } from "@/lib/platform/site-settings";

/** A date in the site's time zone, with the machine-readable instant. */
export function PublicDate({ iso, timeZone }: { iso: string; timeZone: string }) {
  return <time dateTime={iso}>{formatDate(new Date(iso), timeZone)}</time>;
}
