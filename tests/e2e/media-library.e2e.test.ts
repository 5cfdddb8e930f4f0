// The media library in Chromium: an editor uploads a photo (about 6 MB, as a camera writes one)
// and a chart with the file picker, watches each file's progress, sees a fake image refused by
// name, then gives the photo its alt text, caption, credit and focal point, and watches the
// "Missing alt text" filter change. A 50 MB file is refused with its sizes by the real server.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { db } from "@/lib/platform/db";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { chartPng, photoJpeg } from "../helpers/images";

let browser: Browser;
let editor: Page;
let folder: string;
const file = (name: string) => path.join(folder, name);

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "media-e2e-"));
  writeFileSync(file("Harbour cranes at dusk.jpg"), await photoJpeg(6000, 4000));
  writeFileSync(file("Rainfall by month.png"), await chartPng());
  writeFileSync(file("invoice.jpg"), "<?php echo 'not an image'; ?>");
  const huge = Buffer.alloc(50_000_000);
  (await photoJpeg(200, 100)).copy(huge);
  writeFileSync(file("Huge scan.jpg"), huge);
  browser = await openBrowser();
  ({ page: editor } = await newPage(browser));
  await signIn(editor, "editor@standfirst.example");
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
  await db.$disconnect();
});

const cardTitles = async (page: Page) => (await page.locator(".media-card__title").allTextContents()).map((t) => t.trim());

test("an editor uploads a photo and a chart at once, each with its progress; a fake image is refused by name", async () => {
  await editor.goto("/studio/media");
  await editor.getByRole("heading", { level: 1, name: "Media library" }).waitFor();
  await editor.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Media" }).waitFor();
  await editor
    .getByLabel("Choose files…")
    .setInputFiles([file("Harbour cranes at dusk.jpg"), file("Rainfall by month.png"), file("invoice.jpg")]);

  const uploads = editor.getByRole("list", { name: "Uploads" });
  const row = (name: string) => uploads.locator("li", { hasText: name });
  await row("Harbour cranes at dusk.jpg").getByText("Uploaded. Alt text missing").waitFor({ timeout: 60_000 });
  await row("Rainfall by month.png").getByText("Uploaded. Alt text missing").waitFor({ timeout: 60_000 });
  await row("invoice.jpg").getByText("“invoice.jpg” is not an image Standfirst accepts: JPEG, PNG, WebP, AVIF or GIF.").waitFor();
  for (const name of ["Harbour cranes at dusk.jpg", "Rainfall by month.png"]) {
    expect(
      await row(name)
        .getByRole("progressbar", { name: `Upload of ${name}` })
        .getAttribute("value"),
    ).toBe("1");
  }
  // The 6 MB photo arrived whole: its row records every byte and its true size.
  const photo = await db.mediaAsset.findFirstOrThrow({ where: { title: "Harbour cranes at dusk" } });
  const sent = statSync(file("Harbour cranes at dusk.jpg")).size;
  expect(sent).toBeGreaterThan(5_000_000);
  expect({ width: photo.width, height: photo.height, bytes: photo.bytes }).toEqual({ width: 6000, height: 4000, bytes: sent });
  expect(await db.mediaAsset.count({ where: { title: "invoice" } })).toBe(0);

  // The grid shows both with their thumbnails (the 320 px WebP) and the missing-alt badge.
  await editor.locator(".media-card__title", { hasText: "Rainfall by month" }).waitFor();
  expect(await cardTitles(editor)).toEqual(expect.arrayContaining(["Harbour cranes at dusk", "Rainfall by month"]));
  const thumb = editor.locator(".media-card", { hasText: "Harbour cranes at dusk" }).locator("img");
  await thumb.evaluate((img: HTMLImageElement) => (img.complete ? null : new Promise((resolve) => (img.onload = resolve))));
  expect(
    await thumb.evaluate((img: HTMLImageElement) => [img.naturalWidth, new URL(img.currentSrc).pathname.endsWith("/w320.webp")]),
  ).toEqual([320, true]);
  expect(await editor.locator(".media-card", { hasText: "Harbour cranes at dusk" }).getByText("Alt text missing").count()).toBe(1);
  await screenshots(editor, "media-library-uploaded");
  expect(await seriousViolations(editor)).toEqual([]);
  // Chromium logs the refused upload's answer; nothing else went wrong.
  expect(errorsLogged(editor)).toEqual([expect.stringMatching(/status of 415 \(Unsupported Media Type\) \(http:.*\/api\/media\)$/)]);
});

test("a 50 MB file is refused with both sizes, by the running server, and nothing is kept", async () => {
  await editor.goto("/studio/media");
  const before = await db.mediaAsset.count();
  await editor.getByLabel("Choose files…").setInputFiles([file("Huge scan.jpg")]);
  await editor
    .getByRole("list", { name: "Uploads" })
    .locator("li", { hasText: "Huge scan.jpg" })
    .getByText(/The upload is 50 MB; the largest image Standfirst accepts is 20 MB\./)
    .waitFor({ timeout: 60_000 });
  expect(await db.mediaAsset.count()).toBe(before);
});

