// Issue 13, item 1: an admin renames the site and gives it its public address in the studio, and,
// with no restart, the cached public pages, feeds, sitemap, robots.txt and citations show them.
// Writers and editors cannot open the settings. The demo settings are put back at the end: the
// flows after this one share the site.
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { baseUrl, errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";

const TITLE = "Coastguards, Not Navies: The Quiet Architecture of Maritime Order";
const NEW_NAME = "Harbour Institute Commentaries";
const NEW_ADDRESS = "https://commentaries.harbour.example";

let browser: Browser;
let admin: Page;
let reader: Page;
let original: { siteName: string; baseUrl: string };
let pieceUrl = "";

beforeAll(async () => {
  browser = await openBrowser();
  ({ page: admin } = await newPage(browser));
  ({ page: reader } = await newPage(browser));
  await signIn(admin, "admin@standfirst.example");
});
afterAll(() => browser?.close());

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute("href");
const ogUrl = (page: Page) => page.locator('meta[property="og:url"]').getAttribute("content");

// The form's own messages (Next's route announcer is an "alert" too).
const refusal = (page: Page) => page.locator(".form__error");
const success = (page: Page) => page.locator(".form__success");

async function save(page: Page, outcome: "saved" | "refused") {
  await page.getByRole("button", { name: "Save settings" }).click();
  await (outcome === "saved" ? success(page) : refusal(page)).waitFor();
}

test("the reader's pages are cached with the demo name and the address the site is served on", async () => {
  await reader.goto("/");
  original = { siteName: (await reader.title()).replace(/^Commentaries \| /, ""), baseUrl: "" };
  expect(original.siteName).toBe("Meridian Commentaries");
  // Found by search: other browser tests publish enough pieces to push it off the home page.
  await reader.goto(`/search?q=${encodeURIComponent("Coastguards Navies")}`);
  pieceUrl = (await reader.getByRole("link", { name: TITLE }).first().getAttribute("href"))!;
  await reader.goto(pieceUrl);
  await expect(canonical(reader)).resolves.toBe(`${baseUrl()}${pieceUrl}`);
});

test("an admin finds the settings from the administration page; the form is grouped and accessible", async () => {
  await admin.goto("/studio/admin");
  await admin.getByRole("link", { name: "Site settings" }).first().click();
  await admin.waitForURL(/\/studio\/admin\/settings$/);
  await expect(admin.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Site settings");
  for (const section of ["Identity", "Addresses", "Reader labels", "Licence", "Identifiers and Crossref", "Review rules"]) {
    await expect(admin.getByRole("group", { name: section }).count()).resolves.toBe(1);
  }
  await expect(admin.getByLabel("Site name").inputValue()).resolves.toBe("Meridian Commentaries");
  // The seed names no address: the field is empty and the site follows the address it is served on.
  await expect(admin.getByLabel("Public address").inputValue()).resolves.toBe("");
  await screenshots(admin, "site-settings");
  expect(await seriousViolations(admin)).toEqual([]);
});

test("bad values are refused, each named, and what was typed stays", async () => {
  await admin.getByLabel("Public address").fill("commentaries dot example");
  await admin.getByLabel("Time zone").fill("Mars/Olympus_Mons");
  await admin.getByLabel("DOI prefix").fill("11.1234");
  await admin.getByLabel("Depositor email").fill("web team at harbour");
  await save(admin, "refused");
  const said = await refusal(admin).textContent();
  for (const message of [
    '"commentaries dot example" is not a web address',
    "Choose a time zone from the list",
    "A DOI prefix is 10. and the digits Crossref gave you",
    "The depositor's email is not an email address.",
  ]) {
    expect(said).toContain(message);
  }
  await expect(admin.getByLabel("Public address").getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(admin.getByLabel("Time zone").inputValue()).resolves.toBe("Mars/Olympus_Mons");
  await screenshots(admin, "site-settings-errors");
  expect(await seriousViolations(admin)).toEqual([]);
});

test("the admin renames the site and sets its address: saved", async () => {
  await admin.getByLabel("Site name").fill(NEW_NAME);
  await admin.getByLabel("Public address").fill(NEW_ADDRESS);
  await admin.getByLabel("Time zone").fill("Asia/Singapore");
  await admin.getByLabel("DOI prefix").fill("10.12345");
  await admin.getByLabel("Depositor email").fill("web@harbour.example");
  await save(admin, "saved");
  await expect(success(admin).textContent()).resolves.toMatch(/^Settings saved/);
  await admin.reload();
  await expect(admin.getByLabel("Site name").inputValue()).resolves.toBe(NEW_NAME);
  await expect(admin.getByLabel("Public address").inputValue()).resolves.toBe(NEW_ADDRESS);
});

test("with no restart, the cached home page and piece show the new name and address", async () => {
  await reader.goto("/");
  await expect(reader.title()).resolves.toBe(`Commentaries | ${NEW_NAME}`);
  await expect(reader.getByRole("banner").getByRole("link", { name: NEW_NAME }).count()).resolves.toBe(1);
  await reader.goto(pieceUrl);
  await expect(canonical(reader)).resolves.toBe(`${NEW_ADDRESS}${pieceUrl}`);
  await expect(ogUrl(reader)).resolves.toBe(`${NEW_ADDRESS}${pieceUrl}`);
  const jsonLd = await reader.locator('script[type="application/ld+json"]').first().textContent();
  expect(jsonLd).toContain(`${NEW_ADDRESS}${pieceUrl}`);
  expect(jsonLd).not.toContain(baseUrl());
  expect(errorsLogged(reader)).toEqual([]);
});

test.each([
  ["/feeds/rss.xml", `<link>${NEW_ADDRESS}/commentaries/`],
  ["/feeds/atom.xml", `href="${NEW_ADDRESS}/commentaries/`],
  ["/sitemap.xml", `<loc>${NEW_ADDRESS}/sitemaps/`],
  ["/robots.txt", `Sitemap: ${NEW_ADDRESS}/sitemap.xml`],
])("%s names the new address and never the old one", async (path, expected) => {
  const body = await (await fetch(`${baseUrl()}${path}`)).text();
  expect(body).toContain(expected);
  expect(body).not.toContain(baseUrl());
});

test("the piece's citation downloads name the new address", async () => {
  for (const format of ["bibtex", "ris"]) {
    const body = await (await fetch(`${baseUrl()}${pieceUrl}/cite/${format}`)).text();
    expect(body).toContain(`${NEW_ADDRESS}${pieceUrl}`);
    expect(body).not.toContain(baseUrl());
  }
});

test.each([
  ["a writer", "amara@standfirst.example"],
  ["an editor", "editor@standfirst.example"],
])("%s cannot see or use the settings", async (_who, email) => {
  // Each in a context of its own, left open until the browser closes.
  const { page } = await newPage(browser);
  await signIn(page, email);
  await page.goto("/studio/admin/settings");
  await expect(page.getByText("You do not have permission to see this page.").count()).resolves.toBe(1);
  await expect(page.getByLabel("Site name").count()).resolves.toBe(0);
});

test("the admin puts the demo settings back, and the pages follow the served address again", async () => {
  await admin.getByLabel("Site name").fill(original.siteName);
  await admin.getByLabel("Public address").fill(original.baseUrl);
  await save(admin, "saved");
  await expect(success(admin).textContent()).resolves.toMatch(/^Settings saved/);
  await reader.goto(pieceUrl);
  await expect(canonical(reader)).resolves.toBe(`${baseUrl()}${pieceUrl}`);
  // A piece's title is its own; the site's name is in the home page's, as the first test checks.
  await reader.goto("/");
  await expect(reader.title()).resolves.toBe(`Commentaries | ${original.siteName}`);
});
