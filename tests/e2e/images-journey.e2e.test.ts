// Issue 17's first "done when", through the real pages from start to end: an editor uploads a
// photo and a chart in the media library and describes each (alt text, caption, credit), opens a
// new piece, makes the photo its lead image, puts the chart and a 3×3 table in its body, and
// submits it; an admin (a second person: no one signs off their own work) approves and publishes
// it. A reader then sees the lead image with caption and credit, the chart and the table, at
// 1280 and 390 px; the home page's and the author's cards show the photo; the head shares it
// (og:image, the large Twitter card, JSON-LD); every rendition the page names answers with its
// type and immutable caching; axe finds nothing serious.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import sharp from "sharp";
import { chartPng, photoJpeg } from "../helpers/images";
import { seriousViolations } from "./support/axe";
import { baseUrl, errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { pieceIdFromEditor, runTransition, waitUntilSaved } from "./support/studio";

const PHOTO = {
  file: "Trawlers at anchor.jpg",
  title: "Trawlers at anchor",
  alt: "Three blue trawlers at anchor in a calm bay at first light",
  caption: "Distant-water fleets wait out a patrol off the shelf edge.",
  credit: "Photo: Ines Duarte / Harbour Agency",
};
const CHART = {
  file: "Patrol days by quarter.png",
  title: "Patrol days by quarter",
  alt: "Bar chart: coastguard patrol days rose in four of five quarters",
  caption: "Coastguard patrol days, by quarter",
  credit: "Data: Regional Fisheries Bureau",
};
const TITLE = "Fishing Fleets on the Front Line";
const STANDFIRST = "Disputes at sea now begin with trawlers and coastguards, long before navies arrive.";
const FIRST = "Most incidents at sea now start with a fishing fleet, not a warship.";
const SECOND = "Coastguards log more patrol days every quarter, and keep the numbers public.";
const TABLE_CAPTION = "Incidents by kind of vessel";
const CELLS = ["Vessel", "2024", "2025", "Trawlers", "41", "57", "Patrol boats", "12", "19"];

let browser: Browser;
let editor: { context: BrowserContext; page: Page };
let admin: { context: BrowserContext; page: Page };
let reader: { context: BrowserContext; page: Page };
let id = "";
let articlePath = "";

beforeAll(async () => {
  browser = await openBrowser();
  editor = await newPage(browser);
  admin = await newPage(browser);
  reader = await newPage(browser);
});
afterAll(() => browser?.close());

/** Waits until the image has arrived and decoded (a lazy one once it is scrolled to): no broken icon. */
async function shown(image: Locator) {
  await image.scrollIntoViewIfNeeded();
  const handle = await image.elementHandle();
  await image.page().waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, handle, {
    timeout: 60_000,
  });
}

/** Opens the picker from `opener`, finds the image by its title and chooses it. */
async function chooseFromLibrary(page: Page, opener: Locator, title: string) {
  await opener.click();
  const picker = page.getByRole("dialog", { name: "Choose an image" });
  await picker.getByLabel("Title, alt text, caption or credit").fill(title);
  await picker.getByRole("button", { name: "Search" }).click();
  await picker.getByRole("button", { name: `Choose “${title}”` }).click();
  await picker.waitFor({ state: "hidden" });
}

test("an editor uploads a photo and a chart in the media library and gives each alt text, caption and credit", async () => {
  const { page } = editor;
  await signIn(page, "editor@standfirst.example");
  await page.goto("/studio/media");
  await page.getByLabel("Choose files…").setInputFiles([
    { name: PHOTO.file, mimeType: "image/jpeg", buffer: await photoJpeg(1600, 1067) },
    { name: CHART.file, mimeType: "image/png", buffer: await chartPng() },
  ]);
  const uploads = page.getByRole("list", { name: "Uploads" });
  for (const { file } of [PHOTO, CHART]) {
    await uploads.locator("li", { hasText: file }).getByText("Uploaded. Alt text missing").waitFor({ timeout: 60_000 });
  }

  for (const image of [PHOTO, CHART]) {
    await page.goto("/studio/media?filter=noAlt");
    await page.getByRole("link", { name: image.title, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: image.title }).waitFor();
    await page.getByLabel("Alt text").fill(image.alt);
    await page.getByLabel("Caption").fill(image.caption);
    await page.getByLabel("Credit").fill(image.credit);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").getByText("Saved.").waitFor();
  }
  // Both described: neither is left under "Missing alt text".
  await page.goto("/studio/media?filter=noAlt");
  await page.getByRole("link", { name: "Missing alt text", exact: true }).waitFor();
  for (const { title } of [PHOTO, CHART]) await expect(page.getByRole("link", { name: title, exact: true }).count()).resolves.toBe(0);
});

