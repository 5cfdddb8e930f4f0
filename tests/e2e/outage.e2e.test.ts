// Issue 18: the database stops while people read and write. The production server
// (scripts/server.ts, on this run's build) runs here against a database of this file's own,
// behind a TCP proxy the test cuts: open connections drop and new ones are refused, as when
// PostgreSQL stops. Readers must get the last good copy of the pages they had been reading
// (never one of a piece unpublished since), 503 with Retry-After for pages never kept, and
// never a 500; the save endpoint answers 503 with Retry-After; the editor says the database
// is unavailable, keeps the text in the browser and saves it once the database is back.
//
// Its own server and database, not the shared stack's: cutting the stack's database would
// disturb it. The two servers share the build folder, and with it Next's page cache on disk,
// so this database's pieces, authors and topics get slugs of their own for this run, and the
// test reads only their pages (never the home page or the site-wide feed, which both would
// write under the same cache keys).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startCuttableProxy, type CuttableProxy } from "../helpers/cuttable-proxy";
import { newPage, openBrowser, screenshots, signIn } from "./support/browser";
import { runTransition, saveStatus, waitUntilSaved } from "./support/studio";
import { freePort } from "../helpers/free-port";

const root = path.resolve(__dirname, "../..");
const run = `o${Date.now().toString(36)}`;
const UNAVAILABLE = "Server unavailable: your text is kept in this browser.";
const TYPED = " Outage words survive the database stopping.";
const ANCHOR = "Each actor is waiting for another to move first.";

let database: ChildProcess;
let site: ChildProcess;
let proxy: CuttableProxy;
let base = "";
let siteLog = "";
let browser: Browser;
let editor: Page;
let writer: { context: BrowserContext; page: Page };
/** The piece that stays published (A) and the one unpublished before the outage (B). */
const kept = { slug: "", title: "", author: "", topic: "" };
const withdrawn = { id: "", slug: "", title: "", author: "" };
let draftId = "";
/** A second studio tab of the writer's, open before the outage. */
let dashboard: Page;
/** What readers were answered before the outage, by path. */
const warmed = new Map<string, string>();

/** Runs a tsx script to the end; its output is shown only if it fails. */
function script(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("tsx/cli"), ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}:\n${output}`))));
  });
}

/** The environment of the children: nothing of the shared stack's database. */
function ownEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.TEST_DATABASE_URL;
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

/** A fresh in-memory PGlite behind a socket, migrated (tests/setup/test-database.ts). */
function startDatabase(): Promise<string> {
  database = spawn(process.execPath, [require.resolve("tsx/cli"), "tests/setup/test-database.ts", "fresh"], {
    cwd: root,
    env: ownEnv({}),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    database.stdout?.on("data", (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    database.once("exit", (code) => reject(new Error(`The test database did not start (exit ${code})`)));
  });
}

/** The demo content, with this run's slugs, and the rows the flows below act on. */
async function prepare(databaseUrl: string) {
  await script(["prisma/seed/run.ts"], ownEnv({ DATABASE_URL: databaseUrl, SITE_URL: base }));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const table of ["Article", "Publication", "AuthorProfile", "Topic", "Division", "Series"]) {
      await client.query(`UPDATE "${table}" SET slug = slug || '-${run}'`);
    }
    const piece = async (titleStart: string) => {
      const { rows } = await client.query<{ id: string; slug: string; title: string }>(
        `SELECT "articleId" AS id, slug, title FROM "Publication" WHERE title LIKE $1`,
        [`${titleStart}%`],
      );
      return rows[0];
    };
    const a = await piece("When Export Controls");
    const b = await piece("Coastguards, Not Navies");
    const authorOf = async (id: string) =>
      (
        await client.query<{ slug: string }>(
          `SELECT ap.slug FROM "PublicationAuthor" pa JOIN "AuthorProfile" ap ON ap.id = pa."authorId" WHERE pa."publicationId" = $1`,
          [id],
        )
      ).rows[0].slug;
    Object.assign(withdrawn, { ...b, author: await authorOf(b.id) });
    const topic = await client.query<{ slug: string }>(`SELECT t.slug FROM "Topic" t WHERE t.slug LIKE 'trade-policy-%'`);
    Object.assign(kept, { slug: a.slug, title: a.title, author: await authorOf(a.id), topic: topic.rows[0].slug });
    const draft = await client.query<{ id: string }>(`SELECT id FROM "Article" WHERE title LIKE 'Green Shipping Corridors%'`);
    draftId = draft.rows[0].id;
  } finally {
    await client.end();
  }
}

async function startSite(port: number, databaseUrl: string) {
  site = spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/server.ts", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    // One connection: PGlite serves one backend (../shared/SANDBOX.md).
    env: ownEnv({
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: "1",
      NEXTAUTH_SECRET: "outage-test-secret-0123456789abcdef",
      NEXTAUTH_URL: base,
      SITE_URL: base,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Kept to show if a test fails: the outage makes Next log every failed render.
  const keep = (chunk: Buffer) => (siteLog = (siteLog + chunk).slice(-20_000));
  site.stdout?.on("data", keep);
  site.stderr?.on("data", keep);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (site.exitCode !== null) throw new Error(`The server exited with ${site.exitCode}:\n${siteLog}`);
    if (
      await fetch(`${base}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The server did not answer within 120 s:\n${siteLog}`);
}

const stop = (child: ChildProcess | undefined) =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

beforeAll(async () => {
  const sitePort = await freePort();
  base = `http://127.0.0.1:${sitePort}`;
  const databaseUrl = await startDatabase();
  await prepare(databaseUrl);
  proxy = await startCuttableProxy(databaseUrl);
  await startSite(sitePort, proxy.url);
  browser = await openBrowser();
  ({ page: editor } = await newPage(browser, { baseURL: base }));
  writer = await newPage(browser, { baseURL: base });
  await signIn(editor, "editor@standfirst.example");
  await signIn(writer.page, "lucas@standfirst.example");
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stop(site);
  await proxy?.close();
  await stop(database);
});

