// Bad input against the real production server (issue 20, part 5): each row is what a client
// sends, the status it must get, and a fragment of the message that names the problem. The
// issue's cases (they were 500s, a wrong message, or accepted) and their neighbours; rows that
// already passed stay as guards. Requests go out as raw HTTP (node:http), not fetch: fetch's URL
// parser would tidy "%2e%2e" away, and a header with a control character never leaves it.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { actorFor } from "../helpers/actors";
import { makeUser, sampleBody, TEST_PASSWORD } from "../helpers/db";
import { baseUrl } from "./support/browser";

jest.mock("next/cache", () => jest.requireActual("../helpers/next-cache"));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the target exactly as given. */
function send(
  target: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
) {
  const { hostname, port } = new URL(baseUrl());
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({
      hostname,
      port,
      path: target,
      method,
      headers: body ? { ...headers, "content-length": String(body.length) } : headers,
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    // A server that answers before reading a large upload may close the connection under it.
    req.on("error", reject);
    req.end(body);
  });
}

/** Bytes written straight to the socket: a request Node's own client refuses to send. */
function sendRaw(bytes: string) {
  const { hostname, port } = new URL(baseUrl());
  return new Promise<Answer>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes, "latin1"));
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString("latin1")));
    socket.on("end", () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), headers: {}, body: text }));
    socket.on("error", reject);
  });
}

const long = (n: number) => "a".repeat(n);