test("the editor writes a piece, makes the photo its lead image, puts the chart and a 3×3 table in its body, and submits it", async () => {
  const { page, context } = editor;
  await page.goto("/studio/articles/new");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Standfirst").fill(STANDFIRST);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type(FIRST);
  await page.keyboard.press("Enter");
  await page.keyboard.type(SECOND);
  id = await pieceIdFromEditor(page);
  await waitUntilSaved(page, context, id, SECOND);

  // The byline: a fellow's piece, which the editor prepares.
  await page.getByLabel("Author to add").selectOption({ label: "Amara Okafor" });
  await page.getByRole("button", { name: "Add author", exact: true }).click();

  const lead = page.getByRole("group", { name: "Lead image" });
  await chooseFromLibrary(page, lead.getByRole("button", { name: "Choose…" }), PHOTO.title);
  await lead.getByText(PHOTO.title, { exact: true }).waitFor();
  await lead.getByText(`Alt text: “${PHOTO.alt}”.`).waitFor();

  // The chart after the first paragraph: the figure takes the library's words.
  await body.getByText(FIRST).click();
  await page.keyboard.press("End");
  await chooseFromLibrary(page, page.getByRole("button", { name: "Insert image" }), CHART.title);
  const figure = page.getByRole("group", { name: `Image: ${CHART.alt}` });
  await shown(figure.locator("img"));
  await expect(figure.getByLabel("Caption").inputValue()).resolves.toBe(CHART.caption);
  await expect(figure.getByLabel("Credit").inputValue()).resolves.toBe(CHART.credit);

  // A 3×3 table after the second paragraph, filled cell by cell with Tab, and its caption.
  await body.getByText(SECOND).click();
  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Insert table" }).click();
  for (const [i, cell] of CELLS.entries()) {
    if (i > 0) await page.keyboard.press("Tab");
    await page.keyboard.type(cell);
  }
  await page.getByLabel("Table caption").fill(TABLE_CAPTION);
  await waitUntilSaved(page, context, id, TABLE_CAPTION);
  await screenshots(page, "images-journey-editor");

  await page.goto(`/studio/articles/${id}`);
  await runTransition(page, "Submit for review", "submitted for review");
});

test("a second person, the admin, approves and publishes it", async () => {
  const { page } = admin;
  await signIn(page, "admin@standfirst.example");
  await page.goto(`/studio/articles/${id}`);
  await runTransition(page, "Approve", "approved");
  await runTransition(page, "Publish now", "published");
  const link = page.getByRole("link", { name: `read “${TITLE}” on the public site` });
  articlePath = (await link.getAttribute("href")) ?? "";
  expect(articlePath).toMatch(/^\/commentaries\//);
});

test("a reader sees the lead image with caption and credit, the chart and the table, at 1280 and 390 px", async () => {
  const { page } = reader;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(articlePath);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(TITLE);

    const lead = page.locator("article.piece figure.lead-image");
    const photo = lead.getByRole("img", { name: PHOTO.alt });
    await shown(photo);
    await expect(lead.locator("figcaption").innerText()).resolves.toBe(`${PHOTO.caption} ${PHOTO.credit}`);
    // The page's largest paint comes at once; the chart further down waits until it is near.
    await expect(photo.getAttribute("loading")).resolves.toBeNull();
    await expect(photo.getAttribute("fetchpriority")).resolves.toBe("high");

    const chart = page.getByRole("figure", { name: new RegExp(CHART.caption) });
    const chartImage = chart.getByRole("img", { name: CHART.alt });
    await expect(chartImage.getAttribute("loading")).resolves.toBe("lazy");
    await shown(chartImage);
    await expect(chart.locator("figcaption").innerText()).resolves.toBe(`${CHART.caption} ${CHART.credit}`);

    const table = page.getByRole("region", { name: TABLE_CAPTION }).getByRole("table", { name: TABLE_CAPTION });
    await expect(table.getByRole("columnheader").allTextContents()).resolves.toEqual(["Vessel", "2024", "2025"]);
    await expect(table.getByRole("row").allTextContents()).resolves.toEqual(["Vessel20242025", "Trawlers4157", "Patrol boats1219"]);

    // Nothing wider than the screen: the page does not scroll sideways.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 844 });
  await screenshots(page, "images-journey-article");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the home page's card and the author's page show the photo's card crop; the author's page shares her portrait", async () => {
  const { page } = reader;
  for (const address of ["/", "/authors/amara-okafor"]) {
    await page.goto(address);
    const card = page.locator("article.card").filter({ has: page.getByRole("link", { name: TITLE }) });
    const image = card.getByRole("img", { name: PHOTO.alt });
    await shown(image);
    await expect(image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).resolves.toMatch(
      /\/card-(480|960)-\d+-\d+\.(avif|webp|jpg)$/,
    );
  }
  // The author's page, shared, shows her portrait: the square JPEG that JSON-LD names too.
  const html = await (await fetch(`${baseUrl()}/authors/amara-okafor`)).text();
  const portrait = /<meta property="og:image" content="([^"]+)"\/>/.exec(html)?.[1] ?? "";
  expect(portrait).toMatch(new RegExp(`^${baseUrl()}/media/[^/]+/[^/]+/square-400-\\d+-\\d+\\.jpg$`));
  expect(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]).mainEntity.image).toBe(portrait);
  expect((await fetch(portrait)).headers.get("content-type")).toBe("image/jpeg");

  await page.goto("/");
  await screenshots(page, "images-journey-home");
});

