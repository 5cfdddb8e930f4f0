// Request bodies are bounded before they are read (issue 18: an anonymous 200 MB JSON body to
// the autosave route was parsed in full, 12.7 s and 600 MiB, while other requests waited).
// The route handlers are driven with real streaming requests whose source counts what was
// pulled from it, so "not read" means not a byte, and "cut off" means at the limit.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { PUT } from "@/app/api/articles/[id]/route";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { createArticle } from "@/lib/editorial/working-copy";
import { authSecret } from "@/lib/platform/env";
import { MAX_RICH_TEXT_BYTES } from "@/lib/content";
import { db } from "@/lib/platform/db";
import { MAX_REQUEST_BODY_BYTES, MAX_SIGN_IN_BODY_BYTES } from "@/lib/platform/http/request-limits";
import { createSession, resolveSession } from "@/lib/accounts/sessions";
import { makeUser, sampleBody } from "../helpers/db";
import { setRequest } from "../helpers/next-headers";

const ORIGIN = "http://studio.test";
const CHUNK = 64 * 1024;

/** A request body that is produced only when read, `total` bytes in 64 KB chunks, recording how much was taken. */
function meteredBody(total: number, content = () => new Uint8Array(CHUNK).fill(0x20)) {
  const meter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (meter.pulled >= total) return controller.close();
        const chunk = content().subarray(0, Math.min(CHUNK, total - meter.pulled));
        meter.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        meter.cancelled = true;
      },
    },
    // Nothing is produced ahead of a read.
    { highWaterMark: 0 },
  );
  return { stream, meter };
}

function put(articleId: string, body: BodyInit, headers: Record<string, string> = {}) {
  const request = new NextRequest(`${ORIGIN}/api/articles/${articleId}`, {
    method: "PUT",
    body,
    headers: { host: "studio.test", origin: ORIGIN, "content-type": "application/json", ...headers },
    duplex: "half",
  });
  return PUT(request, { params: Promise.resolve({ id: articleId }) });
}

let writer: Awaited<ReturnType<typeof makeUser>>;
let cookie: string;

beforeAll(async () => {
  writer = await makeUser("writer");
  cookie = await encode({ token: { sid: (await createSession(writer.id)).id }, secret: authSecret() });
});

const signedIn = () => setRequest({ cookies: { "next-auth.session-token": cookie } });
const anonymous = () => setRequest({});

async function draft() {
  const actor = await resolveSession((await createSession(writer.id)).id);
  return createArticle(actor, { title: "Limits", body: sampleBody, authorIds: [writer.author!.id] });
}

