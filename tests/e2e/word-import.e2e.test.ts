// Bringing a fellow's work in from Word, as a writer does it: a new piece from a .docx with 40
// footnotes, headings and a table, published, and read with 40 numbered notes and their
// back-links; then a paste from Word keeps its footnotes with their text, and a paste from
// Google Docs, whose clipboard has no footnote text, says so rather than losing the references.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildDocx } from "../fixtures/docx-builder";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { pieceIdFromEditor, runTransition, waitUntilSaved } from "./support/studio";

let browser: Browser;
let writer: { context: BrowserContext; page: Page };
let id = "";

const wordPaste = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
<p class=MsoNormal>Freight rates doubled<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a>, see https://example.org/freight.<o:p></o:p></p>
<!--EndFragment-->
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Drewry, <i>World Container Index</i>, 2024.<o:p></o:p></p></div>
</div></body></html>`;

const docsPaste = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-9"><p dir="ltr"><span style="font-weight:400;">Insurers withdrew</span><sup><a href="#ftnt1" id="ftnt_ref1"><span>[1]</span></a></sup></p><br><p dir="ltr"><span style="font-weight:400;">Ports adapted.</span></p></b>`;

async function paste(page: Page, html: string) {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData("text/html", pasted);
    document
      .querySelector("#body-editor")!
      .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

beforeAll(async () => {
  browser = await openBrowser();
  writer = await newPage(browser);
  await signIn(writer.page, "amara@standfirst.example");
});
afterAll(() => browser?.close());

test("a writer starts a piece from a Word document: its title, headings, table and 40 footnotes arrive, and she is told what came in", async () => {
  const { page } = writer;
  await page.goto("/studio/articles/new");
  const docx = await buildDocx({ title: "Chokepoints and Their Keepers", footnotes: 40, table: true, comment: true });
  await page
    .getByLabel("Word document to import")
    .setInputFiles({ name: "chokepoints.docx", mimeType: "application/octet-stream", buffer: docx });
  id = await pieceIdFromEditor(page);
  const report = page.getByRole("status").filter({ hasText: "Imported chokepoints.docx" });
  await expect(report.textContent()).resolves.toContain("40 notes, 1 heading, 1 table.");
  await expect(report.textContent()).resolves.toContain("The document has 1 comment; comments are not imported.");
  await expect(page.getByRole("textbox", { name: "Title", exact: true }).inputValue()).resolves.toBe("Chokepoints and Their Keepers");
  const body = page.getByRole("textbox", { name: "Body" });
  await expect(body.getByRole("heading", { name: "A section" }).count()).resolves.toBe(1);
  await expect(body.locator("table th").allTextContents()).resolves.toEqual(["Country", "Share of trade"]);
  await expect(body.locator("ol.footnotes > li").count()).resolves.toBe(40);
  await screenshots(page, "word-import-editor");
  expect(errorsLogged(page)).toEqual([]);
});

test("replacing a draft's body from Word first says what would be replaced", async () => {
  const { page } = writer;
  await page.getByRole("button", { name: "Import from Word…" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.textContent()).resolves.toMatch(/Importing replaces the body \([\d,]+ words and 40 footnotes\)/);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog").count()).resolves.toBe(0);
});

test("a paste from Word keeps its footnote with its text, and a written-out address becomes a link", async () => {
  const { page, context } = writer;
  await page.getByRole("textbox", { name: "Body" }).getByText("An opening paragraph").click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await paste(page, wordPaste);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.getByText("Freight rates doubled").waitFor();
  // The link is the address, no more: the sentence's words and full stop stay plain.
  await expect(body.getByRole("link", { name: "https://example.org/freight", exact: true }).count()).resolves.toBe(1);
  expect(errorsLogged(page)).toEqual([]);
  // The pasted note is note 1 now (its reference comes first), with its italics; the Word note 1 is note 2.
  const notes = body.locator("ol.footnotes > li");
  await expect(notes.count()).resolves.toBe(41);
  await expect(notes.first().textContent()).resolves.toBe("Drewry, World Container Index, 2024.");
  await expect(notes.first().locator("em").textContent()).resolves.toBe("World Container Index");
  await expect(page.getByText("1 footnote pasted with its text, under Notes.").count()).resolves.toBe(1);
  await waitUntilSaved(page, context, id, "Drewry, World Container Index");
});

test("a paste from Google Docs keeps its reference, leaves no empty paragraph, and says the note's text did not come", async () => {
  const { page, context } = writer;
  await page.getByRole("textbox", { name: "Body" }).getByText("Freight rates doubled").click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await paste(page, docsPaste);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.getByText("Ports adapted.").waitFor();
  await expect(
    page.getByText(/1 footnote reference came without its text \(Google Docs does not copy footnote text\)/).count(),
  ).resolves.toBe(1);
  await expect(body.locator("ol.footnotes > li").count()).resolves.toBe(42);
  // "Insurers withdrew" and "Ports adapted." are neighbours: no empty paragraph between them.
  const next = await body.getByText("Insurers withdrew").evaluate((el) => el.closest("p")?.nextElementSibling?.textContent);
  expect(next).toBe("Ports adapted.");
  // The empty note is the writer's to fill: write it, so the piece can be saved and sent on.
  await body.locator("ol.footnotes > li").nth(1).click();
  await page.keyboard.type("Reuters, 4 April 2024.");
  await waitUntilSaved(page, context, id, "Reuters, 4 April 2024.");
  await screenshots(page, "word-paste-editor");
});

test("published, the piece shows its 42 notes numbered with back-links, its table and its headings", async () => {
  const { page } = writer;
  await page.goto(`/studio/articles/${id}`);
  await runTransition(page, "Submit for review", "submitted for review");
  const editor = await newPage(browser);
  await signIn(editor.page, "editor@standfirst.example");
  await editor.page.goto(`/studio/articles/${id}`);
  await runTransition(editor.page, "Approve", "approved");
  await runTransition(editor.page, "Publish now", "published");
  const reader = await newPage(browser);
  await reader.page.goto("/commentaries/chokepoints-and-their-keepers");
  const notes = reader.page.locator("section.footnotes ol > li");
  await expect(notes.count()).resolves.toBe(42);
  await expect(reader.page.locator("a.fn-back").count()).resolves.toBe(42);
  await expect(reader.page.locator("#fn-42").count()).resolves.toBe(1);
  await expect(reader.page.locator("article table th").allTextContents()).resolves.toEqual(["Country", "Share of trade"]);
  await expect(reader.page.getByRole("heading", { name: "A section" }).count()).resolves.toBe(1);
  await reader.page.locator('sup a[href="#fn-40"]').click();
  await expect(reader.page.evaluate(() => location.hash)).resolves.toBe("#fn-40");
  await screenshots(reader.page, "word-import-article");
  expect(await seriousViolations(reader.page)).toEqual([]);
});
