// The PDF and the paper copy of a seeded piece, through the production build: the page links
// its PDF and names it for Google Scholar; the PDF answers as a PDF; and Chromium's own print of
// the page (print stylesheet) keeps the bios and the citation but drops the copy buttons,
// downloads, the comment form and the navigation.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { baseUrl, newPage, openBrowser, screenshots } from "./support/browser";

const SLUG = "coastguards-not-navies-quiet-architecture-of-maritime-order";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  ({ page } = await newPage(browser));
});
afterAll(() => browser?.close());

const pdfText = (bytes: Buffer) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "print-")), "page.pdf");
  writeFileSync(file, bytes);
  const out = execFileSync(process.execPath, [path.join(__dirname, "../helpers/pdf-pages.mjs"), file], { encoding: "utf8" });
  return (JSON.parse(out) as { pages: string[] }).pages.join("\n").replace(/\s+/g, " ");
};

test("the piece links its PDF, names it in citation_pdf_url, and the PDF opens", async () => {
  await page.goto(`/commentaries/${SLUG}`);
  const link = page.getByRole("link", { name: "PDF of this commentary" });
  await expect(link.getAttribute("href")).resolves.toBe(`/commentaries/${SLUG}/pdf`);
  const meta = await page.locator('meta[name="citation_pdf_url"]').getAttribute("content");
  expect(meta).toMatch(new RegExp(`^https?://[^/]+/commentaries/${SLUG}/pdf$`));

  const response = await page.request.get(`${baseUrl()}/commentaries/${SLUG}/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const etag = response.headers()["etag"];
  const text = pdfText(await response.body());
  expect(text).toContain("Coastguards, Not Navies");
  expect(text).toContain("Lucas Brandt");
  const again = await page.request.get(`${baseUrl()}/commentaries/${SLUG}/pdf`, { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
});

test("printed, the page keeps the bios and the citation and leaves out buttons, downloads, comments and navigation", async () => {
  await page.goto(`/commentaries/${SLUG}`);
  await page.emulateMedia({ media: "print" });
  await screenshots(page, "article-print");
  const text = pdfText(await page.pdf({ format: "A4", printBackground: true }));
  expect(text).toContain("About the writer");
  expect(text).toContain("Lucas Brandt");
  expect(text).toContain("APA (7th edition)");
  expect(text).not.toContain("Download BibTeX");
  expect(text).not.toContain("PDF of this commentary");
  expect(text).not.toMatch(/\bCopy\b/);
  expect(text).not.toContain("Add a comment");
  await page.emulateMedia({ media: "screen" });
});