describe("PUT /api/articles/<id>", () => {
  test("an anonymous request is refused with 401 before a byte of its body is read, whatever size it declares", async () => {
    anonymous();
    const piece = await draft();
    for (const headers of [{ "content-length": "200000000" }, {}] as Record<string, string>[]) {
      const { stream, meter } = meteredBody(200_000_000);
      const response = await put(piece.id, stream, headers);
      expect({ status: response.status, body: await response.json(), pulled: meter.pulled }).toEqual({
        status: 401,
        body: { error: "You need to sign in.", fieldErrors: {} },
        pulled: 0,
      });
    }
  });

  test("a signed-in request from another site is refused with 403 before its body is read", async () => {
    signedIn();
    const piece = await draft();
    const { stream, meter } = meteredBody(200_000_000);
    const response = await put(piece.id, stream, { origin: "https://evil.example" });
    expect({ status: response.status, body: await response.json(), pulled: meter.pulled }).toEqual({
      status: 403,
      body: { error: "Requests from other sites are refused.", fieldErrors: {} },
      pulled: 0,
    });
  });

  test("a signed-in request declaring more than the limit gets 413 naming its size and the limit, without its body read", async () => {
    signedIn();
    const piece = await draft();
    const { stream, meter } = meteredBody(200_000_000);
    const response = await put(piece.id, stream, { "content-length": "200000000" });
    expect({ status: response.status, body: await response.json(), pulled: meter.pulled }).toEqual({
      status: 413,
      body: { error: "The request is 200 MB; the limit is 2 MB.", fieldErrors: {} },
      pulled: 0,
    });
  });

  test.each([
    ["no Content-Length (chunked)", {}],
    ["a Content-Length smaller than what it sends", { "content-length": "100" }],
  ])("a signed-in request with %s is cut off at the limit: 413, the upload cancelled", async (_label, headers: Record<string, string>) => {
    signedIn();
    const piece = await draft();
    const { stream, meter } = meteredBody(200_000_000);
    const response = await put(piece.id, stream, headers);
    expect({ status: response.status, error: (await response.json()).error }).toEqual({
      status: 413,
      error: "The request is too large: the limit is 2 MB.",
    });
    // Read up to the limit and one chunk past it, no more; the rest was never produced.
    expect(meter.pulled).toBeLessThanOrEqual(MAX_REQUEST_BODY_BYTES + CHUNK);
    expect(meter.cancelled).toBe(true);
    expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).version).toBe(piece.version);
  });

  test("a normal save, streamed without a Content-Length, still saves", async () => {
    signedIn();
    const piece = await draft();
    const json = new TextEncoder().encode(
      JSON.stringify({ baseVersion: piece.version, article: { title: "Streamed", body: sampleBody, authorIds: [writer.author!.id] } }),
    );
    const { stream } = meteredBody(json.byteLength, () => json);
    const response = await put(piece.id, stream);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: piece.id, version: piece.version + 1 });
    expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).title).toBe("Streamed");
  });

  test.each([
    // Half a surrogate pair written out as UTF-8-style bytes (ED A0 80), as a client that encodes without checking sends it.
    [
      "not UTF-8",
      Buffer.from([...Buffer.from('{"baseVersion":1,"article":{"title":"Half '), 0xed, 0xa0, 0x80, ...Buffer.from('"}}')]),
      "The request is not valid UTF-8 text.",
    ],
    ["not JSON", Buffer.from('{"baseVersion":1,"article":'), "The request is not valid JSON."],
  ])("a body that is %s is refused by name, and the piece is unchanged", async (_label, bytes, message) => {
    signedIn();
    const piece = await draft();
    const response = await put(piece.id, new Uint8Array(bytes));
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 400, body: { error: message, fieldErrors: {} } });
    expect(await db.article.findUniqueOrThrow({ where: { id: piece.id }, select: { title: true, version: true } })).toEqual({
      title: piece.title,
      version: piece.version,
    });
  });

  test("a text over the 1 MB rich-text limit but within the request limit is refused by the validation, which says what is too large", async () => {
    signedIn();
    const piece = await draft();
    const paragraph = { type: "paragraph", content: [{ type: "text", text: "x".repeat(1_000) }] };
    const body = { type: "doc", content: Array.from({ length: Math.ceil(MAX_RICH_TEXT_BYTES / 1_000) + 50 }, () => paragraph) };
    const json = JSON.stringify({ baseVersion: piece.version, article: { title: "Too long", body, authorIds: [writer.author!.id] } });
    expect(json.length).toBeLessThan(MAX_REQUEST_BODY_BYTES);
    const response = await put(piece.id, json);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/the limit is 1 MB/);
  });
});

describe("next-auth's endpoints", () => {
  test("a sign-in post larger than a few form fields is refused with 413 before next-auth reads it", async () => {
    anonymous();
    const { stream, meter } = meteredBody(200_000_000);
    const request = new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      body: stream,
      headers: { host: "studio.test", "content-type": "application/x-www-form-urlencoded" },
      duplex: "half",
    });
    const response = await authPost(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 413,
      body: { error: "The request is too large: the limit is 64 KB.", fieldErrors: {} },
    });
    expect(meter.pulled).toBeLessThanOrEqual(MAX_SIGN_IN_BODY_BYTES + CHUNK);
  });
});

describe("server actions", () => {
  // Next.js applies this limit itself while decoding an action's arguments, before the
  // action (and its session check) runs; what the app owns is the setting. Loading it through
  // Next's own config loader (in a child process: it imports next.config.js dynamically,
  // which Jest cannot) pins both the value and the place Next reads it from: a misspelt or
  // misplaced key would leave Next's default of 1 MiB in force.
  test("Next.js reads the app's body limit for server actions from next.config.js", () => {
    const script = `require("next/dist/server/config").default(require("next/constants").PHASE_PRODUCTION_SERVER, process.cwd(), { silent: true })
      .then((config) => process.stdout.write(JSON.stringify(config.experimental.serverActions)))`;
    const serverActions: unknown = JSON.parse(
      execFileSync(process.execPath, ["-e", script], { cwd: path.resolve(__dirname, "../.."), encoding: "utf8" }),
    );
    expect(serverActions).toEqual({ bodySizeLimit: MAX_REQUEST_BODY_BYTES });
    expect(MAX_REQUEST_BODY_BYTES).toBeGreaterThan(MAX_RICH_TEXT_BYTES);
  });
});
