// Tables in the body, as a writer makes them: insert one (3×3 with a header row), fill it by
// keyboard, add a row, give it a caption; the preview shows it as readers will (a labelled,
// scrollable region with column headers), and the history's comparison says "table added".
import type { Browser, BrowserContext, Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { pieceIdFromEditor, waitUntilSaved } from "./support/studio";

const TITLE = "Chokepoints in Numbers";
const CAPTION = "Trade through the region's straits";

let browser: Browser;
let writer: { context: BrowserContext; page: Page };
let id = "";

beforeAll(async () => {
  browser = await openBrowser();
  writer = await newPage(browser);
  await signIn(writer.page, "amara@standfirst.example");
});
afterAll(() => browser?.close());

test("a writer inserts a table, fills it by keyboard, adds a row and sets its caption; it is saved", async () => {
  const { page, context } = writer;
  await page.goto("/studio/articles/new");
  await page.getByLabel("Title").fill(TITLE);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type("Three straits carry most of the region's trade.");
  id = await pieceIdFromEditor(page);
  await waitUntilSaved(page, context, id, "Three straits carry");

  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Insert table" }).click();
  // The cursor is in the first header cell; Tab moves cell by cell.
  const cells = ["Strait", "Share of trade", "Width", "Malacca", "30%", "2.8 km", "Hormuz", "20%", "39 km"];
  for (const [i, cell] of cells.entries()) {
    if (i > 0) await page.keyboard.press("Tab");
    await page.keyboard.type(cell);
  }
  const tableTools = page.getByRole("toolbar", { name: "Table" });
  await tableTools.getByRole("button", { name: "Add row below" }).click();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Bab-el-Mandeb");
  await page.keyboard.press("Tab");
  await page.keyboard.type("12%");
  await expect(tableTools.getByRole("button", { name: "Header row" }).getAttribute("aria-pressed")).resolves.toBe("true");
  await page.getByLabel("Table caption").fill(CAPTION);
  await screenshots(page, "editor-table");
  await waitUntilSaved(page, context, id, CAPTION);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the preview shows the table as readers will: captioned, labelled, column headers, the added row", async () => {
  const { page } = writer;
  await page.goto(`/studio/articles/${id}/preview`);
  const region = page.getByRole("region", { name: CAPTION });
  await region.waitFor();
  const table = region.getByRole("table", { name: CAPTION });
  await expect(table.getByRole("columnheader").allTextContents()).resolves.toEqual(["Strait", "Share of trade", "Width"]);
  await expect(table.getByRole("row").count()).resolves.toBe(4);
  await expect(table.getByRole("row").last().textContent()).resolves.toContain("Bab-el-Mandeb12%");
  await screenshots(page, "preview-table");
  // On a phone the table scrolls within its region, and the page itself does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});

test("comparing the first and latest revisions says, in words, that a table was added", async () => {
  const { page } = writer;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/studio/articles/${id}/history`);
  const rows = page.getByRole("row").filter({ hasText: /Revision\s*\d+/ });
  const first = /Revision\s*(\d+)/.exec((await rows.last().textContent()) ?? "")?.[1];
  await page.getByRole("radio", { name: `Compare from revision ${first}` }).check();
  await page.getByRole("button", { name: "Compare selected revisions" }).click();
  await page.waitForURL(/\/history\/compare/);
  const changes = page.getByRole("region", { name: "Images and tables" });
  await expect(changes.getByRole("listitem").allTextContents()).resolves.toEqual([`table “${CAPTION}” added`]);
  const inserted = (await page.getByRole("insertion").allTextContents()).join(" ");
  expect(inserted).toContain("Malacca | 30% | 2.8 km");
  await screenshots(page, "compare-table");
  expect(errorsLogged(page)).toEqual([]);
});
