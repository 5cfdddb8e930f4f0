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
