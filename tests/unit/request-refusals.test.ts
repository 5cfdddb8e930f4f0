// The addresses the production server refuses before Next.js sees them (they were 500s), and
// the ones it must let through untouched.
import { plainPage } from "@/lib/platform/http/plain-page";
import { addressProblem, MAX_PATH_PART } from "@/lib/platform/http/request-refusals";

describe("addressProblem", () => {
  test.each([
    ["/commentaries/%00", 400, "The address may not contain control characters (found U+0000)."],
    ["/search?q=%00", 400, "The address may not contain control characters (found U+0000)."],
    ["/search?q=ferry%00boats", 400, "(found U+0000)"],
    ["/search?q=ferry&page=%00", 400, "(found U+0000)"],
    ["/search?q%07=x", 400, "(found U+0007)"],
    ["/topics/%EF%BF%BF", 400, "(found U+FFFF)"],
    ["/commentaries/%E0%A4%A", 400, 'The address is not valid: "%E0%A4" is not a percent-encoded UTF-8 character.'],
    ["/commentaries/%", 400, '"%" is not a percent-encoded UTF-8 character.'],
    ["/authors/a%zzb", 400, '"%zz" is not'],
    ["/commentaries/%C0%AF", 400, '"%C0%AF" is not'],
    // Half a surrogate pair is not UTF-8 either.
    ["/search?q=%ED%A0%80", 400, '"%ED%A0%80" is not'],
    ["/search?q=%FF", 400, '"%FF" is not'],
    ["/commentaries/%2e%2e", 400, 'it may not have ".." as a part.'],
    ["/commentaries/%2E", 400, 'it may not have "." as a part.'],
    ["/commentaries/../studio", 400, 'it may not have ".." as a part.'],
    [
      `/commentaries/${"a".repeat(MAX_PATH_PART + 1)}`,
      414,
      `one part of it is ${MAX_PATH_PART + 1} characters; the limit is ${MAX_PATH_PART}.`,
    ],
  ])("refuses %s with %d", (target, status, message) => {
    const problem = addressProblem(target);
    expect(problem?.status).toBe(status);
    expect(problem?.message).toContain(message);
  });

  test.each([
    "/",
    "/commentaries/coastguards-not-navies",
    "/search?q=caf%C3%A9+au+lait&page=2",
    "/search?q=line%0Abreak%09tab",
    "/search?q=%F0%9F%98%80",
    "/commentaries?division=&topic=maritime&page=99999999999999999999",
    "/feeds/topics/maritime/rss.xml",
    "/_next/static/chunks/main-abc123.js",
    "/commentaries/a%2Fb",
    "/studio/articles/x/edit?done=publish",
    `/commentaries/${"a".repeat(MAX_PATH_PART)}`,
  ])("lets %s through", (target) => {
    expect(addressProblem(target)).toBeNull();
  });
});

describe("the refusal page", () => {
  test("says the message as text: an address cannot put markup on it", () => {
    const page = plainPage(400, "This address is not valid", ['The address is not valid: "%<s" is not a percent-encoded UTF-8 character.']);
    expect(page.body).toContain('<p>The address is not valid: "%&lt;s" is not a percent-encoded UTF-8 character.</p>');
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
  });
});
