// Issue 4's cache proof in a real server: a reader's cached article page shows a correction
// on the next request after it is appended, and after unpublishing the piece is gone on the
// next request, from its page, the home page and search.
import type { Browser, Page } from "playwright-core";
import { createArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { errorsLogged, newPage, openBrowser, signIn } from "./support/browser";
import { runTransition } from "./support/studio";

const TITLE = "Dredging Budgets and the Quiet Politics of Harbour Depth";
const WORD = "bathymetry";

let browser: Browser;
let editor: Page;
let reader: Page;
let id: string;
let slug: string;

beforeAll(async () => {
  const writer = await actorFor(await makeUser("writer"));
  const approver = await actorFor(await makeUser("editor"));
  const body = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: `Harbour ${WORD} decides which ships can call.` }] }],
  };
  const article = await createArticle(writer, { title: TITLE, standfirst: "Depth is policy.", body });
  await transition(writer, article.id, "submit");
  await transition(approver, article.id, "approve");
  ({ id, slug } = article);
  browser = await openBrowser();
  ({ page: editor } = await newPage(browser));
  ({ page: reader } = await newPage(browser));
  await signIn(editor, "editor@standfirst.example");
});
afterAll(() => browser?.close());

const articleStatus = async () => (await reader.goto(`/commentaries/${slug}`))?.status();

test("published through the studio, the piece is on its page, the home page and in search", async () => {
  await editor.goto(`/studio/articles/${id}`);
  await runTransition(editor, "Publish now", "published");
  expect(await articleStatus()).toBe(200);
  // The second request is answered from the server's response cache (lib/platform/http/response-cache.ts),
  // which the next two tests must then see refreshed.
  const again = await reader.goto(`/commentaries/${slug}`);
  expect({ status: again?.status(), cache: again?.headers()["x-response-cache"] }).toEqual({ status: 200, cache: "HIT" });
  await expect(reader.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(TITLE);
  await reader.goto("/");
  expect((await reader.goto("/"))?.headers()["x-response-cache"]).toBe("HIT");
  await expect(reader.getByRole("link", { name: TITLE }).count()).resolves.toBe(1);
  await reader.goto(`/search?q=${WORD}`);
  await expect(reader.getByRole("link", { name: TITLE }).count()).resolves.toBe(1);
});

test("a correction appended in the studio is on the cached page at the next request", async () => {
  const note = "An earlier version gave the wrong channel depth.";
  await editor.goto(`/studio/articles/${id}`);
  await editor.getByLabel("Correction, as readers will see it under the piece").fill(note);
  await editor.getByRole("button", { name: "Append correction" }).click();
  await editor.getByText("Correction appended. Readers see it under the piece.").waitFor();
  await reader.goto(`/commentaries/${slug}`);
  await expect(reader.getByText(note).count()).resolves.toBe(1);
});

test("after unpublishing, the piece is gone at the next request: its page is a 404, and home and search no longer list it", async () => {
  await editor.goto(`/studio/articles/${id}`);
  // Archive asks the same question: tick the box in the Unpublish form.
  const form = editor.getByRole("listitem").filter({ has: editor.getByRole("button", { name: "Unpublish", exact: true }) });
  await form.getByLabel("I understand that readers will no longer find this piece.").check();
  await runTransition(editor, "Unpublish", "unpublished");
  expect(await articleStatus()).toBe(404);
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: TITLE }).count()).resolves.toBe(0);
  await reader.goto(`/search?q=${WORD}`);
  await expect(reader.getByRole("link", { name: TITLE }).count()).resolves.toBe(0);
});

test("no page logged an error", () => {
  expect(errorsLogged(editor)).toEqual([]);
  // The reader's expected 404 logs a failed load of the article itself; nothing else may fail.
  expect(errorsLogged(reader).filter((e) => !(e.includes("404 (Not Found)") && e.includes(`/commentaries/${slug}`)))).toEqual([]);
});
