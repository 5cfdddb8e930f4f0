// Lead images in Chromium. A reader sees the published demo piece's lead image with its caption
// and credit, at desktop width and at 390 px, and the card images on the home page (and a card
// without one); the page's head preloads the image and shares it. An editor changes a draft's
// lead image through the details panel and the library's picker, uploading one without alt
// text, and is told so, there and when submitting.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { db } from "@/lib/platform/db";
import { seriousViolations } from "./support/axe";
import { baseUrl, errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { saveStatus } from "./support/studio";
import { photoJpeg } from "../helpers/images";

const ARTICLE = "/commentaries/coastguards-not-navies-quiet-architecture-of-maritime-order";
const DRAFT = "green-shipping-corridors-from-declarations-to-fuel-contracts";

let browser: Browser;
let reader: Page;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "lead-image-e2e-"));
  browser = await openBrowser();
  ({ page: reader } = await newPage(browser));
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
  await db.$disconnect();
});

/** Each image on the page that is in view has arrived and been decoded (none is a broken icon). */
async function imagesShown(page: Page, selector: string) {
  const images = page.locator(selector);
  await images.first().waitFor();
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect(image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0);
  }
  return images;
}

test("the article shows its lead image over the standfirst, with caption and credit, at 1280 and 390 px", async () => {
  for (const width of [1280, 390]) {
    await reader.setViewportSize({ width, height: 900 });
    await reader.goto(ARTICLE);
    const figure = reader.locator("article.piece figure.lead-image");
    const [image] = await (await imagesShown(reader, "figure.lead-image img")).all();
    await expect(image.getAttribute("alt")).resolves.toBe(
      "A container port at dusk: cranes over a city skyline, two patrol vessels on the water.",
    );
    await expect(image.getAttribute("loading")).resolves.toBeNull();
    await expect(image.getAttribute("fetchpriority")).resolves.toBe("high");
    await expect(figure.locator("figcaption").innerText()).resolves.toBe(
      "Most encounters at sea now involve white-hulled law-enforcement vessels, not warships. Illustration: Standfirst demo",
    );
    // Within the column, at the image's own proportions, and above the standfirst.
    const box = (await image.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(Math.min(672, width - 40) + 1);
    expect(box.width / box.height).toBeCloseTo(1.5, 1);
    const standfirst = (await reader.locator(".piece__header .standfirst").boundingBox())!;
    expect(box.y + box.height).toBeLessThan(standfirst.y);
    // The portrait beside "About the writer".
    await imagesShown(reader, ".about__portrait img");
  }
  await reader.setViewportSize({ width: 1280, height: 900 });
  await screenshots(reader, "lead-image-article");
  expect(await seriousViolations(reader)).toEqual([]);
  expect(errorsLogged(reader)).toEqual([]);
});

test("the article's head preloads the lead image and shares it: og:image, the large Twitter card, JSON-LD", async () => {
  const html = await (await fetch(`${baseUrl()}${ARTICLE}`)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  expect(head).toMatch(/<link rel="preload" as="image" type="image\/avif" fetchPriority="high" imageSrcSet="[^"]+w960\.avif 960w[^"]*"/);
  expect(head).toMatch(/<meta property="og:image" content="http[^"]+\/social-1200-\d+-\d+\.jpg"\/>/);
  expect(head).toContain('<meta property="og:image:width" content="1200"/>');
  expect(head).toContain('<meta property="og:image:height" content="630"/>');
  expect(head).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]);
  expect(jsonLd.image).toMatchObject({ "@type": "ImageObject", width: 1200, height: 630 });
  expect(jsonLd.author[0].image).toMatch(/\/square-400-\d+-\d+\.jpg$/);
  // The social crop is a real JPEG of that size.
  const social = await fetch(jsonLd.image.url.replace(/^https?:\/\/[^/]+/, baseUrl()));
  expect(social.headers.get("content-type")).toBe("image/jpeg");
});

