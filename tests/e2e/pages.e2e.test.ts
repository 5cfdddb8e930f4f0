// The main pages not covered by a flow, looked at: screenshots at desktop and 390 px,
// and axe's serious findings on the public author page and an edit page.
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";

let browser: Browser;
let reader: Page;
let admin: Page;

beforeAll(async () => {
  browser = await openBrowser();
  ({ page: reader } = await newPage(browser));
  ({ page: admin } = await newPage(browser));
  await signIn(admin, "admin@standfirst.example");
});
afterAll(() => browser?.close());

test("the author page lists the author's pieces and has no serious accessibility problem", async () => {
  await reader.goto("/authors/lucas-brandt");
  await expect(reader.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Lucas Brandt");
  await expect(
    reader.getByRole("link", { name: "Coastguards, Not Navies: The Quiet Architecture of Maritime Order" }).count(),
  ).resolves.toBe(1);
  await screenshots(reader, "author");
  expect(await seriousViolations(reader)).toEqual([]);
});

test.each([
  ["division", "/divisions/foreign-policy", "Foreign Policy and Public Diplomacy Division"],
  ["topic", "/topics/maritime-security", "Maritime Security"],
])("the %s page shows its name and pieces", async (name, url, heading) => {
  await reader.goto(url);
  await expect(reader.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(heading);
  await expect(
    reader.getByRole("link", { name: "Coastguards, Not Navies: The Quiet Architecture of Maritime Order" }).count(),
  ).resolves.toBe(1);
  await screenshots(reader, name);
  expect(await seriousViolations(reader)).toEqual([]);
});

test("an edit page has no serious accessibility problem", async () => {
  await admin.goto("/studio");
  await admin.getByRole("link", { name: "Green Shipping Corridors: From Declarations to Fuel Contracts" }).first().click();
  await admin.waitForURL(/\/studio\/articles\/[^/]+$/);
  await admin.getByRole("link", { name: "Edit", exact: true }).click();
  await admin.getByRole("textbox", { name: "Body" }).waitFor();
  await screenshots(admin, "editor-existing");
  expect(await seriousViolations(admin)).toEqual([]);
});

test.each([
  ["studio-dashboard", "/studio"],
  ["studio-articles", "/studio/articles?status=published"],
  ["outbox", "/studio/outbox"],
  ["admin-index", "/studio/admin"],
  ["admin-authors", "/studio/admin/authors"],
  ["admin-new-division", "/studio/admin/divisions/new"],
])("the %s page renders for an administrator", async (name, url) => {
  const response = await admin.goto(url);
  expect(response?.status()).toBe(200);
  await admin.getByRole("heading", { level: 1 }).waitFor();
  await screenshots(admin, name);
  expect(await seriousViolations(admin)).toEqual([]);
});

test("no page logged an error", () => {
  expect(errorsLogged(reader)).toEqual([]);
  expect(errorsLogged(admin)).toEqual([]);
});
