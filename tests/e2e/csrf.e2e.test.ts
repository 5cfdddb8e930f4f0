// Cross-site request forgery against the running site: a state-changing request that says
// it comes from another origin is refused and changes nothing, both for a server action
// (POST with a Next-Action header) and for a route handler (PUT /api/articles/<id>). The
// same requests from the site's own origin succeed, so a refusal is the origin rule at work.
import type { Browser, BrowserContext } from "playwright-core";
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { actorFor } from "../helpers/actors";
import { makeUser, sampleBody, TEST_PASSWORD } from "../helpers/db";
import { baseUrl, newPage, openBrowser, signIn } from "./support/browser";

jest.mock("next/cache", () => jest.requireActual("../helpers/next-cache"));

const EVIL = "https://evil.example";
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

test("a server action posted from another origin is refused and stores nothing", async () => {
  const home = await (await fetch(`${baseUrl()}/`)).text();
  const path = /href="(\/commentaries\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (!path) throw new Error("The home page links to no piece.");
  // A reader posts a comment through the page; the request the browser sent is kept.
  const { page } = await newPage(browser);
  let sent: { headers: Record<string, string>; body: string } | null = null;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"])
      sent = { headers: request.headers(), body: request.postData() ?? "" };
  });
  await page.goto(path);
  await page.getByLabel("Name").fill("Genuine reader");
  await page.getByLabel("Comment", { exact: true }).fill("Posted from this site.");
  await page.getByRole("button", { name: "Send comment" }).click();
  await page.getByText("Thanks").waitFor();
  expect(await db.readerComment.count({ where: { name: "Genuine reader" } })).toBe(1);
  if (!sent) throw new Error("The comment form sent no server action request.");
  const { headers, body } = sent as { headers: Record<string, string>; body: string };

  // The same request, replayed by another site: its Origin says so.
  const forged = await fetch(`${baseUrl()}${path}`, {
    method: "POST",
    body: body.replace("Genuine reader", "Forged reader"),
    headers: { "content-type": headers["content-type"], "next-action": headers["next-action"], accept: "text/x-component", origin: EVIL },
  });
  expect(forged.status).toBeGreaterThanOrEqual(400);
  expect(await db.readerComment.count({ where: { name: "Forged reader" } })).toBe(0);

  // Replayed from the site's own origin, it goes through: the refusal above is the origin rule.
  const replayed = await fetch(`${baseUrl()}${path}`, {
    method: "POST",
    body: body.replace("Genuine reader", "Replayed reader"),
    headers: {
      "content-type": headers["content-type"],
      "next-action": headers["next-action"],
      accept: "text/x-component",
      origin: baseUrl(),
    },
  });
  expect(replayed.status).toBe(200);
  expect(await db.readerComment.count({ where: { name: "Replayed reader" } })).toBe(1);
});

test("PUT /api/articles/<id> from another origin is refused and the piece is unchanged", async () => {
  const user = await makeUser("writer");
  const piece = await createArticle(await actorFor(user), { title: "Untouched", body: sampleBody });
  const { context, page } = await newPage(browser);
  await signIn(page, user.email, TEST_PASSWORD);
  const save = (origin: string, title: string, baseVersion: number) =>
    (context as BrowserContext).request.put(`/api/articles/${piece.id}`, {
      headers: { Origin: origin, "Content-Type": "application/json" },
      data: { baseVersion, article: { title, body: sampleBody } },
    });

  const forged = await save(EVIL, "Defaced", piece.version);
  expect({ status: forged.status(), body: await forged.json() }).toEqual({
    status: 403,
    body: { error: "Requests from other sites are refused.", fieldErrors: {} },
  });
  expect(await db.article.findUniqueOrThrow({ where: { id: piece.id }, select: { title: true, version: true } })).toEqual({
    title: "Untouched",
    version: piece.version,
  });

  const genuine = await save(baseUrl(), "Edited", piece.version);
  expect(genuine.status()).toBe(200);
  expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).title).toBe("Edited");
});
