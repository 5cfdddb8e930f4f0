// Sign-off through the real pages (issue 15, items 4 and 5): editor A submits a piece and is not
// offered Approve, the page naming the four-eyes rule; A sends an outside reviewer a link; the
// reviewer opens it from the mail the SMTP sink received, with no account, and approves; A is told
// by mail; editor B approves and publishes. The reviewer's page is looked at (1280 and 390 px)
// and checked with axe.
import type { Browser, Page } from "playwright-core";
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { seriousViolations } from "./support/axe";
import { errorsLogged, newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { waitForMail } from "./support/mail";
import { runTransition } from "./support/studio";
import { actorFor } from "../helpers/actors";

const TITLE = "Undersea Cables and the Quiet Contest for Repair Ships";
const REVIEWER = { name: "Dr Helena Varga", email: "helena.varga@example.org" };
const RULE = "Four-eyes rule: you submitted this version, so another editor must approve it.";

let browser: Browser;
let editorA: Page;
let editorB: Page;
let reviewer: Page;
let id = "";
let reviewUrl = "";

beforeAll(async () => {
  // Editor A (the demo's editor) wrote the draft; the browser takes it from there.
  const author = await db.user.findUniqueOrThrow({ where: { email: "editor@standfirst.example" } });
  const body = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [{ type: "text", text: "Only a few dozen ships in the world can repair a cut undersea cable, and most are old." }],
      },
    ],
  };
  ({ id } = await createArticle(await actorFor(author), { title: TITLE, standfirst: "Repair capacity is strategy.", body }));
  browser = await openBrowser();
  ({ page: editorA } = await newPage(browser));
  ({ page: editorB } = await newPage(browser));
  ({ page: reviewer } = await newPage(browser));
  await signIn(editorA, "editor@standfirst.example");
  await signIn(editorB, "editor2@standfirst.example");
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

test("editor A submits the piece and is not offered Approve: the page names the four-eyes rule", async () => {
  await editorA.goto(`/studio/articles/${id}`);
  await runTransition(editorA, "Submit for review", "submitted for review");
  await editorA.getByText(RULE).waitFor();
  expect(await editorA.getByRole("button", { name: "Approve", exact: true }).count()).toBe(0);
  // Asking for changes is still A's to do: only the sign-off is someone else's.
  expect(await editorA.getByRole("button", { name: "Request changes", exact: true }).count()).toBe(1);
  await screenshots(editorA, "signoff-four-eyes");
  expect(errorsLogged(editorA)).toEqual([]);
});

test("editor A sends an outside reviewer a link; the mail carries it, absolute and working", async () => {
  const section = editorA.getByRole("region", { name: "Outside review" });
  await section.getByLabel("Reviewer’s name").fill(REVIEWER.name);
  await section.getByLabel("Reviewer’s email").fill(REVIEWER.email);
  await section.getByRole("button", { name: "Send review link" }).click();
  await section
    .getByRole("status")
    .filter({ hasText: `Review link sent to ${REVIEWER.email}.` })
    .waitFor();
  await section.getByText(REVIEWER.name).waitFor();
  await expect(section.getByText("Waiting", { exact: true }).count()).resolves.toBe(1);

  const mail = await waitForMail((m) => m.to.includes(REVIEWER.email) && m.subject === `Please review: ${TITLE}`);
  const match = /https?:\/\/\S+\/review\/[A-Za-z0-9_-]{43}/.exec(mail.text);
  expect(match).not.toBeNull();
  reviewUrl = match![0];
  // The outbox keeps the mail without its secret.
  const stored = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: REVIEWER.email } } });
  expect(stored.text).not.toContain(reviewUrl);
});

test("the reviewer, with no account, reads the piece from the mailed link and approves it", async () => {
  await reviewer.goto(reviewUrl);
  await reviewer.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await reviewer.getByText(`${REVIEWER.name}, Priya Raman asks you to review this piece`).waitFor();
  expect(await seriousViolations(reviewer)).toEqual([]);
  await screenshots(reviewer, "signoff-review-page");

  // Asking for changes without a comment is refused, and nothing is recorded.
  await reviewer.getByRole("radio", { name: "Ask for changes" }).check();
  await reviewer.getByRole("button", { name: "Send my decision" }).click();
  await reviewer.getByRole("alert").filter({ hasText: "a comment is required when you ask for changes" }).waitFor();

  await reviewer.getByRole("radio", { name: "Approve it as it is" }).check();
  await reviewer.getByRole("button", { name: "Send my decision" }).click();
  await reviewer.getByRole("heading", { level: 1, name: `Thank you, ${REVIEWER.name}` }).waitFor();
  await screenshots(reviewer, "signoff-review-done");
  expect(await seriousViolations(reviewer)).toEqual([]);
  expect(errorsLogged(reviewer)).toEqual([]);

  // The editor who sent it is told, with a link to the piece.
  const notice = await waitForMail((m) => m.to.includes("editor@standfirst.example") && m.subject === `Outside review: ${TITLE}`);
  expect(notice.text).toContain(`${REVIEWER.name} (${REVIEWER.email}) approved`);
  const link = /https?:\/\/\S+\/studio\/articles\/\S+/.exec(notice.text)?.[0] ?? "";
  expect(new URL(link).pathname).toBe(`/studio/articles/${id}`);
});

test("editor B sees the outside approval, approves and publishes", async () => {
  await editorB.goto(`/studio/articles/${id}`);
  const section = editorB.getByRole("region", { name: "Outside review" });
  await expect(section.textContent()).resolves.toContain(REVIEWER.name);
  await expect(section.getByText("Approved", { exact: true }).count()).resolves.toBe(1);
  await runTransition(editorB, "Approve", "approved");
  await runTransition(editorB, "Publish now", "published");
  const { slug } = await db.article.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  const response = await reviewer.goto(`/commentaries/${slug}`);
  expect(response?.status()).toBe(200);
  expect(errorsLogged(editorB)).toEqual([]);
});
