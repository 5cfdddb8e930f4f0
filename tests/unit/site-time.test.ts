// Wall-clock times typed in the studio are read in the site's zone, daylight saving included.
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
