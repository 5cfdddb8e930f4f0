// Flow 4 of issue 5: two editors type into the same draft. The later save gets the
// conflict view instead of overwriting; "Keep mine" saves the second editor's text and the
// first editor's text stays in the history, so nothing typed is lost.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { errorsLogged, newPage, openBrowser, signIn } from "./support/browser";
import { openSameDraft, saveStatus, typeAfter, waitUntilSaved } from "./support/studio";

const TITLE = "Green Shipping Corridors: From Declarations to Fuel Contracts";
const ANCHOR = "Each actor is waiting for another to move first.";
const FIRST_WORDS = " Priya adds that ports move last.";
const SECOND_WORDS = " Jonas adds that insurers move first.";

let browser: Browser;
let first: { context: BrowserContext; page: Page };
let second: { context: BrowserContext; page: Page };
let id = "";

beforeAll(async () => {
  browser = await openBrowser();
  first = await newPage(browser);
  second = await newPage(browser);
  await signIn(first.page, "editor@standfirst.example");
  await signIn(second.page, "admin@standfirst.example");
});
afterAll(() => browser?.close());

test("both editors open the same draft", async () => {
  id = await openSameDraft([first.page, second.page], TITLE, ANCHOR);
});

test("the first editor's save goes through", async () => {
  await typeAfter(first.page, ANCHOR, FIRST_WORDS);
  await waitUntilSaved(first.page, first.context, id, FIRST_WORDS.trim());
});

test("the second editor's later save gets the conflict view with both versions", async () => {
  const { page } = second;
  await typeAfter(page, ANCHOR, SECOND_WORDS);
  await saveStatus(page)
    .filter({ hasText: /^Conflict$/ })
    .waitFor({ timeout: 20_000 });
  const view = page.getByRole("region", { name: "Two versions of this piece" });
  await expect(view.getByText("Nothing has been overwritten.", { exact: false }).count()).resolves.toBe(1);
  await expect(view.getByLabel("My text").textContent()).resolves.toContain(SECOND_WORDS.trim());
  const theirs = view.getByRole("article").filter({ has: page.getByRole("heading", { name: /^Saved version \d+$/ }) });
  await expect(theirs.textContent()).resolves.toContain(FIRST_WORDS.trim());
  for (const name of ["Keep mine", "Take theirs", "Copy my text"]) {
    await expect(view.getByRole("button", { name, exact: true }).count()).resolves.toBe(1);
  }
});

test("after \"Keep mine\" the saved text is the second editor's, and the first editor's is kept in the history", async () => {
  const { page, context } = second;
  await page.getByRole("button", { name: "Keep mine", exact: true }).click();
  await waitUntilSaved(page, context, id, SECOND_WORDS.trim());
  await expect(page.getByRole("region", { name: "Two versions of this piece" }).count()).resolves.toBe(0);

  // The first editor's version is a revision of its own: comparing it with the newest
  // shows their words as removed, so they can be copied back or restored.
  await page.goto(`/studio/articles/${id}/history`);
  const byPriya = page.getByRole("row").filter({ hasText: "Priya Raman" }).filter({ hasText: "Saved" }).first();
  const number = /Revision\s*(\d+)/.exec((await byPriya.textContent()) ?? "")?.[1];
  expect(number).toBeDefined();
  await page.getByRole("radio", { name: `Compare from revision ${number}` }).check();
  await page.getByRole("button", { name: "Compare selected revisions" }).click();
  await page.waitForURL(/\/history\/compare/);
  // The diff is word by word: "move" is in both versions, so it is neither removed nor added.
  const removed = (await page.getByRole("deletion").allTextContents()).join(" ");
  const added = (await page.getByRole("insertion").allTextContents()).join(" ");
  for (const word of ["Priya", "ports", "last"]) expect(removed).toContain(`[removed: ${word}]`);
  for (const word of ["Jonas", "insurers"]) expect(added).toContain(`[added: ${word}]`);
});

test("no page logged an error", () => {
  expect(errorsLogged(first.page)).toEqual([]);
  expect(errorsLogged(second.page)).toEqual([]);
});
