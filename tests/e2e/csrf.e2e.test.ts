// Cross-site request forgery against the running site: a state-changing request that says
// it comes from another origin is refused and changes nothing, both for a server action
// (POST with a Next-Action header) and for a route handler (PUT /api/articles/<id>). The
// same requests from the site's own origin succeed, so a refusal is the origin rule at work.
import type { Browser, BrowserContext } from "playwright-core";
import { createArticle } from "@/lib/articles";
import { db } from "@/lib/db";
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

/** The comment form's server action id, found as an attacker would: in the page's public scripts. */
async function commentActionId(path: string) {
  const html = await (await fetch(`${baseUrl()}${path}`)).text();
  for (const [, src] of html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)) {
    const js = await (await fetch(`${baseUrl()}${src}`)).text();
    const id = /createServerReference\)\("([0-9a-f]{40,})",[^"]{0,120}"postComment"/.exec(js)?.[1];
    if (id) return id;
  }
  throw new Error(`No comment action in the scripts of ${path}`);
}

/** The request React sends for a form action: (previous state, FormData), multipart-encoded. */
async function postCommentAs(origin: string, path: string, name: string) {
  const actionId = await commentActionId(path);
  const body = new FormData();
  body.append("1_slug", path.split("/").pop() ?? "");
  body.append("1_name", name);
  body.append("1_comment", "Posted from another site.");
  body.append("0", JSON.stringify([null, "$K1"]));
  return fetch(`${baseUrl()}${path}`, { method: "POST", body, headers: { Origin: origin, "Next-Action": actionId, Accept: "text/x-component" }, redirect: "manual" });
}

test("a server action posted from another origin is refused and stores nothing", async () => {
  const home = await (await fetch(`${baseUrl()}/`)).text();
  const path = /href="(\/commentaries\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (!path) throw new Error("The home page links to no piece.");
  const forged = await postCommentAs(EVIL, path, "Forged reader");
  expect(forged.status).toBeGreaterThanOrEqual(400);
  expect(await db.readerComment.count({ where: { name: "Forged reader" } })).toBe(0);

  const genuine = await postCommentAs(baseUrl(), path, "Genuine reader");
  expect(genuine.status).toBe(200);
  expect(await db.readerComment.count({ where: { name: "Genuine reader" } })).toBe(1);
});

test("PUT /api/articles/<id> from another origin is refused and the piece is unchanged", async () => {
  const user = await makeUser("writer");
  const piece = await createArticle(await actorFor(user), { title: "Untouched", body: sampleBody });
  const { context, page } = await newPage(browser);
  await signIn(page, user.email, TEST_PASSWORD);
  const save = (origin: string, title: string, baseVersion: number) =>
    (context as BrowserContext).request.put(`/api/articles/${piece.id}`, { headers: { Origin: origin, "Content-Type": "application/json" }, data: { baseVersion, article: { title, body: sampleBody } } });

  const forged = await save(EVIL, "Defaced", piece.version);
  expect({ status: forged.status(), body: await forged.json() }).toEqual({ status: 403, body: { error: "Requests from other sites are refused.", fieldErrors: {} } });
  expect(await db.article.findUniqueOrThrow({ where: { id: piece.id }, select: { title: true, version: true } })).toEqual({ title: "Untouched", version: piece.version });

  const genuine = await save(baseUrl(), "Edited", piece.version);
  expect(genuine.status()).toBe(200);
  expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).title).toBe("Edited");
});
