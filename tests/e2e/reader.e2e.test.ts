// Flow 3 (the reading part): a reader opens the home page and a piece, follows a footnote
// down and back up, and finds the author's bio and the series disclaimer.
import { Client } from "pg";
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
  // The seed writes the disclaimer's address out bare, as an editor would type it: it is a link.
  await expect(disclaimer.getByRole("link", { name: "https://example.org/commentaries/submit" }).getAttribute("href")).resolves.toBe(
    "https://example.org/commentaries/submit",
  );
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
  // 301: the production server answers a GET's permanent redirect so (lib/platform/http/permanent-redirects.ts).
  expect({ status: old.status, location: old.headers.get("location") }).toEqual({
    status: 301,
    location: "/commentaries?topic=defence&page=2",
  });
});

/**
 * An author with `count` live pieces, an hour apart, copied (through SQL, as no flow makes
 * fourteen pieces quickly) from a demo piece: a collection of more than one page.
 */
async function authorWithPieces(count: number): Promise<string> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const columns = async (table: string) =>
      (
        await client.query<{ name: string }>(
          `SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 AND is_generated = 'NEVER'`,
          [table],
        )
      ).rows
        .map((c) => `"${c.name}"`)
        .join(", ");
    // A copy of one row with some values replaced, whatever the table's other columns are.
    const copy = async (table: string, where: string, id: string, changes: Record<string, unknown>) => {
      const list = await columns(table);
      await client.query(
        `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_record(NULL::"${table}",
           (SELECT to_jsonb(t) FROM "${table}" t WHERE "${where}" = $1) || $2::jsonb)`,
        [id, JSON.stringify(changes)],
      );
    };
    const run = Date.now().toString(36);
    const slug = `pager-${run}`;
    const { rows } = await client.query<{ articleId: string; authorId: string }>(
      `SELECT p."articleId", pa."authorId" FROM "Publication" p JOIN "PublicationAuthor" pa ON pa."publicationId" = p."articleId" LIMIT 1`,
    );
    const [model] = rows;
    await copy("AuthorProfile", "id", model.authorId, { id: slug, slug, displayName: `Pager Fellow ${run}`, userId: null });
    for (let i = 0; i < count; i++) {
      const id = `${slug}-${i}`;
      const at = new Date(Date.now() - (i + 1) * 3_600_000).toISOString();
      await copy("Article", "id", model.articleId, { id, slug: id, publishedAt: at });
      await copy("Publication", "articleId", model.articleId, {
        articleId: id,
        slug: id,
        title: `Paged piece ${i}`,
        publishedAt: at,
        liveFrom: at,
      });
      await client.query(
        `INSERT INTO "PublicationAuthor" ("publicationId", "authorId", "position", "publishedAt", "liveFrom") VALUES ($1, $2, 0, $3, $3)`,
        [id, slug, at],
      );
    }
    return slug;
  } finally {
    await client.end();
  }
}

test("a collection pages by cursor: Older and Newer links, and old page-number links move there for good", async () => {
  const slug = await authorWithPieces(14);
  const cards = page.locator(".card-list article");
  await page.goto(`/authors/${slug}`);
  await expect(page.getByRole("heading", { name: "Commentaries (14)" }).count()).resolves.toBe(1);
  await expect(cards.count()).resolves.toBe(12);
  await expect(page.getByRole("link", { name: /Newer commentaries/ }).count()).resolves.toBe(0);
  const older = page.getByRole("link", { name: /Older commentaries/ });
  await expect(older.getAttribute("rel")).resolves.toBe("next");
  const olderHref = (await older.getAttribute("href"))!;
  expect(olderHref).toMatch(new RegExp(`^/authors/${slug}/after/[0-9]+\\.${slug}-11$`));
  await older.click();
  await page.waitForURL((url) => url.pathname === olderHref);
  await expect(cards.count()).resolves.toBe(2);
  await expect(page.getByRole("link", { name: /Older commentaries/ }).count()).resolves.toBe(0);
  const newer = page.getByRole("link", { name: /Newer commentaries/ });
  await expect(newer.getAttribute("rel")).resolves.toBe("prev");
  await screenshots(page, "collection-older-page");
  expect(await seriousViolations(page)).toEqual([]);
  // Back to the newest pieces: the first page in full, with no Newer link, naming the first page's address.
  const newerHref = (await newer.getAttribute("href"))!;
  expect(newerHref).toMatch(new RegExp(`^/authors/${slug}/before/[0-9]+\\.${slug}-12$`));
  await newer.click();
  await page.waitForURL((url) => url.pathname === newerHref);
  await expect(cards.count()).resolves.toBe(12);
  await expect(page.getByRole("link", { name: /Newer commentaries/ }).count()).resolves.toBe(0);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical && new URL(canonical).pathname).toBe(`/authors/${slug}`);

  const answer = async (target: string) => {
    const response = await fetch(`${baseUrl()}${target}`, { redirect: "manual" });
    return { target, status: response.status, location: response.headers.get("location") };
  };
  // Yesterday's /page/N: the same place by cursor, or the first page past the end; never a 404.
  expect(await answer(`/authors/${slug}/page/2`)).toEqual({ target: `/authors/${slug}/page/2`, status: 301, location: olderHref });
  for (const extra of ["/page/1", "/page/two", "/page/999"]) {
    expect(await answer(`/authors/${slug}${extra}`)).toEqual({
      target: `/authors/${slug}${extra}`,
      status: 301,
      location: `/authors/${slug}`,
    });
  }
  // A cursor that is not one, or past the end, shows the first page, naming it as the canonical address.
  for (const extra of ["/after/nonsense", "/before/12.", "/after/0.a"]) {
    await page.goto(`/authors/${slug}${extra}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect({ extra, cards: await cards.count(), canonical: canonical && new URL(canonical).pathname }).toEqual({
      extra,
      cards: 12,
      canonical: `/authors/${slug}`,
    });
  }
  // All commentaries keep the query string; ?page=N moves the same way.
  const moved = await answer("/commentaries?page=2");
  expect(moved).toMatchObject({ status: 301, location: expect.stringMatching(/^\/commentaries\?after=[0-9]+\.[\w-]+$/) });
});

test("no page logged an error (a script refused by the CSP, a failed hydration)", () => {
  expect(errorsLogged(page)).toEqual([]);
});
