// Flow 3 (the reading part): a reader opens the home page and a piece, follows a footnote
// down and back up, and finds the author's bio and the series disclaimer.
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots } from "./support/browser";

const TITLE = "Coastguards, Not Navies: The Quiet Architecture of Maritime Order";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  ({ page } = await newPage(browser));
});
afterAll(() => browser?.close());

test("the home page lists the published piece and links to it", async () => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 }).count()).resolves.toBe(1);
  const link = page.getByRole("link", { name: TITLE });
  await expect(link.count()).resolves.toBe(1);
  await screenshots(page, "home");
  expect(await seriousViolations(page)).toEqual([]);
  await link.click();
  await page.waitForURL(/\/commentaries\/coastguards-not-navies/);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(TITLE);
});

test("a footnote reference leads down to its note and the note leads back up", async () => {
  await page.getByRole("link", { name: "Note 1", exact: true }).click();
  await page.waitForURL(/#fn-1$/);
  const note = page.locator("#fn-1");
  await expect(note.isVisible()).resolves.toBe(true);
  expect(await note.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(800);

  await note.getByRole("link", { name: "Back to reference 1" }).click();
  await page.waitForURL(/#fnref-1$/);
  expect(await page.locator("#fnref-1").evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(800);
});

test("the piece shows the author's bio and the series disclaimer", async () => {
  const about = page.getByRole("region", { name: "About the writer" });
  await expect(about.getByRole("link", { name: "Lucas Brandt" }).count()).resolves.toBe(1);
  expect((await about.textContent())?.length ?? 0).toBeGreaterThan(100);
  const disclaimer = page.getByRole("complementary", { name: "Disclaimer" });
  await expect(disclaimer.textContent()).resolves.toMatch(/part of/i);
  await screenshots(page, "article");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the sign-in page has no serious accessibility problems", async () => {
  await page.goto("/sign-in");
  await screenshots(page, "sign-in");
  expect(await seriousViolations(page)).toEqual([]);
});

test("no page logged an error (a script refused by the CSP, a failed hydration)", () => {
  expect(errorsLogged(page)).toEqual([]);
});