test("the article's head shares the photo: og:image (the 1200×630 JPEG), the large Twitter card, JSON-LD image", async () => {
  const html = await (await fetch(`${baseUrl()}${articlePath}`)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const ogImage = /<meta property="og:image" content="([^"]+)"\/>/.exec(head)?.[1] ?? "";
  expect(ogImage).toMatch(new RegExp(`^${baseUrl()}/media/[^/]+/[^/]+/social-1200-\\d+-\\d+\\.jpg$`));
  expect(head).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  expect(head).toContain(`<meta name="twitter:image:alt" content="${PHOTO.alt}"/>`);
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]);
  expect(jsonLd.image).toEqual({ "@type": "ImageObject", url: ogImage, width: 1200, height: 630 });

  const social = await fetch(ogImage);
  expect({ status: social.status, type: social.headers.get("content-type") }).toEqual({ status: 200, type: "image/jpeg" });
  const meta = await sharp(Buffer.from(await social.arrayBuffer())).metadata();
  expect({ width: meta.width, height: meta.height }).toEqual({ width: 1200, height: 630 });
});

test("every rendition the article's HTML names answers 200 with its type and immutable caching", async () => {
  const html = await (await fetch(`${baseUrl()}${articlePath}`)).text();
  const named = new Set<string>();
  for (const [, attribute, value] of html.matchAll(/\s(src|srcset|imagesrcset)="([^"]*)"/gi)) {
    const candidates = attribute.toLowerCase() === "src" ? [value] : value.split(",").map((c) => c.trim().split(/\s+/)[0]);
    for (const url of candidates) if (url.startsWith("/media/")) named.add(url.replace(/&amp;/g, "&"));
  }
  const types: Record<string, string> = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" };
  // The lead image's five widths in three formats at least, the chart's and the portrait's too.
  expect(named.size).toBeGreaterThanOrEqual(15 + 6);
  const wrong: string[] = [];
  for (const url of named) {
    const response = await fetch(`${baseUrl()}${url}`, { redirect: "manual" });
    await response.arrayBuffer();
    const expected = types[url.slice(url.lastIndexOf(".") + 1)];
    const type = response.headers.get("content-type");
    const cache = response.headers.get("cache-control") ?? "";
    if (response.status !== 200 || type !== expected || !cache.includes("immutable"))
      wrong.push(`${url}: ${response.status} ${type} "${cache}"`);
  }
  expect(wrong).toEqual([]);
}, 600_000);

test("no page logged an error", () => {
  expect(errorsLogged(editor.page)).toEqual([]);
  expect(errorsLogged(admin.page)).toEqual([]);
  expect(errorsLogged(reader.page)).toEqual([]);
});
