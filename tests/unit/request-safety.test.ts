import { appendPeer, clientIp } from "@/lib/platform/http/client-ip";
import { safeCallbackPath } from "@/lib/platform/http/redirects";

describe("callback paths after sign-in", () => {
  test.each([
    ["/studio/articles/1", "/studio/articles/1"],
    ["/", "/"],
    ["https://evil.example/", "/studio"],
    ["//evil.example/path", "/studio"],
    ["/\\evil.example", "/studio"],
    ["javascript:alert(1)", "/studio"],
    ["/ok\nLocation: x", "/studio"],
    ["/\tevil.example", "/studio"],
    ["\\\\evil.example", "/studio"],
    ["/studio\\..\\..\\evil", "/studio"],
    ["http:/evil.example", "/studio"],
    [" //evil.example", "/studio"],
    ["", "/studio"],
    [null, "/studio"],
    [undefined, "/studio"],
    // What a Location header can carry: non-ASCII percent-encoded, mangled encodings refused.
    ["/studio/ü", "/studio/%C3%BC"],
    ["/studio/\uFFFD%A", "/studio"],
    ["/studio/%E0%A4%A", "/studio"],
    ["/a/../studio", "/studio"],
    [["/studio", "/studio/review"], "/studio"],
  ])("%j goes to %j", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("the client address used for rate limits", () => {
  test("with no proxy in front, is the socket peer the server appended, whatever the client claimed", () => {
    const forged = appendPeer("6.6.6.6, 7.7.7.7", "198.51.100.7");
    expect(forged).toBe("6.6.6.6, 7.7.7.7, 198.51.100.7");
    expect(clientIp({ "x-forwarded-for": forged }, 0)).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": appendPeer(undefined, "198.51.100.8") }), 0)).toBe("198.51.100.8");
  });
  test("behind one proxy, is the address that proxy saw, not the proxy itself nor the client's claim", () => {
    // The client forged 6.6.6.6; the proxy appended the real client; the server appended the proxy.
    const chain = appendPeer("6.6.6.6, 203.0.113.9", "10.0.0.2");
    expect(clientIp({ "x-forwarded-for": chain }, 1)).toBe("203.0.113.9");
  });
  test("falls back to a fixed bucket when nothing says", () => {
    expect(clientIp({})).toBe("unknown");
  });
});