test("the editor describes the photo and sets its focal point; the missing-alt filter changes", async () => {
  const loggedBefore = errorsLogged(editor).length;
  await editor.goto("/studio/media?filter=noAlt");
  expect(await cardTitles(editor)).toEqual(expect.arrayContaining(["Harbour cranes at dusk", "Rainfall by month"]));
  await editor.getByRole("link", { name: "Harbour cranes at dusk" }).click();
  await editor.getByRole("heading", { level: 1, name: "Harbour cranes at dusk" }).waitFor();

  await editor.getByLabel("Alt text").fill("Three container cranes against an orange evening sky");
  await editor.getByLabel("Caption").fill("The container port at dusk");
  await editor.getByLabel("Credit").fill("Photo: Quayside Studio");
  await editor.getByLabel("Licence").fill("CC BY 4.0");
  // One step right by keyboard (which also tells the page is interactive), then a click at three
  // quarters across and a quarter down, then one more step right.
  const stage = editor.locator(".focal__stage");
  const focalIs = (label: string) =>
    editor.waitForFunction((expected) => document.querySelector(".focal__stage")?.getAttribute("aria-label") === expected, label);
  await stage.focus();
  await editor.keyboard.press("ArrowRight");
  await focalIs("Focal point: 52% across, 50% down");
  const box = (await stage.boundingBox())!;
  await editor.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.25);
  await focalIs("Focal point: 75% across, 25% down");
  await editor.keyboard.press("ArrowRight");
  await focalIs("Focal point: 77% across, 25% down");
  await screenshots(editor, "media-item-edit");
  expect(await seriousViolations(editor)).toEqual([]);
  await editor.getByRole("button", { name: "Save" }).click();
  await editor.getByRole("status").getByText("Saved.").waitFor();
  const saved = await db.mediaAsset.findFirstOrThrow({ where: { title: "Harbour cranes at dusk" } });
  expect({
    alt: saved.alt,
    caption: saved.caption,
    credit: saved.credit,
    licence: saved.licence,
    focalX: saved.focalX,
    focalY: saved.focalY,
  }).toEqual({
    alt: "Three container cranes against an orange evening sky",
    caption: "The container port at dusk",
    credit: "Photo: Quayside Studio",
    licence: "CC BY 4.0",
    focalX: 0.77,
    focalY: 0.25,
  });

  await editor.goto("/studio/media?filter=noAlt");
  await editor.getByRole("link", { name: "Missing alt text", exact: true }).waitFor();
  const missing = await cardTitles(editor);
  expect(missing).toContain("Rainfall by month");
  expect(missing).not.toContain("Harbour cranes at dusk");
  await editor.getByLabel("Title, alt text, caption or credit").fill("quayside studio");
  await editor.getByRole("button", { name: "Search" }).click();
  await editor.waitForURL(/q=quayside\+studio/);
  expect(await editor.getByText("No images match “quayside studio”.").count()).toBe(1);
  await editor.getByRole("link", { name: "All", exact: true }).click();
  await editor.waitForURL((url) => !url.searchParams.has("filter"));
  expect(await cardTitles(editor)).toEqual(["Harbour cranes at dusk"]);
  await screenshots(editor, "media-library-search");
  expect(errorsLogged(editor).slice(loggedBefore)).toEqual([]);
});

test("a crop of the photo is served around its new focal point, without its camera's metadata", async () => {
  const photo = await db.mediaAsset.findFirstOrThrow({ where: { title: "Harbour cranes at dusk" } });
  const response = await editor.request.get(`/media/${photo.id}/current/social-1200-0-0.jpg`, { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  const location = response.headers().location;
  expect(location).toBe(`/media/${photo.id}/${photo.rev}/social-1200-77-25.jpg`);
  const image = await editor.request.get(location);
  expect({ type: image.headers()["content-type"], cache: image.headers()["cache-control"] }).toEqual({
    type: "image/jpeg",
    cache: "public, max-age=31536000, immutable",
  });
  const meta = await sharp(await image.body()).metadata();
  expect({ width: meta.width, height: meta.height, exif: meta.exif }).toEqual({ width: 1200, height: 630, exif: undefined });
});

test("deleting the photo while a piece leads with it is refused with where it is used", async () => {
  const photo = await db.mediaAsset.findFirstOrThrow({ where: { title: "Harbour cranes at dusk" } });
  const piece = await db.article.findFirstOrThrow({ where: { status: "draft" }, orderBy: { title: "asc" } });
  await db.article.update({ where: { id: piece.id }, data: { leadImageId: photo.id, mediaIds: [photo.id] } });
  try {
    await editor.goto(`/studio/media/${photo.id}`);
    await editor.getByRole("heading", { name: "Where it is used" }).waitFor();
    await editor.getByRole("link", { name: `lead image of “${piece.title}”` }).waitFor();
    editor.once("dialog", (dialog) => void dialog.accept());
    await editor.getByRole("button", { name: "Delete image" }).click();
    await editor.getByRole("alert").getByText(`This image is used: lead image of “${piece.title}”. Remove it from there first.`).waitFor();
    expect(await db.mediaAsset.count({ where: { id: photo.id } })).toBe(1);
  } finally {
    await db.article.update({ where: { id: piece.id }, data: { leadImageId: null, mediaIds: [] } });
  }
});