/** A reader's request: no cookies, as a search engine or a first visit. */
const read = async (pathname: string) => {
  const response = await fetch(base + pathname);
  return { status: response.status, body: await response.text(), headers: response.headers };
};

/** A list that shows the piece about to be unpublished: its author's feed. */
const withdrawnFeed = () => `/feeds/authors/${withdrawn.author}/rss.xml`;

const pages = () => ({
  article: `/commentaries/${kept.slug}`,
  author: `/authors/${kept.author}`,
  search: `/search?q=${encodeURIComponent("export controls")}`,
  listing: `/commentaries?topic=${kept.topic}`,
});

test("readers' pages are read while the database is up, and the withdrawn piece is unpublished in the studio", async () => {
  for (const pathname of [...Object.values(pages()), `/commentaries/${withdrawn.slug}`, withdrawnFeed()]) {
    const first = await read(pathname);
    expect({ pathname, status: first.status }).toEqual({ pathname, status: 200 });
    warmed.set(pathname, first.body);
  }
  // Each shows the piece that stays; the feed lists the one about to be unpublished.
  const shows = (pathname: string, slug: string) => Boolean(warmed.get(pathname)?.includes(`/commentaries/${slug}`));
  expect(Object.values(pages()).filter((pathname) => !shows(pathname, kept.slug))).toEqual([]);
  expect(shows(withdrawnFeed(), withdrawn.slug)).toBe(true);

  // Unpublished before the outage: its page, and every page that listed it, must not come back from a copy.
  await editor.goto(`/studio/articles/${withdrawn.id}`);
  const form = editor.getByRole("listitem").filter({ has: editor.getByRole("button", { name: "Unpublish", exact: true }) });
  await form.getByLabel("I understand that readers will no longer find this piece.").check();
  await runTransition(editor, "Unpublish", "unpublished");

  await writer.page.goto(`/studio/articles/${draftId}/edit`);
  await writer.page.getByRole("textbox", { name: "Body" }).getByText(ANCHOR).waitFor();
  dashboard = await writer.context.newPage();
  await dashboard.goto("/studio");
});

test("with the database stopped, no reader gets a 500: kept pages answer their last good copy, others 503 with Retry-After", async () => {
  await proxy.cut();
  const unseen = `/search?q=${run}-never-searched`;
  const expected: Record<string, number[]> = {
    // A kept page answers its last good copy, unless that copy links to the withdrawn piece (the
    // article's "Related reading" may): such a copy must not come back either.
    ...Object.fromEntries(
      Object.values(pages()).map((p) => [p, warmed.get(p)?.includes(`/commentaries/${withdrawn.slug}"`) ? [503] : [200]]),
    ),
    // Next may already hold its own 404 for it (the studio prefetches the piece's public link).
    [`/commentaries/${withdrawn.slug}`]: [404, 503],
    [withdrawnFeed()]: [503],
    [unseen]: [503],
  };
  // Every page five times, in parallel, as readers keep coming.
  const answers = await Promise.all(
    Array.from({ length: 5 }, () => Object.keys(expected).map(async (pathname) => ({ pathname, ...(await read(pathname)) }))).flat(),
  );
  const statuses = answers.map(({ pathname, status }) => `${status} ${pathname}`);
  console.log(
    `During the outage, ${answers.length} reader requests: ${[...new Set(statuses)].map((s) => `${statuses.filter((x) => x === s).length} x ${s}`).join("; ")}`,
  );
  expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
  for (const answer of answers) {
    expect({ pathname: answer.pathname, expected: expected[answer.pathname].includes(answer.status) }).toEqual({
      pathname: answer.pathname,
      expected: true,
    });
    if (answer.status === 200) {
      // The copy readers were last given, byte for byte, marked as such and not for a CDN to keep.
      expect({
        pathname: answer.pathname,
        sameAsBefore: answer.body === warmed.get(answer.pathname),
        stale: answer.headers.get("x-standfirst-stale"),
        cacheControl: answer.headers.get("cache-control"),
      }).toEqual({ pathname: answer.pathname, sameAsBefore: true, stale: "1", cacheControl: "no-store" });
    } else {
      // The unpublished piece is not resurrected, neither on its page nor in a list.
      expect({ pathname: answer.pathname, showsUnpublished: answer.body.includes(withdrawn.title) }).toEqual({
        pathname: answer.pathname,
        showsUnpublished: false,
      });
    }
    if (answer.status === 503) {
      expect({
        pathname: answer.pathname,
        retryAfter: answer.headers.get("retry-after"),
        unavailablePage: answer.body.includes("This page is temporarily unavailable"),
      }).toEqual({ pathname: answer.pathname, retryAfter: "30", unavailablePage: true });
    }
  }
});

