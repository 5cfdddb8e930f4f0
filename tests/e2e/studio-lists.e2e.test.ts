// The studio's list of all commentaries at more than a page: an editor searches it, filters it,
// pages forwards and back, and finds the filtered lists behind the dashboard's "See all" links;
// without a session the list sends to sign-in. Its extra pieces are dated years back, so the
// other flows' dashboards (the ten latest changes) do not see them, and removed at the end.
import type { Browser, Page } from "playwright-core";
import { db } from "@/lib/platform/db";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";

const PREFIX = "Ledger of harbour dues";
const COUNT = 60;

let browser: Browser;
let editor: Page;

beforeAll(async () => {
  const author = await db.user.findUniqueOrThrow({ where: { email: "lucas@standfirst.example" }, include: { author: true } });
  const division = await db.division.findFirstOrThrow({ orderBy: { name: "asc" } });
  for (let i = 0; i < COUNT; i++) {
    await db.article.create({
      data: {
        slug: `studio-lists-e2e-${i}`,
        title: `${PREFIX} ${String(i).padStart(2, "0")}`,
        standfirst: i === 7 ? "How a quayside tariff outlived its port." : "",
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Dues." }] }] },
        status: i % 2 ? "draft" : "approved",
        divisionId: i % 3 ? null : division.id,
        createdById: author.id,
        updatedAt: new Date(Date.UTC(2019, 0, 1, 0, i)),
        authors: { create: author.author ? [{ authorId: author.author.id, position: 0 }] : [] },
      },
    });
  }
  browser = await openBrowser();
  ({ page: editor } = await newPage(browser));
  await signIn(editor, "editor@standfirst.example");
});
afterAll(async () => {
  await db.article.deleteMany({ where: { slug: { startsWith: "studio-lists-e2e-" } } });
  await browser?.close();
  await db.$disconnect();
});

const rows = (page: Page) => page.locator("table tbody tr");
const titles = async (page: Page) => (await page.locator("table tbody tr td:first-child a").allTextContents()).map((t) => t.trim());

test("without a session the list sends to sign-in", async () => {
  const { page } = await newPage(browser);
  await page.goto("/studio/articles?q=harbour");
  await page.waitForURL(/\/sign-in/);
  // As for every studio page: the sign-in form, returning to the studio afterwards.
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toMatch(/^\/studio/);
  expect(await page.getByText("Ledger of harbour dues").count()).toBe(0);
});

test("an editor searches the list, pages forwards and back, and sees the active search", async () => {
  await editor.goto("/studio/articles");
  await editor.getByRole("heading", { level: 1, name: "All commentaries" }).waitFor();
  await editor.getByLabel("Title or standfirst").fill("harbour DUES");
  await editor.getByRole("button", { name: "Search" }).click();
  await editor.waitForURL(/q=harbour\+DUES/);
  await expect(editor.getByRole("status").textContent()).resolves.toContain("“harbour DUES”");
  expect(await rows(editor).count()).toBe(50);
  const first = await titles(editor);
  // Newest change first: 59 down to 10.
  expect(first[0]).toBe(`${PREFIX} 59`);
  expect(first[49]).toBe(`${PREFIX} 10`);
  await screenshots(editor, "studio-articles-search");

  await editor.getByRole("link", { name: "Next page" }).click();
  await editor.waitForURL(/after=/);
  const second = await titles(editor);
  expect(second).toEqual(Array.from({ length: 10 }, (_, i) => `${PREFIX} ${String(9 - i).padStart(2, "0")}`));
  expect(await editor.getByRole("link", { name: "Next page" }).count()).toBe(0);

  await editor.getByRole("link", { name: "Previous page" }).click();
  await editor.waitForURL(/before=/);
  expect(await titles(editor)).toEqual(first);
  expect(errorsLogged(editor)).toEqual([]);
});

test("filters by state and division narrow the search; the standfirst is searched too", async () => {
  await editor.goto("/studio/articles?q=harbour");
  await editor.getByLabel("State").selectOption("draft");
  await editor.getByRole("button", { name: "Search" }).click();
  await editor.waitForURL(/status=draft/);
  const drafts = await titles(editor);
  expect(drafts).toHaveLength(30);
  expect(await editor.locator("table tbody .status").allTextContents()).toEqual(Array(30).fill("Draft"));

  const division = await db.division.findFirstOrThrow({ orderBy: { name: "asc" } });
  await editor.getByLabel("Division").selectOption(division.id);
  await editor.getByRole("button", { name: "Search" }).click();
  await editor.waitForURL(/division=/);
  // Drafts are the odd numbers, the division every third: 3, 9, 15, ... 57.
  expect((await titles(editor)).length).toBe(10);
  await expect(editor.getByRole("status").textContent()).resolves.toContain(division.name);
  await screenshots(editor, "studio-articles-filtered");

  await editor.goto("/studio/articles?q=quayside");
  expect(await titles(editor)).toEqual([`${PREFIX} 07`]);
});

test("a search that matches nothing says so, and a bad filter value falls back", async () => {
  await editor.goto("/studio/articles?q=zebra+crossings&status=published");
  await expect(editor.locator(".list-empty").textContent()).resolves.toContain("No commentaries match “zebra crossings”, Published.");
  await screenshots(editor, "studio-articles-empty");
  const response = await editor.goto("/studio/articles?status=bogus&after=nonsense&division=not%20an%20id&author=a&author=b");
  expect(response?.status()).toBe(200);
  expect(await rows(editor).count()).toBeGreaterThan(0);
  await expect(editor.getByRole("status").textContent()).resolves.toBe("Showing all commentaries.");
});

test("the dashboard links each section to the list it comes from", async () => {
  await editor.goto("/studio");
  await screenshots(editor, "studio-lists-dashboard");
  // A section with pieces leads to all of them; an empty one has nothing to lead to.
  const sections = editor.locator(".dashboard section.panel");
  let empty = 0;
  for (let i = 0; i < (await sections.count()); i++) {
    const section = sections.nth(i);
    const pieces = await section.locator("li").count();
    if (pieces === 0) empty++;
    expect(await section.getByRole("link", { name: /^See all/ }).count()).toBe(pieces === 0 ? 0 : 1);
  }
  expect(empty).toBeGreaterThan(0);
  await editor.getByRole("link", { name: "See all commentaries" }).click();
  await editor.waitForURL(/\/studio\/articles$/);
  await editor.goto("/studio");
  await editor.getByRole("link", { name: "See all scheduled pieces" }).click();
  await editor.waitForURL(/status=scheduled/);
  expect(await editor.locator("table tbody .status").allTextContents()).toEqual(expect.arrayContaining(["Scheduled"]));
});
