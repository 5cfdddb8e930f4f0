import { clientIp } from "@/lib/client-ip";
import { safeCallbackPath } from "@/lib/redirects";

describe("callback paths after sign-in", () => {
  test.each([
    ["/studio/articles/1", "/studio/articles/1"],
    ["/", "/"],
    ["https://evil.example/", "/studio"],
    ["//evil.example/path", "/studio"],
    ["/\\evil.example", "/studio"],
    ["javascript:alert(1)", "/studio"],
    ["/ok\nLocation: x", "/studio"],
    [undefined, "/studio"],
  ])("%j goes to %j", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("the client address used for rate limits", () => {
  test("is the entry the nearest proxy appended, not what the client claimed before it", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp({ "x-forwarded-for": "198.51.100.8" })).toBe("198.51.100.8");
  });
  test("falls back to a fixed bucket when nothing says", () => {
    expect(clientIp({})).toBe("unknown");
  });
});
