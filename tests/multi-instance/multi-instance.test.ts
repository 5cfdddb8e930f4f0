// Issue 21's multi-instance setup, run for real (./setup/stack.ts): an editor changes pieces
// through instance A, and a reader asking instance B at once sees the change on the article, the
// home page, search and the feed, though B had all of them cached (its response cache, and
// Next's cache in Redis). Then instance A is killed while readers load the site through nginx,
// and no reader request fails.
import autocannon from "autocannon";
import type { Browser, Page } from "playwright-core";
import { createArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { openBrowser, signIn } from "../e2e/support/browser";
import { runTransition } from "../e2e/support/studio";

const TITLE = "Cable Landings and the Geography of Outage";
const WORD = "transoceanic";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run with \`npm run test:multi-instance\`.`);
  return value;
};
const instanceA = env("INSTANCE_A_URL");
const instanceB = env("INSTANCE_B_URL");
const balancer = env("BALANCER_URL");

let browser: Browser;
let editor: Page;
let id: string;
let slug: string;

/** What instance B answers a reader (no cookie), and whether its response cache answered. */
async function onB(path: string) {
  const response = await fetch(`${instanceB}${path}`);
  return { status: response.status, cached: response.headers.get("x-response-cache") === "HIT", body: await response.text() };
}

/** The reader's pages that must follow a change. */
const readerPages = () => ({
  article: `/commentaries/${slug}`,
  home: "/",
  search: `/search?q=${WORD}`,
  feed: "/feeds/rss.xml",
});

/** Which of the reader's pages on B show the piece (the article by its status). */
async function whereBShowsIt() {
  const pages = readerPages();
  const shown: Record<string, boolean> = {};
  for (const [name, path] of Object.entries(pages)) {
    const page = await onB(path);
    shown[name] = name === "article" ? page.status === 200 && page.body.includes(TITLE) : page.body.includes(TITLE);
  }
  return shown;
}

/**
 * Asks B for every reader page, and again until its response cache answers those named in
 * `held` (search, rendered per request, is held in B's search-result cache instead): B has them
 * all cached before the change.
 */
async function warmB(held: string[]) {
  const deadline = Date.now() + 30_000;
  for (const [name, path] of Object.entries(readerPages())) {
    let page = await onB(path);
    while (held.includes(name) && !page.cached) {
      if (Date.now() > deadline) throw new Error(`Instance B never answered ${path} from its response cache`);
      page = await onB(path);
    }
  }
}

beforeAll(async () => {
  const writer = await actorFor(await makeUser("writer"));
  const approver = await actorFor(await makeUser("editor"));
  const body = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: `Every ${WORD} cable lands somewhere a storm can reach.` }] }],
  };
  const article = await createArticle(writer, { title: TITLE, standfirst: "Where the internet comes ashore.", body });
  await transition(writer, article.id, "submit");
  await transition(approver, article.id, "approve");
  ({ id, slug } = article);
  browser = await openBrowser();
  editor = await (await browser.newContext({ baseURL: instanceA })).newPage();
  await signIn(editor, "editor@standfirst.example");
});
afterAll(() => browser?.close());

test("a piece published through instance A is on instance B's article, home, search and feed at the next request", async () => {
  await warmB(["home", "feed"]);
  expect(await whereBShowsIt()).toEqual({ article: false, home: false, search: false, feed: false });
  await editor.goto(`${instanceA}/studio/articles/${id}`);
  await runTransition(editor, "Publish now", "published");
  expect(await whereBShowsIt()).toEqual({ article: true, home: true, search: true, feed: true });
});

test("a correction appended through instance A is on instance B's cached article at the next request", async () => {
  const note = "An earlier version placed the landing station in the wrong bay.";
  await warmB(["article", "home", "feed"]);
  await editor.goto(`${instanceA}/studio/articles/${id}`);
  await editor.getByLabel("Correction, as readers will see it under the piece").fill(note);
  await editor.getByRole("button", { name: "Append correction" }).click();
  await editor.getByText("Correction appended. Readers see it under the piece.").waitFor();
  const { body } = await onB(readerPages().article);
  expect({ correctionOnB: body.includes(note) }).toEqual({ correctionOnB: true });
});

test("unpublished through instance A, the piece is gone from instance B at the next request", async () => {
  await warmB(["article", "home", "feed"]);
  await editor.goto(`${instanceA}/studio/articles/${id}`);
  const form = editor.getByRole("listitem").filter({ has: editor.getByRole("button", { name: "Unpublish", exact: true }) });
  await form.getByLabel("I understand that readers will no longer find this piece.").check();
  await runTransition(editor, "Unpublish", "unpublished");
  expect(await whereBShowsIt()).toEqual({ article: false, home: false, search: false, feed: false });
  expect((await onB(readerPages().article)).status).toBe(404);
});

test("instance A is killed while readers load the site through nginx: no reader request fails", async () => {
  const home = await (await fetch(`${balancer}/`)).text();
  const piece = /href="(\/commentaries\/[a-z0-9-]+)"/.exec(home)?.[1];
  expect(piece).toBeDefined();
  const paths = ["/", "/commentaries", `${piece}`, "/search?q=policy", "/feeds/rss.xml", "/sitemap.xml"];
  for (const path of paths) expect({ path, status: (await fetch(`${balancer}${path}`)).status }).toEqual({ path, status: 200 });
  const load = autocannon({
    url: balancer,
    connections: 10,
    duration: 8,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  });
  // A second into the load, instance A dies at once, as on a crashed machine (no graceful close):
  // `npm start` and the server under it.
  let killedAt = 0;
  const kill = setTimeout(() => {
    for (const pid of env("INSTANCE_A_PROCESSES").split(",").map(Number)) process.kill(pid, "SIGKILL");
    killedAt = Date.now();
  }, 1_000);
  const result = await load;
  clearTimeout(kill);
  expect(killedAt).toBeGreaterThan(0);
  expect(
    await fetch(instanceA).then(
      () => "answering",
      () => "down",
    ),
  ).toBe("down");
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
  expect(result.requests.total).toBeGreaterThan(100);
});
