import { ForbiddenError } from "@/lib/platform/errors";
import { assertSameOrigin } from "@/lib/platform/http/same-origin";

const request = (method: string, headers: Record<string, string>) => new Request("http://site.example/api/x", { method, headers });

describe("state-changing route handlers refuse other origins", () => {
  test.each([
    ["PUT", { host: "site.example", origin: "https://evil.example" }],
    ["POST", { host: "site.example", origin: "null" }],
    ["DELETE", { host: "site.example", "sec-fetch-site": "cross-site" }],
    ["PATCH", { host: "site.example", origin: "http://site.example.evil.example" }],
    ["POST", { host: "site.example", "sec-fetch-site": "same-site", origin: "http://blog.site.example" }],
  ])("%s from %j is refused", (method, headers) => {
    expect(() => assertSameOrigin(request(method, headers))).toThrow(ForbiddenError);
    expect(() => assertSameOrigin(request(method, headers))).toThrow("Requests from other sites are refused.");
  });

  test.each([
    ["PUT", { host: "site.example", origin: "http://site.example", "sec-fetch-site": "same-origin" }],
    ["POST", { "x-forwarded-host": "site.example", host: "internal:3000", origin: "https://site.example" }],
    ["GET", { host: "site.example", origin: "https://evil.example" }],
    ["PUT", { host: "site.example" }],
  ])("%s with %j passes", (method, headers) => {
    expect(() => assertSameOrigin(request(method, headers))).not.toThrow();
  });
});
