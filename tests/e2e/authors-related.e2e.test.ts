// An editor gives an author an ORCID iD and a link in the studio; readers find both on the
// author's page and in "About the writer" under their pieces, and each piece ends with
// "Related reading" cards that lead to other live pieces.
import type { Browser, Page } from "playwright-core";
import { db } from "@/lib/platform/db";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";

const ORCID = "https://orcid.org/0000-0002-1825-0097";
const LINK = { label: "University page", url: "https://university.example/people/amara-okafor" };

let browser: Browser;
let editor: Page;
let reader: Page;
let author: { id: string; slug: string; displayName: string };
let pieceSlug: string;

beforeAll(async () => {
  author = await db.authorProfile.findUniqueOrThrow({
    where: { slug: "amara-okafor" },
    select: { id: true, slug: true, displayName: true },
  });
  // One of her live pieces, the newest.
  const piece = await db.publication.findFirstOrThrow({
    where: { liveFrom: { lte: new Date() }, authors: { some: { authorId: author.id } } },
    orderBy: { publishedAt: "desc" },
    select: { slug: true },
  });
  pieceSlug = piece.slug;
  browser = await openBrowser();
  ({ page: editor } = await newPage(browser));
  ({ page: reader } = await newPage(browser));
  await signIn(editor, "editor@standfirst.example");
});
afterAll(() => browser?.close());

test("the editor is told a mistyped ORCID iD is wrong, then saves the right one and a link", async () => {
  await editor.goto(`/studio/admin/authors/${author.id}`);
  await editor.getByLabel("ORCID iD").fill("0000-0002-1825-0098");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await editor.getByRole("alert").getByText("The ORCID iD 0000-0002-1825-0098 is not valid", { exact: false }).waitFor();
  await expect(editor.getByLabel("ORCID iD").getAttribute("aria-invalid")).resolves.toBe("true");

  await editor.getByLabel("ORCID iD").fill(ORCID);
  await editor.getByLabel("Label 1").fill(LINK.label);
  await editor.getByLabel("Address 1").fill(LINK.url);
  await screenshots(editor, "authors-related-author-form");
  expect(await seriousViolations(editor)).toEqual([]);
  await editor.getByRole("button", { name: "Save changes" }).click();
  await editor.waitForURL(/\/studio\/admin\/authors$/);
  await expect(db.authorProfile.findUniqueOrThrow({ where: { id: author.id } })).resolves.toMatchObject({
    orcid: "0000-0002-1825-0097",
    links: [LINK],
  });
});

test("the author's page shows the ORCID iD as its full address and the link, and passes axe", async () => {
  await reader.goto(`/authors/${author.slug}`);
  const orcid = reader.getByRole("link", { name: `ORCID iD: ${ORCID}` });
  await expect(orcid.getAttribute("href")).resolves.toBe(ORCID);
  const links = reader.getByRole("list", { name: `${author.displayName} elsewhere` });
  await expect(links.getByRole("link", { name: LINK.label }).getAttribute("href")).resolves.toBe(LINK.url);
  await reader.setViewportSize({ width: 1280, height: 900 });
  await screenshots(reader, "authors-related-author-page");
  expect(await seriousViolations(reader)).toEqual([]);
});

test("a piece's About the writer shows them, and Related reading lists cards of other live pieces", async () => {
  await reader.goto(`/commentaries/${pieceSlug}`);
  const about = reader.getByRole("region", { name: /About the writer/ });
  await expect(about.getByRole("link", { name: `ORCID iD: ${ORCID}` }).count()).resolves.toBe(1);
  await expect(about.getByRole("link", { name: LINK.label }).getAttribute("href")).resolves.toBe(LINK.url);

  const related = reader.getByRole("region", { name: "Related reading" });
  const cards = related.getByRole("listitem");
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(3);
  const hrefs = await related
    .getByRole("heading", { level: 3 })
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).toHaveLength(count);
  for (const href of hrefs) {
    const slug = href!.replace(/^\/commentaries\//, "");
    expect(slug).not.toBe(pieceSlug);
    await expect(db.publication.count({ where: { slug, liveFrom: { lte: new Date() } } })).resolves.toBe(1);
  }
  // Under the piece and before the comments.
  const order = await reader.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
    return { about: top("#about-heading"), related: top("#related-reading-heading"), comments: top(".comments") };
  });
  expect(order.related).toBeGreaterThan(order.about);
  if (order.comments >= 0) expect(order.comments).toBeGreaterThan(order.related);

  // The first card leads to a live piece.
  await related.getByRole("heading", { level: 3 }).getByRole("link").first().click();
  await reader.waitForURL(hrefs[0]!);
  await expect(reader.getByRole("heading", { level: 1 }).count()).resolves.toBe(1);

  await reader.goto(`/commentaries/${pieceSlug}`);
  await reader.setViewportSize({ width: 1280, height: 900 });
  await screenshots(reader, "authors-related-piece");
  expect(await seriousViolations(reader)).toEqual([]);
});

test("no page logged an error", () => {
  expect(errorsLogged(editor)).toEqual([]);
  expect(errorsLogged(reader)).toEqual([]);
});
