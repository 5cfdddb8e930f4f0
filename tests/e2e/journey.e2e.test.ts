// Flows 1-3 of issue 5 on one new piece: a writer writes and submits it, an editor asks
// for changes, the writer revises, the editor compares, approves and publishes, and a
// reader finds it (home, footnotes, search, feed) and comments on it.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { XMLParser } from "fast-xml-parser";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { waitForMail } from "./support/mail";
import { runTransition, pieceIdFromEditor, waitUntilSaved } from "./support/studio";

// A word no demo piece uses, so the search result can only be this piece.
const WORD = "breakwaterology";
const TITLE = "Harbour Pilots and the Politics of Port Resilience";
const STANDFIRST = "Ports recover from storms faster when pilots, not ministries, hold the plan.";
const FIRST = `Port resilience is usually discussed as a matter of concrete and ${WORD}.`;
const SECOND = "The people who know a harbour best are rarely asked.";
const NOTE_1 = "Port authority survey, 2025.";
const NOTE_2 = "Interviews with harbour pilots, 2026.";
const REASON = "Please say which ports the survey covered.";
const REVISION = "The survey covered Busan and Rotterdam.";
const COMMENT = "A useful reminder that pilots matter.";

let browser: Browser;
let writer: { context: BrowserContext; page: Page };
let editor: { context: BrowserContext; page: Page };
let reader: { context: BrowserContext; page: Page };
let id = "";

beforeAll(async () => {
  browser = await openBrowser();
  writer = await newPage(browser);
  editor = await newPage(browser);
  reader = await newPage(browser);
});
afterAll(() => browser?.close());

