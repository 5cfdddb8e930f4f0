// Flow 5 of issue 5: a writer cannot reach another writer's draft or any publishing
// control, by following links or by guessing addresses.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { errorsLogged, newPage, openBrowser, signIn } from "./support/browser";
import { pieceIdFromEditor, waitUntilSaved } from "./support/studio";

const AMARAS_DRAFT = "Amara's Unsubmitted Notes on Ferry Safety";
const PUBLISHING_BUTTONS = ["Approve", "Publish now", "Schedule", "Unpublish"];

let browser: Browser;
let amara: { context: BrowserContext; page: Page };
let lucas: { context: BrowserContext; page: Page };
let draftId = "";

beforeAll(async () => {
  browser = await openBrowser();
  amara = await newPage(browser);
  lucas = await newPage(browser);
  await signIn(amara.page, "amara@standfirst.example");
  await signIn(lucas.page, "lucas@standfirst.example");
});
afterAll(() => browser?.close());

test("amara starts a draft of her own", async () => {
  const { page, context } = amara;
  await page.goto("/studio/articles/new");
  await page.getByLabel("Title").fill(AMARAS_DRAFT);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Ferries carry more people than planes in much of the region.");
  draftId = await pieceIdFromEditor(page);
  await waitUntilSaved(page, context, draftId, "Ferries carry more people");
});

test.each(["", "/edit", "/history", "/preview"])("lucas guessing /studio/articles/<amara's draft>%s gets the 404 page", async (suffix) => {
  const { page } = lucas;
  const response = await page.goto(`/studio/articles/${draftId}${suffix}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
  expect(await page.getByText(AMARAS_DRAFT).count()).toBe(0);
  expect(await page.getByText("Ferries carry more people").count()).toBe(0);
});

test("amara's draft is not among the pieces lucas's studio lists", async () => {
  const { page } = lucas;
  await page.goto("/studio");
  await page.getByRole("heading", { level: 1 }).waitFor();
  expect(await page.getByText(AMARAS_DRAFT).count()).toBe(0);
});

test.each([
  ["his draft", "Green Shipping Corridors: From Declarations to Fuel Contracts"],
  ["his published piece", "Coastguards, Not Navies: The Quiet Architecture of Maritime Order"],
])("on %s lucas has no publishing control", async (_label, title) => {
  const { page } = lucas;
  await page.goto("/studio");
  await page.getByRole("link", { name: title }).first().click();
  await page.waitForURL(/\/studio\/articles\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(title);
  await page.getByRole("heading", { name: "Workflow" }).waitFor();
  for (const name of PUBLISHING_BUTTONS) {
    expect([name, await page.getByRole("button", { name, exact: true }).count()]).toEqual([name, 0]);
  }
});

test("the outbox, comment moderation and administration refuse lucas", async () => {
  const { page } = lucas;
  const outbox = await page.goto("/studio/outbox");
  expect(outbox?.status()).toBe(404);
  expect(await page.getByRole("table").count()).toBe(0);

  await page.goto("/studio/comments");
  await page.getByText("Only editors and administrators moderate reader comments.").waitFor();
  expect(await page.getByRole("table").count()).toBe(0);
  expect(await page.getByRole("button", { name: "Approve", exact: true }).count()).toBe(0);

  await page.goto("/studio/admin");
  await page.getByText("You do not have permission to see this page.").waitFor();
  expect(await page.getByRole("navigation", { name: "Administration" }).count()).toBe(0);
  await page.goto("/studio/admin/users");
  await page.getByText("You do not have permission to see this page.").waitFor();
  expect(await page.getByText("editor@standfirst.example").count()).toBe(0);
});

test("an address guessed under /studio that matches nothing gets a working 404 page", async () => {
  const { page } = lucas;
  // (/studio/articles, guessed here before, is now the list of commentaries.)
  const response = await page.goto("/studio/drafts");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
  // A 404 page prerendered without the nonce had its scripts refused by the studio's CSP:
  // the console check below ("no page logged an error") catches that.
  await page.getByRole("link", { name: "Search all commentaries" }).waitFor();
});

test("no page logged an error", () => {
  // The 404 responses themselves log "Failed to load resource" in the console: those are the point of the test.
  const unexpected = errorsLogged(lucas.page).filter((e) => !/status of 404/.test(e));
  expect(unexpected).toEqual([]);
  expect(errorsLogged(amara.page)).toEqual([]);
});
