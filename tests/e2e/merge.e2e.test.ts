// Issue 20, part 6: two editors change different paragraphs of the same draft. The later save
// is merged on the server with the earlier one; each editor ends with both changes in the
// editor and "Saved", neither sees the conflict view, and the history says a merge happened.
// When both change the same paragraph, the conflict view shows the two changes side by side
// (tests/e2e/conflict.e2e.test.ts has that flow's "Keep mine").
import type { Browser, BrowserContext, Page } from "playwright-core";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { openSameDraft, saveStatus, typeAfter, waitUntilSaved } from "./support/studio";

const TITLE = "Green Shipping Corridors: From Declarations to Fuel Contracts";
/** The start of the first paragraph, and of the third (the second after the first heading). */
const FIRST_PARAGRAPH = "Green shipping corridors were conceived as a practical answer";
const THIRD_PARAGRAPH = "The gap between announcement and implementation";
const FIRST_WORDS = " Amara notes the bunkering costs.";
const SECOND_WORDS = " Tomas notes the crew training.";
const MORE_WORDS = " Amara adds the insurance premiums.";

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

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const paragraph = (page: Page, start: string) => body(page).locator("p").filter({ hasText: start });

const conflictView = (page: Page) => page.getByRole("region", { name: "Two versions of this piece" });

async function savedWith(page: Page, texts: string[]) {
  await saveStatus(page)
    .filter({ hasText: /^Saved at \d{2}:\d{2}$/ })
    .waitFor({ timeout: 20_000 });
  for (const text of texts) await body(page).getByText(text.trim(), { exact: false }).waitFor({ timeout: 20_000 });
}

test("both editors open the same draft", async () => {
  id = await openSameDraft([first.page, second.page], TITLE, THIRD_PARAGRAPH);
});

test("the first editor changes paragraph 1 and it is saved", async () => {
  await typeAfter(first.page, FIRST_PARAGRAPH, FIRST_WORDS);
  await waitUntilSaved(first.page, first.context, id, FIRST_WORDS.trim());
});

test("the second editor changes paragraph 3: the save merges, and the editor shows both changes", async () => {
  const { page } = second;
  await typeAfter(page, THIRD_PARAGRAPH, SECOND_WORDS);
  await savedWith(page, [FIRST_WORDS, SECOND_WORDS]);
  await expect(conflictView(page).count()).resolves.toBe(0);
  // Each change in its own paragraph, the footnote of the first paragraph still there.
  await expect(paragraph(page, FIRST_PARAGRAPH).textContent()).resolves.toContain(FIRST_WORDS.trim());
  await expect(paragraph(page, THIRD_PARAGRAPH).textContent()).resolves.toContain(SECOND_WORDS.trim());
  await expect(paragraph(page, FIRST_PARAGRAPH).locator("sup").count()).resolves.toBeGreaterThan(0);
  await screenshots(page, "merge-second-editor");
});

test("the first editor's next change merges too: no conflict, both changes, and typing goes on where the cursor was", async () => {
  const { page } = first;
  // Still in paragraph 1, where the cursor was left.
  await page.bringToFront();
  await page.keyboard.type(MORE_WORDS);
  await savedWith(page, [SECOND_WORDS, MORE_WORDS]);
  await expect(conflictView(page).count()).resolves.toBe(0);
  await expect(paragraph(page, FIRST_PARAGRAPH).textContent()).resolves.toContain(`${FIRST_WORDS.trim()}${MORE_WORDS}`);
  await expect(paragraph(page, THIRD_PARAGRAPH).textContent()).resolves.toContain(SECOND_WORDS.trim());

  // The editor keeps the cursor where it was after taking the merge in: more typing lands in paragraph 1.
  await page.keyboard.type(" Done.");
  await expect(paragraph(page, FIRST_PARAGRAPH).textContent()).resolves.toContain(`${MORE_WORDS.trim()} Done.`);
  await waitUntilSaved(page, first.context, id, "premiums. Done.");
});

test("the second editor gets the first editor's latest words on its next save, and a fresh load holds everything", async () => {
  const { page, context } = second;
  await typeAfter(page, THIRD_PARAGRAPH, " Checked twice.");
  await savedWith(page, ["premiums. Done.", "Checked twice."]);
  await expect(conflictView(page).count()).resolves.toBe(0);

  // What the database holds, read by a fresh page.
  const fresh = await context.newPage();
  await fresh.goto(`/studio/articles/${id}/edit`);
  for (const words of [FIRST_WORDS, MORE_WORDS, "premiums. Done.", SECOND_WORDS, "Checked twice."]) {
    await body(fresh).getByText(words.trim(), { exact: false }).waitFor();
  }
  await fresh.close();
});

test("the history shows the merges", async () => {
  const { page } = second;
  await page.goto(`/studio/articles/${id}/history`);
  const merges = page.getByRole("row").filter({ hasText: "Merged with another save" });
  await expect(merges.count()).resolves.toBeGreaterThanOrEqual(2);
  await expect(merges.first().textContent()).resolves.toMatch(/Changes made from version \d+, merged with version \d+\./);
});

test("the same paragraph changed by both: the conflict view shows the two changes side by side, against the common base", async () => {
  for (const { page } of [first, second]) {
    await page.goto(`/studio/articles/${id}/edit`);
    await body(page).getByText(FIRST_PARAGRAPH).waitFor();
  }
  await typeAfter(second.page, FIRST_PARAGRAPH, " Tomas disagrees.");
  await waitUntilSaved(second.page, second.context, id, "Tomas disagrees.");

  const { page } = first;
  await typeAfter(page, FIRST_PARAGRAPH, " Amara insists.");
  await saveStatus(page)
    .filter({ hasText: /^Conflict$/ })
    .waitFor({ timeout: 20_000 });
  const view = conflictView(page);
  await expect(view.textContent()).resolves.toContain("You both changed paragraph 1.");
  const clash = view.getByRole("group", { name: "Paragraph 1" });
  const [mine, theirs] = [clash.locator(".conflict__side").nth(0), clash.locator(".conflict__side").nth(1)];
  await expect(mine.getByRole("heading").textContent()).resolves.toBe("Your change");
  await expect(theirs.getByRole("heading").textContent()).resolves.toBe("Their change");
  // Each column shows its own words as added (word by word), and not the other's.
  const added = async (side: typeof mine) => (await side.getByRole("insertion").allTextContents()).join(" ");
  await expect(added(mine)).resolves.toMatch(/Amara[\s\S]*insists|insists[\s\S]*Amara/);
  await expect(added(mine)).resolves.not.toContain("Tomas");
  await expect(added(theirs)).resolves.toMatch(/Tomas[\s\S]*disagrees|disagrees[\s\S]*Tomas/);
  await expect(added(theirs)).resolves.not.toContain("Amara");
  // Only the clashing paragraph is listed: the rest merges.
  await expect(view.getByRole("group").count()).resolves.toBe(1);
  await screenshots(page, "merge-conflict-view");

  await view.getByRole("button", { name: "Take theirs", exact: true }).click();
  await saveStatus(page)
    .filter({ hasText: /^Saved at \d{2}:\d{2}$/ })
    .waitFor();
  await expect(paragraph(page, FIRST_PARAGRAPH).textContent()).resolves.toContain("Tomas disagrees.");
});

test("no page logged an error", () => {
  expect(errorsLogged(first.page)).toEqual([]);
  expect(errorsLogged(second.page)).toEqual([]);
});