test("a writer writes a commentary with two footnotes, a link and a list, and autosave confirms it", async () => {
  const { page, context } = writer;
  await signIn(page, "amara@standfirst.example");
  await page.goto("/studio/articles/new");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Standfirst").fill(STANDFIRST);
  await page.getByLabel("Series").selectOption({ label: "Policy Commentaries" });

  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type(FIRST);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Bullet list", exact: true }).click();
  await page.keyboard.type("Pilots know the channels.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Tug crews know the berths.");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type(SECOND);

  // A link on the word "resilience" in the first paragraph.
  await body.getByText(FIRST).click();
  await page.keyboard.press("Home");
  for (let i = 0; i < "Port ".length; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < "resilience".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByLabel("Link address").fill("https://example.org/port-report");
  await page.getByRole("button", { name: "Add link", exact: true }).click();

  // A footnote at the end of each paragraph.
  await body.getByText(FIRST).click();
  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Footnote", exact: true }).click();
  await page.keyboard.type(NOTE_1);
  await body.getByText(SECOND).click();
  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Footnote", exact: true }).click();
  await page.keyboard.type(NOTE_2);

  id = await pieceIdFromEditor(page);
  await waitUntilSaved(page, context, id, NOTE_2);
  await expect(body.getByRole("link", { name: "resilience", exact: true }).count()).resolves.toBe(1);
  await expect(body.getByRole("listitem").filter({ hasText: "Tug crews know the berths." }).count()).resolves.toBe(1);
  await screenshots(page, "editor");
  expect(await seriousViolations(page)).toEqual([]);

  // What the server kept: the preview renders both notes, the list and the link.
  const preview = await context.newPage();
  await preview.goto(`/studio/articles/${id}/preview`);
  await expect(preview.getByRole("link", { name: "resilience" }).getAttribute("href")).resolves.toBe("https://example.org/port-report");
  await expect(preview.getByRole("listitem").filter({ hasText: "Pilots know the channels." }).count()).resolves.toBe(1);
  await expect(preview.getByText(NOTE_1).count()).resolves.toBe(1);
  await expect(preview.getByText(NOTE_2).count()).resolves.toBe(1);
  await preview.close();
});

test("the writer submits it for review", async () => {
  const { page } = writer;
  await page.goto(`/studio/articles/${id}`);
  await runTransition(page, "Submit for review", "submitted for review");
  await expect(page.getByRole("button", { name: "Submit for review" }).count()).resolves.toBe(0);
});

test("an editor finds it in the review queue, comments and requests changes; the writer gets the email", async () => {
  const { page } = editor;
  await signIn(page, "editor@standfirst.example");
  await page.getByRole("link", { name: "Review queue", exact: true }).click();
  await page.waitForURL(/\/studio\/review$/);
  await screenshots(page, "review-queue");
  await page.getByRole("link", { name: TITLE }).click();
  await page.waitForURL(new RegExp(`/studio/articles/${id}$`));
  await screenshots(page, "piece-overview");

  await page.getByLabel("New comment").fill("The second paragraph needs a source.");
  await page.getByRole("button", { name: "Post comment", exact: true }).click();
  await page.getByText("The second paragraph needs a source.").first().waitFor();

  await page.getByLabel("What needs to change (required)").fill(REASON);
  await runTransition(page, "Request changes", "sent back for changes");

  const mail = await waitForMail((m) => m.to.includes("amara@standfirst.example") && m.text.includes(REASON));
  expect(mail.text).toContain(TITLE);
});

test("the writer sees the reason and the comment, revises and resubmits", async () => {
  const { page, context } = writer;
  await page.goto(`/studio/articles/${id}`);
  await expect(page.getByRole("region", { name: "Changes requested" }).textContent()).resolves.toContain(REASON);
  await page.getByText("The second paragraph needs a source.").first().waitFor();

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const body = page.getByRole("textbox", { name: "Body" });
  await body.getByText(SECOND).click();
  await page.keyboard.press("Home");
  await page.keyboard.type(REVISION + " ");
  await waitUntilSaved(page, context, id, REVISION);

  await page.goto(`/studio/articles/${id}`);
  await runTransition(page, "Submit for review", "submitted for review");
});

test("the editor compares the two submitted versions and sees the revised words inserted", async () => {
  const { page } = editor;
  await page.goto(`/studio/articles/${id}/history`);
  // From the first submission to the newest revision.
  const rows = page.getByRole("row").filter({ hasText: "Submitted for review" });
  await expect(rows.count()).resolves.toBe(2);
  const number = /Revision\s*(\d+)/.exec((await rows.last().textContent()) ?? "")?.[1];
  expect(number).toBeDefined();
  await page.getByRole("radio", { name: `Compare from revision ${number}` }).check();
  await page.getByRole("button", { name: "Compare selected revisions" }).click();
  await page.waitForURL(/\/history\/compare/);
  const inserted = (await page.getByRole("insertion").allTextContents()).join(" ");
  expect(inserted).toContain("Busan and Rotterdam");
  await screenshots(page, "history-compare");
});

test("the editor approves and publishes it", async () => {
  const { page } = editor;
  await page.goto(`/studio/articles/${id}`);
  await runTransition(page, "Approve", "approved");
  await runTransition(page, "Publish now", "published");
  await page.getByRole("link", { name: new RegExp(`read “${TITLE}” on the public site`) }).waitFor();
});

test("a reader finds it on the home page, follows a footnote down and back, and sees the bio and disclaimer", async () => {
  const { page } = reader;
  await page.goto("/");
  await page.getByRole("link", { name: TITLE }).first().click();
  await page.waitForURL(/\/commentaries\//);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(TITLE);
  expect(await page.getByText(REVISION).count()).toBe(1);

  await page.getByRole("link", { name: "Note 2", exact: true }).click();
  await page.waitForURL(/#fn-2$/);
  const note = page.locator("#fn-2");
  await expect(note.textContent()).resolves.toContain(NOTE_2);
  expect(await note.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(800);
  await note.getByRole("link", { name: "Back to reference 2" }).click();
  await page.waitForURL(/#fnref-2$/);
  expect(await page.locator("#fnref-2").evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(800);

  const about = page.getByRole("region", { name: "About the writer" });
  await expect(about.getByRole("link", { name: "Amara Okafor" }).count()).resolves.toBe(1);
  await expect(page.getByRole("complementary", { name: "Disclaimer" }).textContent()).resolves.toMatch(/part of/i);
});

test("a reader searches for a word from the piece and finds it", async () => {
  const { page } = reader;
  await page.goto("/search");
  await page.getByLabel("Search for").fill(WORD);
  await page.getByLabel("Search for").press("Enter");
  await page.waitForURL(/\/search\?/);
  await expect(page.getByRole("link", { name: TITLE }).count()).resolves.toBe(1);
  await screenshots(page, "search-results");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the RSS feed is valid XML and lists the piece", async () => {
  const response = await reader.page.request.get("/feeds/rss.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const parsed = new XMLParser().parse(xml, true) as {
    rss: { channel: { item: Array<{ title: string; link: string }> | { title: string; link: string } } };
  };
  const items = ([] as Array<{ title: string; link: string }>).concat(parsed.rss.channel.item);
  const item = items.find((i) => i.title === TITLE);
  expect(item?.link).toMatch(/\/commentaries\//);
});

test("a reader comments, an editor approves it, and it appears under the piece", async () => {
  const { page } = reader;
  await page.goto("/");
  await page.getByRole("link", { name: TITLE }).first().click();
  await page.waitForURL(/\/commentaries\//);
  const url = page.url();
  await page.getByLabel("Name", { exact: true }).fill("Dana Reader");
  await page.getByLabel("Comment", { exact: true }).fill(COMMENT);
  await page.getByRole("button", { name: "Send comment", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Thanks — your comment will appear once an editor has approved it." }).waitFor();
  expect(await page.getByText(COMMENT).count()).toBe(0);

  const studio = editor.page;
  await studio.goto("/studio/comments");
  await screenshots(studio, "comments-moderation");
  await studio
    .getByRole("group", { name: "Moderate the comment from Dana Reader" })
    .getByRole("button", { name: "Approve", exact: true })
    .click();
  await studio.getByRole("group", { name: "Moderate the comment from Dana Reader" }).waitFor({ state: "detached" });

  // The cache is refreshed by tag: a reload (or two, while it regenerates) shows it.
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(url);
    if ((await page.getByText(COMMENT).count()) === 1) break;
    if (Date.now() > deadline) throw new Error("The approved comment never appeared under the piece");
    await page.waitForTimeout(1000);
  }
  await screenshots(page, "article-with-comment");
});

test("no page logged an error", () => {
  expect(errorsLogged(writer.page)).toEqual([]);
  expect(errorsLogged(editor.page)).toEqual([]);
  expect(errorsLogged(reader.page)).toEqual([]);
});
