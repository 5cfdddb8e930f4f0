// Issue 20, part 4: the save status never lies. A writer types online ("Unsaved changes",
// "Saving…", "Saved"), offline for a while (never "Saved", "Offline: your text is kept in this
// browser"), comes back online (saved within seconds, exactly the typed text), then pastes a
// body over the limit (the too-long message with the numbers, and nothing sent).
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { pieceIdFromEditor, saveStatus } from "./support/studio";

const WRITER = "amara@standfirst.example";
const TITLE = `Honest Autosave ${Date.now().toString(36)}`;
const ONLINE_WORDS = "Typed while the network was up.";
const OFFLINE = "Offline: your text is kept in this browser and saved when you are back online.";
const SAVED = /^Saved at \d{2}:\d{2}$/;

let browser: Browser;
let writer: { context: BrowserContext; page: Page };
let id = "";

beforeAll(async () => {
  browser = await openBrowser();
  writer = await newPage(browser);
  await signIn(writer.page, WRITER);
});
afterAll(() => browser?.close());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

/** Every text the status line shows from now on, in order, however briefly (a MutationObserver in the page). */
async function recordStatus(page: Page) {
  await page.evaluate(() => {
    const line = document.querySelector(".save-status");
    if (!line) throw new Error("No status line");
    const log: string[] = [line.textContent ?? ""];
    (window as unknown as { statusLog: string[] }).statusLog = log;
    new MutationObserver(() => log.push(line.textContent ?? "")).observe(line, { childList: true, characterData: true, subtree: true });
  });
}
const statusLog = (page: Page) => page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);

/** The body's text as a fresh page load shows it: another signed-in browser, with nothing kept locally. */
async function bodyOnFreshLoad(): Promise<string> {
  const other = await newPage(browser);
  try {
    await signIn(other.page, WRITER);
    await other.page.goto(`/studio/articles/${id}/edit`);
    return await body(other.page).innerText();
  } finally {
    await other.context.close();
  }
}

test("typing shows Unsaved changes, then Saving…, then Saved once the server has that text", async () => {
  const { page } = writer;
  await page.goto("/studio/articles/new");
  await page.getByLabel("Title").fill(TITLE);
  id = await pieceIdFromEditor(page);
  await saveStatus(page).filter({ hasText: SAVED }).waitFor();

  await recordStatus(page);
  await body(page).click();
  await page.keyboard.type(ONLINE_WORDS);
  // At once, before the pause that starts a save.
  await expect(saveStatus(page).textContent()).resolves.toBe("Unsaved changes");
  await saveStatus(page).filter({ hasText: SAVED }).waitFor();
  const log = await statusLog(page);
  const seen = log.filter((text, i) => text !== log[i - 1]);
  expect(seen.slice(0, 2)).toEqual([expect.stringMatching(SAVED), "Unsaved changes"]);
  expect(seen.slice(-2)).toEqual(["Saving…", expect.stringMatching(SAVED)]);
  expect(await bodyOnFreshLoad()).toBe(ONLINE_WORDS);
});

