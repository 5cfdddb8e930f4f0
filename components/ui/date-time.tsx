// A moment in the site's time zone, e.g. "27 Nov 2026, 14:05", with a machine-readable value.
export function DateTime({ date, timeZone }: { date: Date; timeZone: string }) {
  const text = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(date);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
