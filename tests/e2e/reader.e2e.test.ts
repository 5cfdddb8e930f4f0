// Flow 3 (the reading part): a reader opens the home page and a piece, follows a footnote
// down and back up, and finds the author's bio and the series disclaimer.
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { baseUrl, errorsLogged, newPage, openBrowser, screenshots } from "./support/browser";

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

test("filtering the home page leads to /commentaries, and older filter links are redirected there", async () => {
  await page.goto("/");
  const division = page.getByLabel("Division");
  const name = (await division.locator("option").nth(1).textContent())!;
  await division.selectOption({ label: name });
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/\/commentaries\?division=[a-z0-9-]+/);
  await expect(page.getByRole("status").textContent()).resolves.toMatch(new RegExp(`commentar(y|ies) in ${name}$`));
  // The home page is cached whole and ignores its query string, so the old form's links move.
  const old = await fetch(`${baseUrl()}/?topic=defence&page=2`, { redirect: "manual" });
  expect({ status: old.status, location: old.headers.get("location") }).toEqual({
    status: 308,
    location: "/commentaries?topic=defence&page=2",
  });
});

test("a collection's later pages live at /page/N; page 1, words and pages past the end are not pages", async () => {
  const home = await (await fetch(`${baseUrl()}/`)).text();
  const author = /href="(\/authors\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (!author) throw new Error("The home page links to no author.");
  expect((await fetch(`${baseUrl()}${author}`)).status).toBe(200);
  for (const extra of ["/page/1", "/page/two", "/page/999"]) {
    expect({ path: author + extra, status: (await fetch(`${baseUrl()}${author}${extra}`)).status }).toEqual({
      path: author + extra,
      status: 404,
    });
  }
});

test("no page logged an error (a script refused by the CSP, a failed hydration)", () => {
  expect(errorsLogged(page)).toEqual([]);
});
