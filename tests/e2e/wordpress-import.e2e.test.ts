// Issue 12 in a real browser against a production build: an admin uploads a WordPress export,
// reviews the plan, confirms the mapping, runs the import and reads the report; the imported
// pieces show their original dates and their old addresses redirect through the real server;
// an editor publishes an archive piece as of its original date with its own control.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { createArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { archiveSite, buildWxr, permalinkPath } from "../fixtures/wxr-builder";
import { baseUrl, errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { runTransition } from "./support/studio";

const site = archiveSite(60);
const posts = site.items.filter((i) => (i.type ?? "post") === "post" && (i.status ?? "publish") === "publish");
const file = path.join(os.tmpdir(), `wordpress-export-${process.pid}.xml`);

let browser: Browser;
let admin: Page;

beforeAll(async () => {
  writeFileSync(file, buildWxr(site));
  browser = await openBrowser();
  ({ page: admin } = await newPage(browser));
  await signIn(admin, "admin@standfirst.example");
});
afterAll(() => browser?.close());

/** The server's own answer to an address, without following a redirect. */
async function answer(address: string) {
  const response = await fetch(new URL(address, baseUrl()), { redirect: "manual" });
  return { status: response.status, location: response.headers.get("location") };
}

test("an admin uploads an export, confirms the mapping, runs the import and reads the report", async () => {
  await admin.goto("/studio/admin");
  await admin.getByRole("link", { name: "Import from WordPress" }).first().click();
  await admin.getByLabel("WordPress export file (WXR, .xml)").setInputFiles(file);
  await admin.getByRole("button", { name: "Read the export" }).click();
  await admin.waitForURL(/\/studio\/admin\/import\/[^/]+$/);
  await admin.getByRole("heading", { name: "What the import would do" }).waitFor();
  await admin.getByRole("heading", { name: "Confirm the mapping" }).waitFor();
  await screenshots(admin, "wordpress-import-plan");

  await admin.getByLabel("Economics (economics)").selectOption({ label: "Create the division “Economics”" });
  await admin.getByLabel("Shipping (shipping)").selectOption({ label: "Create the topic “Shipping”" });
  await admin.getByRole("button", { name: "Confirm the mapping and import" }).click();
  await admin.getByRole("heading", { name: "Report", exact: true }).waitFor({ timeout: 90_000 });
  await expect(admin.getByRole("heading", { name: "What the import would do" }).count()).resolves.toBe(0);
  const counts = admin.locator(".import-counts");
  await expect(counts.locator("div", { hasText: "new pieces" }).locator("dd").textContent()).resolves.toBe(String(posts.length));
  await expect(counts.locator("div", { hasText: "not imported (see below)" }).locator("dd").textContent()).resolves.toBe("0");
  await expect(admin.getByText("port-0.jpg").count()).resolves.toBeGreaterThan(0);
  await screenshots(admin, "wordpress-import-report");
});

test("an imported piece shows its original date, and its old addresses redirect permanently", async () => {
  const post = posts[12];
  const { page: reader } = await newPage(browser);
  await reader.goto(`/commentaries/${post.slug}`);
  await expect(reader.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(post.title);
  // The site's time zone (Singapore) is the WordPress site's (UTC+8): the same calendar day.
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Singapore" }).format(
    post.date,
  );
  await expect(reader.locator("time").first().textContent()).resolves.toBe(day);

  const target = `/commentaries/${post.slug}`;
  const withoutSlash = permalinkPath(post, site.utcOffsetHours).replace(/\/$/, "");
  expect(await answer(withoutSlash)).toEqual({ status: 301, location: expect.stringMatching(new RegExp(`${target}$`)) });
  expect(await answer(`/?p=${post.id}`)).toEqual({ status: 301, location: expect.stringMatching(new RegExp(`${target}$`)) });
  // WordPress's own form ends with a slash: Next.js first drops it (a permanent redirect, sent as 301
  // by the production server), then the address above answers 301.
  const slashed = await answer(`${withoutSlash}/`);
  expect(slashed.status).toBe(301);
  expect(new URL(slashed.location!, baseUrl()).pathname).toBe(withoutSlash);
  expect((await answer("/2019/01/no-such-post")).status).toBe(404);
  expect(errorsLogged(reader)).toEqual([]);
});

test("an editor publishes an archive piece as of its original date, apart from scheduling", async () => {
  const writer = await actorFor(await makeUser("writer"));
  const editorUser = await makeUser("editor");
  const article = await createArticle(writer, {
    title: "The Strait in 2021: A Look Back",
    standfirst: "First published elsewhere.",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "An archive piece." }] }] },
  });
  await transition(writer, article.id, "submit");
  await transition(await actorFor(editorUser), article.id, "approve");
  const { page: editor } = await newPage(browser);
  await signIn(editor, "editor@standfirst.example");
  await editor.goto(`/studio/articles/${article.id}`);
  const archiveControl = editor.getByRole("group", { name: "Original publication date (archive piece)" });
  await archiveControl.getByLabel(/First published on/).fill("2021-03-15");
  await screenshots(editor, "backdate-publish-form");
  await runTransition(editor, "Publish now", "published");

  const { page: reader } = await newPage(browser);
  await reader.goto(`/commentaries/${article.slug}`);
  await expect(reader.locator("time").first().textContent()).resolves.toBe("15 March 2021");
  expect([...errorsLogged(editor), ...errorsLogged(reader)]).toEqual([]);
});

test("no page logged an error", () => {
  expect(errorsLogged(admin)).toEqual([]);
});
