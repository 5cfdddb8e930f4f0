// Chromium from Debian, driven by playwright-core with the flags this machine needs
// (../shared/SANDBOX.md): no sandbox as root, and no background networking, which the
// closed network would refuse. Playwright gives each launch a fresh, temporary profile.
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run these tests with `npm run test:e2e`.");
  return url;
};

const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** One browser per test file; each person in a flow gets a context of their own. */
export function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: flags });
}

const consoleErrors = new WeakMap<Page, string[]>();

/** A page in a fresh context (its own cookies), recording console errors such as CSP refusals. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return { context, page };
}

/** Errors the page logged so far: a blocked script, a failed hydration, an exception. */
export const errorsLogged = (page: Page) => [...(consoleErrors.get(page) ?? [])];

export const DEMO_PASSWORD = "standfirst-demo";

/** Signs in through the form, as a person does, and waits for the studio. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/studio/);
}

/** Full-page screenshots at desktop width and at 390 px, into the artifacts folder. */
export async function screenshots(page: Page, name: string) {
  const dir = path.join(process.env.E2E_ARTIFACTS ?? "tests/artifacts/e2e", "screenshots");
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  // From the top: a full-page capture of a scrolled page paints sticky bars mid-page.
  const scrolled = await page.evaluate(() => [window.scrollX, window.scrollY] as const);
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const [label, size] of [
    ["desktop", { width: 1280, height: 800 }],
    ["mobile", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(dir, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
  await page.evaluate(([x, y]) => window.scrollTo(x, y), scrolled);
}