test("typing while a save is on its way: no Saved until the server has the newer text too", async () => {
  const { page } = writer;
  const FIRST = " Sent first.";
  const SECOND = " Typed while the first was on its way.";
  // Server actions post to the page's own address. The first save's answer is held back until
  // more has been typed, so it acknowledges a version older than the editor's.
  const editPage = (url: URL) => url.pathname === `/studio/articles/${id}/edit`;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(editPage, async (route) => {
    if (route.request().method() !== "POST" || held++ > 0) return route.continue();
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  try {
    await recordStatus(page);
    await page.keyboard.type(FIRST);
    await saveStatus(page).filter({ hasText: "Saving…" }).waitFor();
    await page.keyboard.type(SECOND);
    release();
    await saveStatus(page).filter({ hasText: SAVED }).waitFor({ timeout: 15_000 });
    const log = (await statusLog(page)).slice(1);
    // The held answer turns the line to "Unsaved changes", not "Saved"; only the save of both sentences says "Saved".
    expect(log.slice(log.indexOf("Saving…"))).toContain("Unsaved changes");
    expect(log.filter((text) => SAVED.test(text))).toHaveLength(1);
    expect(log.at(-1)).toMatch(SAVED);
    expect(await bodyOnFreshLoad()).toBe(ONLINE_WORDS + FIRST + SECOND);
  } finally {
    await page.unroute(editPage);
  }
});

test("offline, typing for a while never shows Saved: the line says the text is kept in this browser", async () => {
  const { page, context } = writer;
  await recordStatus(page);
  await context.setOffline(true);
  // Pauses longer than autosave's quiet time, so saves would be tried (and retries would run) between words.
  for (let i = 1; i <= 5; i++) {
    await page.keyboard.type(` Offline sentence ${i}.`);
    await expect(saveStatus(page).textContent()).resolves.toBe(OFFLINE);
    await page.waitForTimeout(2_500);
  }
  await expect(saveStatus(page).textContent()).resolves.toBe(OFFLINE);
  // The first entry is the line before going offline.
  const log = (await statusLog(page)).slice(1);
  expect(log.filter((text) => /^Saved|^Saving/.test(text))).toEqual([]);
  const kept = await page.evaluate((key) => window.localStorage.getItem(key), `standfirst:unsaved:${id}`);
  expect(kept).toContain("Offline sentence 5.");
  await screenshots(page, "save-status-offline");
});

test("back online, the text is saved within seconds, and the server holds exactly what was typed", async () => {
  const { page, context } = writer;
  const typed = await body(page).innerText();
  const backAt = Date.now();
  await context.setOffline(false);
  await saveStatus(page).filter({ hasText: SAVED }).waitFor({ timeout: 10_000 });
  const took = Date.now() - backAt;
  expect(took).toBeLessThan(5_000);
  expect(typed).toBe(
    `${ONLINE_WORDS} Sent first. Typed while the first was on its way. Offline sentence 1. Offline sentence 2. Offline sentence 3. Offline sentence 4. Offline sentence 5.`,
  );
  expect(await bodyOnFreshLoad()).toBe(typed);
  await expect(page.evaluate((key) => window.localStorage.getItem(key), `standfirst:unsaved:${id}`)).resolves.toBeNull();
});

test("a body over the limit is refused in the browser with the numbers, and nothing is sent", async () => {
  const { page } = writer;
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") sent.push(`${request.method()} ${request.url()}`);
  });
  await body(page).click();
  await page.keyboard.press("End");
  // 1.4 million characters, pasted as a person would from another document.
  await body(page).evaluate((element) => {
    const data = new DataTransfer();
    data.setData("text/plain", " " + "long text ".repeat(140_000));
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await saveStatus(page)
    .filter({ hasText: /^This piece is too long/ })
    .waitFor({ timeout: 10_000 });
  await expect(saveStatus(page).textContent()).resolves.toBe(
    "This piece is too long to save: 1.4 MB of text, the limit is 1 MB. Shorten it by about 0.4 MB. Your text is kept in this browser.",
  );
  // The viewport only: a full-page capture of 1.4 million characters would be hundreds of thousands of pixels tall.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(process.env.E2E_ARTIFACTS ?? "tests/artifacts/e2e", "screenshots", "save-status-too-long.png") });
  // Longer than the pause before a save: still nothing sent, and the text is kept here.
  await page.waitForTimeout(3_000);
  expect(sent).toEqual([]);
  const kept = await page.evaluate((key) => window.localStorage.getItem(key)?.length ?? 0, `standfirst:unsaved:${id}`);
  expect(kept).toBeGreaterThan(1_400_000);

  // Undoing the paste brings the piece under the limit: it saves again, and the server never had the long text.
  await page.keyboard.press("Control+z");
  await saveStatus(page).filter({ hasText: SAVED }).waitFor({ timeout: 10_000 });
  expect((await bodyOnFreshLoad()).length).toBeLessThan(1_000);
});
