// Issue 13's URLs that never break, in a real server and browser: an editor gives a live piece a
// new address through the studio (new version, change the slug, publish), and a reader who
// follows the old address lands on the new page through a permanent redirect.
import type { Browser, Page } from "playwright-core";
import { createArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { runTransition, saveStatus } from "./support/studio";

const TITLE = "Pilotage Fees and the Long Memory of Harbour Charters";
const NEW_SLUG = "pilotage-fees-harbour-charters";

let browser: Browser;
let editor: Page;
let admin: Page;
let reader: Page;
let id: string;
let oldSlug: string;

beforeAll(async () => {
  const writer = await actorFor(await makeUser("writer"));
  const approver = await actorFor(await makeUser("editor"));
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Charters outlive the ships." }] }] };
  const article = await createArticle(writer, { title: TITLE, standfirst: "Fees remember.", body });
  await transition(writer, article.id, "submit");
  await transition(approver, article.id, "approve");
  ({ id, slug: oldSlug } = article);
  browser = await openBrowser();
  ({ page: editor } = await newPage(browser));
  ({ page: admin } = await newPage(browser));
  ({ page: reader } = await newPage(browser));
  await signIn(editor, "editor@standfirst.example");
  await signIn(admin, "admin@standfirst.example");
});
afterAll(() => browser?.close());

test("published through the studio, the piece is read at its first address", async () => {
  await editor.goto(`/studio/articles/${id}`);
  await runTransition(editor, "Publish now", "published");
  const response = await reader.goto(`/commentaries/${oldSlug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(TITLE);
});

test("an editor starts a new version, changes its address and publishes it; the old address leads to the new page", async () => {
  await editor.goto(`/studio/articles/${id}`);
  await runTransition(editor, "Start a new version", "reopened as a new version");
  await editor.goto(`/studio/articles/${id}/edit`);
  await editor.getByLabel("Web address (slug)").fill(NEW_SLUG);
  await saveStatus(editor)
    .filter({ hasText: /^Saved at \d{2}:\d{2}$/ })
    .waitFor();
  await editor.goto(`/studio/articles/${id}`);
  await runTransition(editor, "Submit for review", "submitted for review");
  // Someone else signs the new version off (the desk's four-eyes rule asks for it), and the editor publishes.
  await admin.goto(`/studio/articles/${id}`);
  await runTransition(admin, "Approve", "approved");
  await editor.goto(`/studio/articles/${id}`);
  await runTransition(editor, "Publish now", "published");

  // The reader follows the old address: one permanent redirect, then the piece at its new one.
  const response = await reader.goto(`/commentaries/${oldSlug}`);
  expect(new URL(reader.url()).pathname).toBe(`/commentaries/${NEW_SLUG}`);
  expect(response?.status()).toBe(200);
  const redirect = response?.request().redirectedFrom();
  expect(redirect?.url()).toMatch(new RegExp(`/commentaries/${oldSlug}$`));
  const answer = await redirect?.response();
  expect([answer?.status(), new URL(answer?.headers().location ?? "", reader.url()).pathname]).toEqual([301, `/commentaries/${NEW_SLUG}`]);
  expect(redirect?.redirectedFrom()).toBeNull();
  await expect(reader.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(TITLE);
});

test("a series page names its feeds, in its head and as visible links, and each answers", async () => {
  await reader.goto("/series/policy-commentaries");
  const alternates = await reader
    .locator('head link[rel="alternate"]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute("type"), new URL(l.getAttribute("href") ?? "", location.href).pathname]));
  expect(alternates).toEqual(
    expect.arrayContaining([
      ["application/rss+xml", "/feeds/series/policy-commentaries/rss.xml"],
      ["application/atom+xml", "/feeds/series/policy-commentaries/atom.xml"],
    ]),
  );
  await expect(reader.getByRole("link", { name: "RSS feed" }).first().getAttribute("href")).resolves.toBe(
    "/feeds/series/policy-commentaries/rss.xml",
  );
  expect(await seriousViolations(reader)).toEqual([]);
  await screenshots(reader, "series-page-feeds");
  const feed = await reader.request.get("/feeds/series/policy-commentaries/atom.xml");
  expect([feed.status(), feed.headers()["content-type"]]).toEqual([200, "application/atom+xml; charset=utf-8"]);
  expect(await feed.text()).toContain('<title type="text">Policy Commentaries | ');
});

test("no page logged an error", () => {
  expect(errorsLogged(editor)).toEqual([]);
  expect(errorsLogged(admin)).toEqual([]);
  expect(errorsLogged(reader)).toEqual([]);
});
