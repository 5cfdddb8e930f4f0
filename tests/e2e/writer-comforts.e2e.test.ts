// Issue 15, part 7: a writer working on a piece sees where it stands and why it came back, may
// throw away a draft no one else has seen, and the toolbar is never under the save bar.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { seriousViolations } from "./support/axe";
import { pieceIdFromEditor, runTransition, saveStatus } from "./support/studio";

const WRITER = "lucas@standfirst.example";
const stamp = Date.now().toString(36);
const REASON = `Name the source of the second figure (${stamp}).`;

let browser: Browser;
let writer: { context: BrowserContext; page: Page };
let editor: { context: BrowserContext; page: Page };

beforeAll(async () => {
  browser = await openBrowser();
  writer = await newPage(browser);
  editor = await newPage(browser);
  await signIn(writer.page, WRITER);
  await signIn(editor.page, "editor@standfirst.example");
});
afterAll(() => browser?.close());

async function newDraft(page: Page, title: string, paragraphs = 1): Promise<string> {
  await page.goto("/studio/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  const id = await pieceIdFromEditor(page);
  await page.getByRole("textbox", { name: "Body" }).click();
  for (let i = 0; i < paragraphs; i++) {
    await page.keyboard.insertText(`Paragraph ${i} of a piece that is long enough to scroll.`);
    await page.keyboard.press("Enter");
  }
  await saveStatus(page)
    .filter({ hasText: /^Saved at/ })
    .waitFor();
  return id;
}

test("at every width, the toolbar's first row stays visible under the sticky save bar", async () => {
  const { page } = writer;
  // Enough text for the page to scroll, so the toolbar has to stick under the bar.
  await newDraft(page, `Sticky Toolbar ${stamp}`, 40);
  for (const width of [1280, 768, 390, 320]) {
    await page.setViewportSize({ width, height: 700 });
    // Down into the body, where the toolbar sticks (past the body it leaves with it).
    await page.getByText("Paragraph 30 of a piece").evaluate((line) => line.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(100);
    const { bar, toolbar } = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return { bar: rect(".article-editor__bar").bottom, toolbar: rect(".toolbar").top };
    });
    // Stuck (the toolbar is near the top of the viewport) and not under the bar.
    expect(toolbar).toBeLessThan(300);
    expect(toolbar).toBeGreaterThanOrEqual(bar - 1);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByText("Paragraph 30 of a piece").evaluate((line) => line.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: `${process.env.E2E_ARTIFACTS ?? "tests/artifacts/e2e"}/screenshots/editor-sticky-toolbar-mobile.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("the writer discards a draft they never submitted, after confirming, and it is gone", async () => {
  const { page } = writer;
  const title = `Abandoned Idea ${stamp}`;
  const id = await newDraft(page, title);
  await page.reload();
  await expect(page.getByText("Status:").textContent()).resolves.toContain("Draft");
  await page.getByText("Discard this draft").click();
  // Not without the tick: the browser refuses the form.
  await page.getByRole("button", { name: "Discard the draft" }).click();
  await expect(page.url()).toContain(`/studio/articles/${id}/edit`);
  await page.getByLabel("Yes, delete this draft for good.").check();
  await page.getByRole("button", { name: "Discard the draft" }).click();
  await page.waitForURL(/\/studio\?discarded=1$/);
  await expect(page.getByRole("status").filter({ hasText: "The draft was discarded." }).count()).resolves.toBe(1);
  await expect(page.getByRole("link", { name: title }).count()).resolves.toBe(0);
  const gone = await page.goto(`/studio/articles/${id}`);
  expect(gone?.status()).toBe(404);
});

test("a returned piece's edit page shows its status and the editor's reason, with the way to the discussion", async () => {
  const { page } = writer;
  const title = `Returned Piece ${stamp}`;
  const id = await newDraft(page, title);
  await page.goto(`/studio/articles/${id}`);
  await runTransition(page, "Submit for review", "submitted for review");

  await editor.page.goto(`/studio/articles/${id}`);
  await editor.page.getByLabel("What needs to change (required)").fill(REASON);
  await runTransition(editor.page, "Request changes", "sent back for changes");

  await page.goto(`/studio/articles/${id}/edit`);
  const request = page.getByRole("region", { name: "Changes requested" });
  await expect(request.textContent()).resolves.toContain(REASON);
  await expect(request.textContent()).resolves.toContain("Priya Raman");
  await expect(page.getByText("Status:").textContent()).resolves.toContain("Changes requested");
  // Submitted once: it stays in the record, so no discard is offered.
  await expect(page.getByText("Discard this draft").count()).resolves.toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, "edit-page-changes-requested");

  await request.getByRole("link", { name: "Discuss it in the editorial comments" }).click();
  await page.waitForURL(new RegExp(`/studio/articles/${id}#comments-heading$`));
});
