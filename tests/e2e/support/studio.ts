// Studio steps several flows share, done through the page as a person does them.
import type { BrowserContext, Page } from "playwright-core";

/** The autosave line ("Saved at hh:mm"), which a writer watches (components/editor/save-rules.ts words it). */
export const saveStatus = (page: Page) =>
  page.getByRole("status").filter({
    hasText:
      /^(Saved at \d{2}:\d{2}|Saving…|Unsaved changes|Conflict|Not saved.*|Offline: .*|Cannot reach the server: .*|Server unavailable: .*|This piece is too long to save: .*|All changes.*|Give the piece.*)$/,
  });

/** The id in /studio/articles/<id>/edit, once the first save has given the piece one. */
export async function pieceIdFromEditor(page: Page): Promise<string> {
  await page.waitForURL(/\/studio\/articles\/[^/]+\/edit$/);
  const match = /\/studio\/articles\/([^/]+)\/edit$/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`Not an edit page: ${page.url()}`);
  return match[1];
}

/**
 * Waits until autosave says "Saved at" and the server really holds `words`: a second tab
 * (same person) opens the preview, as a writer checking their work would. The status line
 * alone can still show an earlier save while the next one is pending.
 */
export async function waitUntilSaved(page: Page, context: BrowserContext, id: string, words: string, timeoutMs = 20_000) {
  await saveStatus(page)
    .filter({ hasText: /^Saved at \d{2}:\d{2}$/ })
    .waitFor();
  const preview = await context.newPage();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await preview.goto(`/studio/articles/${id}/preview`);
      if ((await preview.locator("body").innerText()).includes(words)) return;
      if (Date.now() > deadline) throw new Error(`The preview of ${id} never showed "${words}"`);
      await preview.waitForTimeout(500);
    }
  } finally {
    await preview.close();
  }
}

/** Presses a workflow button on the piece's overview page and waits for its confirmation ("Done: the piece was <done>."). */
export async function runTransition(page: Page, button: string, done: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `Done: the piece was ${done}.` })
    .waitFor();
}

/** Two or more people open the same piece (found by its title on the studio home) in the editor; its id. */
export async function openSameDraft(pages: Page[], title: string, waitForText: string): Promise<string> {
  const [first] = pages;
  await first.goto("/studio");
  await first.getByRole("link", { name: title }).first().click();
  await first.waitForURL(/\/studio\/articles\/[^/]+$/);
  const id = /\/studio\/articles\/([^/]+)$/.exec(new URL(first.url()).pathname)?.[1];
  if (!id) throw new Error(`No piece page after following "${title}": ${first.url()}`);
  for (const page of pages) {
    await page.goto(`/studio/articles/${id}/edit`);
    await page.getByRole("textbox", { name: "Body" }).getByText(waitForText).waitFor();
  }
  return id;
}

/** Types `words` at the end of the line of the body that holds `text`, as a person clicking there would. */
export async function typeAfter(page: Page, text: string, words: string) {
  await page.getByRole("textbox", { name: "Body" }).getByText(text).click();
  await page.keyboard.press("End");
  await page.keyboard.type(words);
}