describe("addresses", () => {
  test.each([
    // The search box.
    ["/search?q=%00", 400, "The address may not contain control characters (found U+0000)."],
    ["/search?q=ferry%00boats", 400, "(found U+0000)"],
    ["/search?q=ferry&page=%00", 400, "(found U+0000)"],
    ["/search?q=%FF", 400, 'The address is not valid: "%FF" is not a percent-encoded UTF-8 character.'],
    ["/search?q=%ED%A0%80", 400, '"%ED%A0%80" is not a percent-encoded UTF-8 character.'],
    ["/search?q=ferry&page=99999999999999999999", 200, "ferry"],
    ["/search?q=ferry%0Aboats", 200, "ferry"],
    // Pieces and collections.
    ["/commentaries/%00", 400, "(found U+0000)"],
    ["/commentaries/%E0%A4%A", 400, '"%E0%A4" is not a percent-encoded UTF-8 character.'],
    ["/commentaries/%", 400, '"%" is not a percent-encoded UTF-8 character.'],
    ["/commentaries/%C0%AF", 400, '"%C0%AF" is not'],
    ["/commentaries/%2e%2e", 400, 'it may not have ".." as a part.'],
    ["/commentaries/%00/cite/bibtex", 400, "(found U+0000)"],
    ["/commentaries?page=%00", 400, "(found U+0000)"],
    ["/commentaries?page=99999999999999999999", 200, "Commentaries"],
    [`/commentaries/${long(300)}`, 414, "one part of it is 300 characters; the limit is 255."],
    [`/commentaries/${long(120)}`, 404, "Page not found"],
    ["/commentaries/x%0Ay", 404, "Page not found"],
    ["/authors/%00", 400, "(found U+0000)"],
    ["/authors/%", 400, '"%" is not'],
    ["/authors/amara-okafor/after/%00", 400, "(found U+0000)"],
    ["/divisions/%E0%A4%A", 400, '"%E0%A4" is not'],
    ["/series/%00", 400, "(found U+0000)"],
    ["/topics/%", 400, '"%" is not'],
    // Feeds, links sent by mail, the studio.
    ["/feeds/topics/%00/rss.xml", 400, "(found U+0000)"],
    ["/feeds/rss.xml?x=%", 400, '"%" is not'],
    ["/invite/%", 400, '"%" is not'],
    ["/studio/%00", 400, "(found U+0000)"],
  ])("GET %s: %d, saying %j", async (target, status, fragment) => {
    const answer = await send(target);
    expect({ status: answer.status, says: answer.body.includes(fragment) }).toEqual({ status, says: true });
    if (status === 400) expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  test("a HEAD request for a bad address gets the status without a body", async () => {
    const answer = await send("/commentaries/%00", { method: "HEAD" });
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 400, body: "" });
  });

  test("a route handler's bad address is answered in its JSON shape", async () => {
    const answer = await send("/api/articles/%00", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: Buffer.from("{}"),
    });
    expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual({
      status: 400,
      body: { error: "The address may not contain control characters (found U+0000).", fieldErrors: {} },
    });
  });

  test.each([
    ["a control character", "X-Note: a\u0001b"],
    ["a NUL", "X-Note: a\u0000b"],
  ])("a header with %s is refused by Node's parser before the application", async (_label, header) => {
    const answer = await sendRaw(`GET / HTTP/1.1\r\nHost: localhost\r\n${header}\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(400);
  });
});

describe("saving a piece", () => {
  let cookie = "";
  let piece: { id: string; title: string; version: number };

  /** Signs in through next-auth's own form post, as the sign-in page does, and keeps the cookies. */
  async function signIn(email: string) {
    const jar = new Map<string, string>();
    const keep = (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
      }
    };
    const cookies = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
    keep(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signedIn = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies(), origin: baseUrl() },
      body: new URLSearchParams({ csrfToken, email, password: TEST_PASSWORD, json: "true" }),
    });
    keep(signedIn);
    if (!jar.has("next-auth.session-token")) throw new Error(`Signing in as ${email} failed (${signedIn.status}).`);
    return cookies();
  }

  beforeAll(async () => {
    const user = await makeUser("writer");
    piece = await createArticle(await actorFor(user), { title: "Kept as it was", body: sampleBody });
    cookie = await signIn(user.email);
  });

  const put = (body: Buffer | string) =>
    send(`/api/articles/${piece.id}`, {
      method: "PUT",
      headers: { cookie, origin: baseUrl(), "content-type": "application/json" },
      body: Buffer.isBuffer(body) ? body : Buffer.from(body),
    });
  const envelope = (article: Record<string, unknown>) =>
    JSON.stringify({ baseVersion: piece.version, article: { body: sampleBody, ...article } });
  const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  /** A paragraph inside `levels` blockquotes, written as text: JSON.stringify itself could not write it. */
  const nested = (levels: number) =>
    `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(levels)}{"type":"paragraph"}${"]}".repeat(levels)}]}`;

  test.each<[string, number, string, () => Buffer | string]>([
    // JSON.stringify writes half a surrogate pair as a \ud800 escape, as the editor's JSON would.
    [
      "half a surrogate pair in the body",
      400,
      "Text may not contain an unpaired surrogate (U+D800).",
      () => envelope({ title: "T", body: doc("a\uD800b") }),
    ],
    [
      "half a surrogate pair in the title",
      400,
      "Text may not contain an unpaired surrogate (U+DC00).",
      () => envelope({ title: "T\uDC00" }),
    ],
    [
      "half a surrogate pair written out as bytes in the title",
      400,
      "The request is not valid UTF-8 text.",
      () =>
        Buffer.concat([
          Buffer.from(`{"baseVersion":${piece.version},"article":{"title":"T`),
          Buffer.from([0xed, 0xa0, 0x80]),
          Buffer.from(`","body":${JSON.stringify(sampleBody)}}}`),
        ]),
    ],
    ["a NUL in the title", 400, "Text may not contain control characters (found U+0000).", () => envelope({ title: "T\u0000" })],
    ["a text of 1.4 MB", 400, "The text is 1.4 MB; the limit is 1 MB.", () => envelope({ title: "T", body: doc("x".repeat(1_400_000)) })],
    [
      "a request of 2.5 MB",
      413,
      "The request is 2.5 MB; the limit is 2 MB.",
      () => envelope({ title: "T", body: doc("x".repeat(2_500_000)) }),
    ],
    [
      "a document nested 5,000 levels deep",
      400,
      "The text is nested too deeply: the limit is 40 levels.",
      () => `{"baseVersion":${piece.version},"article":{"title":"T","body":${nested(5_000)}}}`,
    ],
    [
      "a document nested 50 levels deep",
      400,
      "The text is nested too deeply: the limit is 40 levels.",
      () => `{"baseVersion":${piece.version},"article":{"title":"T","body":${nested(50)}}}`,
    ],
    ["a body that is not JSON", 400, "The request is not valid JSON.", () => '{"baseVersion":1,"article":'],
    [
      "a version that is not a number",
      400,
      "expected number",
      () => envelope({ title: "T" }).replace(/"baseVersion":\d+/, '"baseVersion":"x"'),
    ],
  ])("%s: %d, saying %j, and the piece is unchanged", async (_label, status, message, body) => {
    const answer = await put(body());
    expect({ status: answer.status, error: (JSON.parse(answer.body) as { error: string }).error }).toEqual({
      status,
      error: expect.stringContaining(message),
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: piece.id }, select: { title: true, version: true } })).toEqual({
      title: piece.title,
      version: piece.version,
    });
  });

  test("a server action over the request limit gets 413 in plain text, which Next's client shows as the error", async () => {
    const answer = await send(`/studio/articles/${piece.id}/edit`, {
      method: "POST",
      headers: { cookie, origin: baseUrl(), "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      body: Buffer.from(
        JSON.stringify([{ id: piece.id, baseVersion: piece.version, article: { title: "T", body: doc("x".repeat(2_500_000)) } }]),
      ),
    });
    expect({ status: answer.status, type: answer.headers["content-type"], body: answer.body }).toEqual({
      status: 413,
      type: "text/plain",
      body: "The request is 2.5 MB; the limit is 2 MB.",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).version).toBe(piece.version);
  });

  test("after all of it, a good save still saves", async () => {
    const answer = await put(envelope({ title: "Saved after all" }));
    expect(answer.status).toBe(200);
    expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).title).toBe("Saved after all");
  });
});
