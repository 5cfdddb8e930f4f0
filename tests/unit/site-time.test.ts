// Wall-clock times typed in the studio are read in the site's zone, daylight saving included,
// and every time shown is written in it, by one component (components/ui/site-time.tsx).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SiteTime, type SiteTimeFormat } from "@/components/ui/site-time";
import { ValidationError } from "@/lib/platform/errors";
import { formatSiteDateTime, fromSiteLocal, toSiteLocalInput } from "@/lib/platform/dates";

test.each([
  ["2030-01-15T09:00", "Europe/Berlin", "2030-01-15T08:00:00.000Z"],
  ["2030-07-15T09:00", "Europe/Berlin", "2030-07-15T07:00:00.000Z"],
  ["2030-07-15T09:00", "America/New_York", "2030-07-15T13:00:00.000Z"],
  ["2030-07-15T09:00", "UTC", "2030-07-15T09:00:00.000Z"],
])("%s in %s is %s", (local, zone, iso) => {
  expect(fromSiteLocal(local, zone).toISOString()).toBe(iso);
});

test.each(["", "tomorrow", "2030-13-01T09:00", "2030-02-31T09:00", "2030-01-01T24:00", "2030-01-01"])("%p is refused", (value) => {
  expect(() => fromSiteLocal(value, "UTC")).toThrow(ValidationError);
});

test("times are shown in the site's zone and round-trip through the input format", () => {
  const instant = new Date("2030-01-15T01:00:00.000Z");
  expect(formatSiteDateTime(instant, "Asia/Singapore")).toBe("15 Jan 2030, 09:00 GMT+8");
  expect(toSiteLocalInput(instant, "Asia/Singapore")).toBe("2030-01-15T09:00");
});

describe("<SiteTime>", () => {
  const iso = "2030-09-02T16:05:00.000Z";
  const markup = (date: Date | string, format?: SiteTimeFormat) =>
    renderToStaticMarkup(createElement(SiteTime, { date, timeZone: "Asia/Singapore", format }));

  test.each([
    ["dateTime", undefined, "3 Sep 2030, 00:05 GMT+8"],
    ["date", "date", "3 September 2030"],
    // Intl's wording, as the users and audit tables have always shown it ("Sept", not "Sep").
    ["compact", "compact", "3 Sept 2030, 00:05"],
  ] as const)("%s: a <time> with the instant, its text in the site's zone", (_name, format, text) => {
    expect(markup(new Date(iso), format)).toBe(`<time dateTime="${iso}">${text}</time>`);
  });

  test("an ISO string from a cached read is the machine-readable value as given", () => {
    expect(markup("2030-09-02T16:05:00Z", "date")).toBe(`<time dateTime="2030-09-02T16:05:00Z">3 September 2030</time>`);
  });

  test("ago: how long ago, with the exact time beside it", () => {
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    expect(markup(threeDaysAgo, "ago")).toBe(
      `<time dateTime="${threeDaysAgo.toISOString()}">3 days ago <span class="muted">(${formatSiteDateTime(threeDaysAgo, "Asia/Singapore")})</span></time>`,
    );
  });
});