test("with the database stopped, the save endpoint answers 503 with Retry-After", async () => {
  const cookie = (await writer.context.cookies(base)).map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await fetch(`${base}/api/articles/${draftId}`, {
    method: "PUT",
    headers: { "content-type": "application/json", origin: base, cookie },
    body: JSON.stringify({
      baseVersion: 1,
      article: { title: "Green Shipping Corridors", body: { type: "doc", content: [{ type: "paragraph" }] } },
    }),
  });
  expect({ status: response.status, retryAfter: response.headers.get("retry-after") }).toEqual({ status: 503, retryAfter: "30" });
  await expect(response.json()).resolves.toEqual({
    error: "The database is unavailable just now. Nothing was lost; try again in a moment.",
    fieldErrors: {},
  });
});

test("with the database stopped, the editor says so and keeps the text in the browser", async () => {
  const { page } = writer;
  await page.getByRole("textbox", { name: "Body" }).getByText(ANCHOR).click();
  await page.keyboard.press("End");
  await page.keyboard.type(TYPED);
  await page.getByRole("status").filter({ hasText: UNAVAILABLE }).waitFor({ timeout: 20_000 });
  const local = await page.evaluate((key) => window.localStorage.getItem(key), `standfirst:unsaved:${draftId}`);
  expect(local).toContain(TYPED.trim());
  await screenshots(page, "outage-editor");
  // A studio page opened now is a plain "temporarily unavailable" page, not Next's error screen.
  const other = await writer.context.newPage();
  const response = await other.goto("/studio");
  expect(response?.status()).toBe(503);
  await other.getByRole("heading", { name: "This page is temporarily unavailable" }).waitFor();
  await screenshots(other, "outage-studio-unavailable");
  await other.close();
  // Moving within the studio from a page already open: the studio's own error page (app/(studio)/studio/error.tsx).
  await dashboard.getByRole("link", { name: "New commentary", exact: true }).click();
  await dashboard.getByRole("heading", { name: "This page could not be loaded" }).waitFor();
  await screenshots(dashboard, "outage-studio-navigation");
});

test("when the database is back, the text is saved, and readers get fresh pages without the unpublished piece", async () => {
  await proxy.restore();
  const { page, context } = writer;
  // The editor retries on its own, at most 5 s apart (components/editor/save-rules.ts), so the
  // save lands within seconds of the database's return (the pool's reconnection included).
  await saveStatus(page)
    .filter({ hasText: /^Saved at/ })
    .waitFor({ timeout: 15_000 });
  await waitUntilSaved(page, context, draftId, TYPED.trim());
  await expect(saveStatus(page).textContent()).resolves.toMatch(/^Saved at/);
  // The studio's error page tries again when asked.
  await dashboard.getByRole("button", { name: "Try again" }).click();
  await dashboard.getByRole("heading", { name: "This page could not be loaded" }).waitFor({ state: "detached" });
  await dashboard.getByRole("textbox", { name: "Body" }).waitFor();

  const article = await read(pages().article);
  const feed = await read(withdrawnFeed());
  expect({
    article: [article.status, article.headers.get("x-standfirst-stale"), article.body.includes(kept.title)],
    withdrawn: (await read(`/commentaries/${withdrawn.slug}`)).status,
    feed: [feed.status, feed.body.includes(`/commentaries/${withdrawn.slug}`)],
    unseen: (await read(`/search?q=${run}-never-searched`)).status,
  }).toEqual({ article: [200, null, true], withdrawn: 404, feed: [200, false], unseen: 200 });
});