test("home page cards show their image's card crop, and a card without one still reads", async () => {
  for (const width of [1280, 390]) {
    await reader.setViewportSize({ width, height: 900 });
    await reader.goto("/");
    const withImage = reader.locator("article.card").filter({ hasText: "Coastguards, Not Navies" });
    const [image] = await (await imagesShown(reader, "article.card .card__image img")).all();
    await expect(withImage.locator("img").getAttribute("alt")).resolves.toMatch(/^A container port at dusk/);
    // The first card is in view at once: not left to lazy loading; the others are.
    await expect(image.getAttribute("loading")).resolves.toBe("eager");
    await expect(reader.locator("article.card .card__image img").nth(1).getAttribute("loading")).resolves.toBe("lazy");
    const box = (await image.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    const plain = reader.locator("article.card").filter({ hasText: "When Export Controls Become Industrial Policy" });
    await expect(plain.locator("img").count()).resolves.toBe(0);
  }
  await reader.setViewportSize({ width: 1280, height: 900 });
  await screenshots(reader, "lead-image-home");
  expect(await seriousViolations(reader)).toEqual([]);
});

test("an editor removes a draft's lead image, uploads another through the picker, and is told it lacks alt text", async () => {
  writeFileSync(path.join(folder, "Quay at noon.jpg"), await photoJpeg(1600, 1000));
  const { page: editor } = await newPage(browser);
  await signIn(editor, "editor@standfirst.example");
  const draft = await db.article.findUniqueOrThrow({ where: { slug: DRAFT }, select: { id: true } });
  await editor.goto(`/studio/articles/${draft.id}/edit`);
  const field = editor.getByRole("group", { name: "Lead image" });
  await expect(field.getByText("Shipping routes between ports").count()).resolves.toBe(1);

  await field.getByRole("button", { name: "Remove" }).click();
  await saveStatus(editor)
    .filter({ hasText: /^Saved at/ })
    .waitFor();
  await expect(db.article.findUniqueOrThrow({ where: { id: draft.id } }).then((a) => a.leadImageId)).resolves.toBeNull();

  await field.getByRole("button", { name: "Choose…" }).click();
  const picker = editor.getByRole("dialog", { name: "Choose an image" });
  await picker.locator('input[type="file"]').setInputFiles(path.join(folder, "Quay at noon.jpg"));
  await picker.getByRole("button", { name: "Choose “Quay at noon”" }).click();
  await expect(field.getByRole("status").innerText()).resolves.toMatch(/^Alt text missing: the piece cannot go to review without it\./);
  await expect(field.getByRole("link", { name: "Add it in the library" }).getAttribute("href")).resolves.toMatch(/^\/studio\/media\//);
  await saveStatus(editor)
    .filter({ hasText: /^Saved at/ })
    .waitFor();
  const saved = await db.article.findUniqueOrThrow({ where: { id: draft.id }, select: { leadImageId: true, mediaIds: true } });
  const uploaded = await db.mediaAsset.findFirstOrThrow({ where: { title: "Quay at noon" } });
  expect(saved).toEqual({ leadImageId: uploaded.id, mediaIds: [uploaded.id] });
  await screenshots(editor, "lead-image-editor");

  await editor.goto(`/studio/articles/${draft.id}`);
  await editor.getByRole("button", { name: "Submit for review", exact: true }).click();
  await editor.getByText("The lead image has no alt text.", { exact: false }).first().waitFor();
  await expect(db.article.findUniqueOrThrow({ where: { id: draft.id } }).then((a) => a.status)).resolves.toBe("draft");
});

test("the author form shows the portrait from the library, and a portrait chosen there reaches the author's page", async () => {
  const { page: editor } = await newPage(browser);
  await signIn(editor, "editor@standfirst.example");
  const lucas = await db.authorProfile.findUniqueOrThrow({ where: { slug: "lucas-brandt" }, select: { id: true } });
  await editor.goto(`/studio/admin/authors/${lucas.id}`);
  const field = editor.getByRole("group", { name: "Portrait" });
  await expect(field.getByText("Portrait: Lucas Brandt").count()).resolves.toBe(1);
  await imagesShown(editor, ".media-field__preview");
  await screenshots(editor, "lead-image-author-form");
  expect(await seriousViolations(editor)).toEqual([]);

  await field.getByRole("button", { name: "Choose…" }).click();
  const picker = editor.getByRole("dialog", { name: "Choose an image" });
  await picker.getByRole("button", { name: "Choose “Portrait: Amara Okafor”" }).click();
  await editor.getByRole("button", { name: "Save changes" }).click();
  const amaraFace = await db.mediaAsset.findFirstOrThrow({ where: { title: "Portrait: Amara Okafor" } });
  const portraitOf = () => db.authorProfile.findUniqueOrThrow({ where: { id: lucas.id } }).then((a) => a.portraitId);
  for (let tries = 0; (await portraitOf()) !== amaraFace.id && tries < 50; tries++) await editor.waitForTimeout(200);
  await expect(portraitOf()).resolves.toBe(amaraFace.id);

  await reader.goto("/authors/lucas-brandt");
  const portrait = reader.locator(".profile__portrait img");
  await expect(portrait.getAttribute("src")).resolves.toContain(`/media/${amaraFace.id}/`);
  const html = await (await fetch(`${baseUrl()}/authors/lucas-brandt`)).text();
  const profile = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]);
  expect(profile.mainEntity).toMatchObject({ "@type": "Person", name: "Lucas Brandt" });
  expect(profile.mainEntity.image).toMatch(new RegExp(`/media/${amaraFace.id}/[^/]+/square-400-\\d+-\\d+\\.jpg$`));
  await screenshots(reader, "lead-image-author-page");
});
