// Tables and images in the body, as a writer makes them: insert a table (3×3 with a header
// row), fill it by keyboard, add a row, give it a caption; insert a chart from the media
// library (uploaded in its picker) and give it alt text, caption and credit; the preview shows
// both as readers will, and the history's comparison says "image added", "table added". A paste
// carrying an image uploads it into the library; one left on the writer's computer is counted.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { chartPng } from "../helpers/images";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { pieceIdFromEditor, waitUntilSaved } from "./support/studio";

const TITLE = "Chokepoints in Numbers";
const CAPTION = "Trade through the region's straits";
const ALT = "Bar chart: tanker transits rose in four of five years";
const FIGURE_CAPTION = "Tanker transits, 2020–2024";
const CREDIT = "Data: Lloyd's List";

/** Waits until the image has arrived and decoded (a lazy one once it is scrolled to). */
async function loaded(image: Locator) {
  const handle = await image.elementHandle();
  await image.page().waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, handle, {
    timeout: 30_000,
  });
}

let browser: Browser;
let writer: { context: BrowserContext; page: Page };
let id = "";

beforeAll(async () => {
  browser = await openBrowser();
  writer = await newPage(browser);
  await signIn(writer.page, "amara@standfirst.example");
});
afterAll(() => browser?.close());

test("before a new piece has a title, a writer's picker offers the library but no upload, and says why", async () => {
  const { page } = writer;
  await page.goto("/studio/articles/new");
  await page.getByRole("button", { name: "Insert image" }).click();
  const picker = page.getByRole("dialog", { name: "Choose an image" });
  await picker
    .getByText("Give the piece a title first: it is then saved as a draft, and images you upload here are filed under it.")
    .waitFor();
  await expect(picker.getByLabel("Choose files…").count()).resolves.toBe(0);
  await picker.getByRole("button", { name: "Close" }).click();
  await picker.waitFor({ state: "hidden" });
});

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
  // On a phone the table's tools wrap: the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitUntilSaved(page, context, id, CAPTION);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the writer inserts a chart from the media library, uploading it in the picker, and describes it", async () => {
  const { page, context } = writer;
  await page.getByRole("textbox", { name: "Body" }).getByText("Three straits carry").click();
  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Insert image" }).click();
  const picker = page.getByRole("dialog", { name: "Choose an image" });
  await picker
    .getByLabel("Choose files…")
    .setInputFiles([{ name: "Tanker transits.png", mimeType: "image/png", buffer: await chartPng() }]);
  await picker.getByRole("button", { name: "Choose “Tanker transits”" }).click({ timeout: 60_000 });
  await picker.waitFor({ state: "hidden" });

  const figure = page.getByRole("group", { name: "Image: alt text missing" });
  await figure.getByText("Alt text missing: describe what the image shows").waitFor();
  await loaded(figure.locator("img"));
  await figure.getByLabel("Alt text").fill(ALT);
  await page
    .getByRole("group", { name: `Image: ${ALT}` })
    .getByLabel("Caption")
    .fill(FIGURE_CAPTION);
  await page
    .getByRole("group", { name: `Image: ${ALT}` })
    .getByLabel("Credit")
    .fill(CREDIT);
  expect(await page.getByText("Alt text missing").count()).toBe(0);
  await screenshots(page, "editor-figure");
  await waitUntilSaved(page, context, id, FIGURE_CAPTION);
});

test("the preview shows the table as readers will: captioned, labelled, column headers, the added row; and the chart", async () => {
  const { page } = writer;
  await page.goto(`/studio/articles/${id}/preview`);
  const region = page.getByRole("region", { name: CAPTION });
  await region.waitFor();
  const table = region.getByRole("table", { name: CAPTION });
  await expect(table.getByRole("columnheader").allTextContents()).resolves.toEqual(["Strait", "Share of trade", "Width"]);
  await expect(table.getByRole("row").count()).resolves.toBe(4);
  await expect(table.getByRole("row").last().textContent()).resolves.toContain("Bab-el-Mandeb12%");

  const figure = page.getByRole("figure", { name: new RegExp(FIGURE_CAPTION) });
  const image = figure.getByRole("img", { name: ALT });
  await image.scrollIntoViewIfNeeded();
  await loaded(image);
  await expect(image.getAttribute("loading")).resolves.toBe("lazy");
  await expect(image.getAttribute("width")).resolves.toBe("400");
  await expect(figure.locator("figcaption").textContent()).resolves.toBe(`${FIGURE_CAPTION} ${CREDIT}`);
  await screenshots(page, "preview-table-figure");
  // On a phone the table scrolls within its region, and the page itself does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});

test("comparing the first and latest revisions says, in words, that an image and a table were added", async () => {
  const { page } = writer;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/studio/articles/${id}/history`);
  const rows = page.getByRole("row").filter({ hasText: /Revision\s*\d+/ });
  const first = /Revision\s*(\d+)/.exec((await rows.last().textContent()) ?? "")?.[1];
  await page.getByRole("radio", { name: `Compare from revision ${first}` }).check();
  await page.getByRole("button", { name: "Compare selected revisions" }).click();
  await page.waitForURL(/\/history\/compare/);
  const changes = page.getByRole("region", { name: "Images and tables" });
  await expect(changes.getByRole("listitem").allTextContents()).resolves.toEqual([`image added: ${ALT}`, `table “${CAPTION}” added`]);
  const inserted = (await page.getByRole("insertion").allTextContents()).join(" ");
  expect(inserted).toContain(`[Image: ${ALT} — ${FIGURE_CAPTION}]`);
  expect(inserted).toContain("Malacca | 30% | 2.8 km");
  await screenshots(page, "compare-table-figure");
  expect(errorsLogged(page)).toEqual([]);
});

test("a paste carrying an image uploads it as a figure missing its alt text; one left on the computer is counted", async () => {
  const { page, context } = writer;
  await page.goto("/studio/articles/new");
  await page.getByLabel("Title").fill("Pasted from a document");
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Typed first.");
  const pastedId = await pieceIdFromEditor(page);
  await waitUntilSaved(page, context, pastedId, "Typed first.");

  const png = `data:image/png;base64,${(await chartPng()).toString("base64")}`;
  const html = `<p>Pasted text.</p><p><img src="${png}"></p><p><img src="file:///C:/Users/x/clip_image002.png"></p><p>After.</p>`;
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData("text/html", pasted);
    data.setData("text/plain", "Pasted text. After.");
    document
      .querySelector("#body-editor")!
      .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await page
    .getByText(
      "1 image added to the media library: give it alt text. 1 image could not be copied (kept on your computer or elsewhere on the web, or inside a table): upload it and insert it with “Image”.",
    )
    .waitFor({ timeout: 60_000 });
  const figure = page.getByRole("group", { name: "Image: alt text missing" });
  await figure.getByText("Alt text missing").waitFor();
  await waitUntilSaved(page, context, pastedId, "After.");
  expect(errorsLogged(page)).toEqual([]);
});
