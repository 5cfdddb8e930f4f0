// The editors' desk in a browser: a writer files a pitch, an editor accepts it with a due date,
// the writer finds the assigned draft, the calendar shows it on its due date, and once the due
// date has passed the dashboard flags it overdue. Pitches, the calendar's month and week are
// screenshot at 1280 and 390 px and checked with axe.
import type { Browser, Page } from "playwright-core";
import { db } from "@/lib/platform/db";
import { addDays, siteDay } from "@/lib/platform/dates";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";

const TITLE = `Pier fees and the desk ${Date.now().toString(36)}`;

let browser: Browser;
let writer: Page;
let editor: Page;

beforeAll(async () => {
  browser = await openBrowser();
  ({ page: writer } = await newPage(browser));
  ({ page: editor } = await newPage(browser));
  await signIn(writer, "amara@standfirst.example");
  await signIn(editor, "editor@standfirst.example");
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

test("a pitch becomes an assigned draft, shows in the calendar on its due date, and is flagged overdue once the date passes", async () => {
  const { timeZone } = await getSiteSettings();
  const dueOn = addDays(siteDay(new Date(), timeZone), 3);

  // The writer files a pitch.
  await writer.goto("/studio/pitches");
  await writer.getByRole("heading", { level: 1, name: "Pitches" }).waitFor();
  const file = writer.locator("details.desk-file");
  if (!(await file.evaluate((d) => (d as HTMLDetailsElement).open))) await writer.getByText("File a pitch").click();
  await writer.getByLabel("Working title").fill(TITLE);
  await writer.getByLabel("Summary").fill("Why the port's tolls decide the shipping lanes.");
  await writer.getByLabel("Proposed author").selectOption({ label: "Amara Okafor" });
  await writer.getByRole("button", { name: "File the pitch" }).click();
  await writer.waitForURL(/\/studio\/pitches\/[^/]+$/);
  await writer.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  expect(await writer.getByRole("button", { name: "Accept and create the draft" }).count()).toBe(0);
  const pitchPath = new URL(writer.url()).pathname;

  // The editor sees it in the list, opens it, and accepts it with a due date.
  await editor.goto("/studio/pitches?status=open");
  await editor.getByRole("link", { name: TITLE }).click();
  await editor.waitForURL(new RegExp(`${pitchPath}$`));
  expect(await seriousViolations(editor)).toEqual([]);
  await screenshots(editor, "desk-pitch");
  await editor.getByLabel("Due date").fill(dueOn);
  await editor.getByLabel("Priority").selectOption("high");
  await editor.getByRole("button", { name: "Accept and create the draft" }).click();
  await editor.waitForURL(/\/studio\/articles\/[^/]+$/);
  await editor.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  const assignment = editor.locator("section", { has: editor.getByRole("heading", { name: "Assignment" }) });
  await expect(assignment.textContent()).resolves.toContain("Priya Raman");
  const articlePath = new URL(editor.url()).pathname;

  // The writer sees the assigned draft among their pieces, and the pitch as accepted.
  await writer.goto(`/studio/articles?author=me&q=${encodeURIComponent(TITLE.split(" ").slice(-1)[0])}`);
  await writer.getByRole("link", { name: TITLE }).click();
  await writer.waitForURL(new RegExp(`${articlePath}$`));
  await writer.getByRole("link", { name: "Edit" }).waitFor();
  await writer.goto("/studio/pitches");
  expect(await seriousViolations(writer)).toEqual([]);
  await screenshots(writer, "desk-pitches");
  await expect(writer.locator("tr", { hasText: TITLE }).textContent()).resolves.toContain("Accepted");

  // The calendar shows it on its due date, in the month and in the week.
  await editor.goto(`/studio/calendar?view=month&date=${dueOn}`);
  const cell = editor.locator("td.calendar-day", { hasText: TITLE });
  await expect(cell.locator(".visually-hidden").first().textContent()).resolves.toContain(String(Number(dueOn.slice(8))));
  expect(await seriousViolations(editor)).toEqual([]);
  await screenshots(editor, "desk-calendar-month");
  await editor.getByRole("link", { name: "Week", exact: true }).click();
  await editor.waitForURL(/view=week/);
  await editor.locator(".calendar-week__day", { hasText: TITLE }).waitFor();
  expect(await seriousViolations(editor)).toEqual([]);
  await screenshots(editor, "desk-calendar-week");

  // Once the due date has passed, the dashboard flags the piece overdue.
  const articleId = articlePath.split("/").pop()!;
  await db.article.update({ where: { id: articleId }, data: { dueAt: new Date(Date.now() - 2 * 86_400_000) } });
  await editor.goto("/studio");
  const overdue = editor.locator("section", { has: editor.getByRole("heading", { name: "Overdue" }) });
  await overdue.getByRole("link", { name: TITLE }).waitFor();
  expect(errorsLogged(editor)).toEqual([]);
  expect(errorsLogged(writer)).toEqual([]);
});
