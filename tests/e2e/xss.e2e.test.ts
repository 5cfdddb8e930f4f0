// The XSS corpus (tests/security/xss-payloads.ts) pushed through every input that reaches a
// page: article bodies as TipTap JSON (text, link targets, footnotes, unknown attributes)
// and as pasted HTML, titles, standfirsts, slugs, author names and bios, disclaimers, topic
// names, reader comments and the search query. Everything is stored through the lib
// functions (which validate), published through the workflow, then loaded in Chromium with
// the Content-Security-Policy header removed, so only the escaping stands between a payload
// and the page: any payload that runs calls window.__xss (or a dialog), and the test fails.
import { JSDOM } from "jsdom";
import { DOMParser as ProseMirrorParser } from "@tiptap/pm/model";
import { getSchema, type JSONContent } from "@tiptap/core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createArticle } from "@/lib/editorial/working-copy";
import { createAuthor } from "@/lib/admin/authors";
import { bodyExtensions } from "@/lib/content";
import { cleanPastedHtml } from "@/lib/content/paste";
import { db } from "@/lib/platform/db";
import { createDisclaimer } from "@/lib/admin/disclaimers";
import { DomainError } from "@/lib/platform/errors";
import { moderateReaderComment, postReaderComment } from "@/lib/reader/comments";
import type { CurrentUser } from "@/lib/accounts/sessions";
import { createTopic } from "@/lib/admin/topics";
import { transition } from "@/lib/editorial/workflow";
import { actorFor } from "../helpers/actors";
import { makeUser, TEST_PASSWORD } from "../helpers/db";
import { dangerousHrefs, xssPayloads, type Payload } from "../security/xss-payloads";
import { newPage, openBrowser, signIn } from "./support/browser";

// Lib functions expire Next's cache tags; outside Next that is recorded and nothing more.
jest.mock("next/cache", () => jest.requireActual("../helpers/next-cache"));

jest.setTimeout(900_000);

// Reader comments hash the client address with the auth secret; the site's own secret is
// not in this process, and the hash only keys rate limits.
process.env.NEXTAUTH_SECRET ??= "xss-test-process-secret-for-comment-ip-hashes";

const payloads = xssPayloads();
const CHUNK = 20;
const chunks: Payload[][] = [];
for (let i = 0; i < payloads.length; i += CHUNK) chunks.push(payloads.slice(i, i + CHUNK));

const text = (t: string): JSONContent => ({ type: "text", text: t });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const joined = (list: Payload[], max: number) =>
  list
    .map((p) => p.text)
    .join(" ")
    .slice(0, max);

/** The editor's paste path on the server: clean the HTML, then parse it with the body schema. */
const dom = new JSDOM("");
function pastedToJson(html: string): JSONContent {
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = { DOMParser: globals.DOMParser, Node: globals.Node, document: globals.document };
  Object.assign(globals, { DOMParser: dom.window.DOMParser, Node: dom.window.Node, document: dom.window.document });
  try {
    const cleaned = cleanPastedHtml(html);
    const container = dom.window.document.createElement("div");
    container.innerHTML = cleaned;
    return ProseMirrorParser.fromSchema(getSchema(bodyExtensions)).parse(container).toJSON() as JSONContent;
  } finally {
    Object.assign(globals, saved);
  }
}

/** A body carrying a chunk's payloads as paragraphs, a footnote per payload, and links whose title is the payload. */
function bodyFor(list: Payload[]): JSONContent {
  const notes = list.map((p, i) => ({ type: "footnote", attrs: { "data-id": `n${i}` }, content: [paragraph(text(p.text))] }));
  return {
    type: "doc",
    content: [
      ...list.map((p, i) =>
        paragraph(
          text(p.text),
          { type: "footnoteReference", attrs: { "data-id": `n${i}` } },
          // The target is encoded (a raw quote or bracket in it is refused); the title attribute carries the payload as is.
          {
            type: "text",
            text: " link",
            marks: [{ type: "link", attrs: { href: `https://example.com/?q=${encodeURIComponent(p.text)}`, title: p.text } }],
          },
        ),
      ),
      { type: "footnotes", content: notes },
    ],
  };
}

const refused = async (attempt: () => Promise<unknown>) =>
  attempt().then(
    () => false,
    (error: unknown) => {
      if (error instanceof DomainError && error.status === 400) return true;
      throw error;
    },
  );

let editor: CurrentUser;
let editorUser: Awaited<ReturnType<typeof makeUser>>;
let writer: CurrentUser;
const articleIds: string[] = [];
const slugs: string[] = [];
const authorSlugs: string[] = [];
const topicSlugs: string[] = [];
const acceptedDangerousLinks: string[] = [];
let browser: Browser;

async function publish(id: string) {
  await transition(writer, id, "submit");
  await transition(editor, id, "approve");
  await transition(editor, id, "publish");
}

beforeAll(async () => {
  editorUser = await makeUser("editor");
  const writerUser = await makeUser("writer");
  editor = await actorFor(editorUser);
  writer = await actorFor(writerUser);

  const disclaimer = await createDisclaimer(editor, {
    name: joined(chunks[0], 200),
    body: payloads
      .map((p) => p.text)
      .join("\n\n")
      .slice(0, 20_000),
  });
  for (const [index, list] of chunks.entries()) {
    const author = await createAuthor(editor, {
      displayName: joined(list, 200),
      slug: `xss-author-${index}`,
      position: joined(list, 300),
      bio: list.map((p) => p.text).join("\n\n"),
    });
    authorSlugs.push(author.slug);
    const topic = await createTopic(editor, { name: list[0].text.slice(0, 200), slug: `xss-topic-${index}` });
    topicSlugs.push(topic.slug);
    const article = await createArticle(writer, {
      title: joined(list, 300),
      standfirst: joined(list, 1200),
      body: bodyFor(list),
      disclaimerId: disclaimer.id,
      topicIds: [topic.id],
      authorIds: [writerUser.author!.id, author.id],
    });
    articleIds.push(article.id);
  }
  // The same payloads as HTML pasted into the editor.
  for (const [index, list] of chunks.entries()) {
    const pasted = list.map((p) => pastedToJson(`<p>${p.text}</p>${p.text}`).content ?? []).flat();
    const article = await createArticle(writer, {
      title: `Pasted ${index}`,
      body: { type: "doc", content: pasted.length ? pasted : [paragraph(text("empty"))] },
    });
    articleIds.push(article.id);
  }
  // Dangerous link targets: each is refused, or stored and then rendered harmless.
  for (const href of dangerousHrefs()) {
    const body = {
      type: "doc",
      content: [paragraph({ type: "text", text: "click", marks: [{ type: "link", attrs: { href: href.text } }] })],
    };
    if (!(await refused(() => createArticle(writer, { title: `Link ${href.id}`, body })))) acceptedDangerousLinks.push(href.text);
  }
  for (const id of articleIds) await publish(id);
  for (const id of articleIds) slugs.push((await db.article.findUniqueOrThrow({ where: { id } })).slug);

  // Reader comments, approved so the public sees them.
  for (const [index, p] of payloads.entries()) {
    await postReaderComment(
      { slug: slugs[index % chunks.length], name: p.text.slice(0, 100), comment: p.text },
      { ip: `10.77.${Math.floor(index / 250)}.${index % 250}` },
    );
  }
  for (const comment of await db.readerComment.findMany({ where: { status: "pending" } })) {
    await moderateReaderComment(editor, { id: comment.id, decision: "approve" });
  }

  browser = await openBrowser();
});
afterAll(() => browser?.close());

// Each test's recording context is closed when the test ends. Its route handler is removed
// first: prefetches the last page started may still be in flight, and fetching for them from
// a disposed context fails the run after the assertions have passed.
const openContexts: BrowserContext[] = [];
afterEach(async () => {
  for (const context of openContexts.splice(0)) {
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await context.close();
  }
});

/** A context whose pages record any payload that runs, with the CSP taken off the responses. */
async function recordingPage(signInFirst = false): Promise<{ context: BrowserContext; page: Page; ran: string[] }> {
  const { context, page } = await newPage(browser);
  openContexts.push(context);
  const ran: string[] = [];
  await context.exposeFunction("__xssReport", (what: string) => void ran.push(`${page.url()}: ${what}`));
  await context.addInitScript(() => {
    const report = (what: unknown) => (window as unknown as { __xssReport: (w: string) => void }).__xssReport(String(what));
    Object.assign(window, { __xss: report, alert: report, confirm: report, prompt: report });
  });
  page.on("dialog", (dialog) => {
    ran.push(`${page.url()}: dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  if (signInFirst) await signIn(page, editorUser.email, TEST_PASSWORD);
  await context.route("**/*", async (route) => {
    // Sent again once when a reused connection was reset, as the browser itself does.
    const response = await route.fetch().catch((error: Error) => {
      if (!/ECONNRESET|socket hang up/.test(error.message)) throw error;
      return route.fetch();
    });
    const headers = { ...response.headers() };
    delete headers["content-security-policy"];
    await route.fulfill({ response, headers });
  });
  return { context, page, ran };
}

/** What the page's DOM would run even if no event fired: handlers, script URLs, foreign scripts. */
async function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (
          /^(href|src|action|formaction|xlink:href|data)$/i.test(attr.name) &&
          /^\s*(javascript|vbscript|data):/i.test(attr.value.replace(/[\u0000-\u001f]/g, ""))
        ) {
          found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 60)}`);
        }
      }
      if (/^(IFRAME|OBJECT|EMBED|BASE|FRAME)$/.test(el.tagName)) found.push(el.tagName);
      // Next's page data (self.__next_f.push) and the JSON-LD block carry the payloads as escaped
      // JSON strings, which is correct; any other script mentioning the marker was injected.
      const source = (el.textContent ?? "").trim();
      const isData =
        (el as HTMLScriptElement).type === "application/ld+json" ||
        source.startsWith("self.__next_f.push(") ||
        source.startsWith("(self.__next_f");
      if (el.tagName === "SCRIPT" && !isData && /__xss|alert\(/.test(source)) found.push(`SCRIPT ${source.slice(0, 60)}`);
      if (el.tagName === "SCRIPT" && (el as HTMLScriptElement).src && new URL((el as HTMLScriptElement).src).origin !== location.origin)
        found.push(`SCRIPT src=${(el as HTMLScriptElement).src}`);
    }
    return found;
  });
}

/**
 * Control: markup injected into the page after load does run (the CSP is really off) and is
 * both recorded and found by the DOM check, so an empty result below means something.
 */
async function proveDetectorsWork(page: Page, url: string, ran: string[]) {
  await page.goto(url);
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.setAttribute("onerror", "__xss('control')");
    img.src = "/no-such-image.png";
    document.body.append(img);
  });
  await page.waitForFunction(() => document.querySelector("img[onerror]") !== null);
  // The handler runs once the image request has failed, which on a cold server can take more
  // than a moment: wait for it (up to 10 s) rather than for a fixed time.
  for (const deadline = Date.now() + 10_000; !ran.some((r) => r.endsWith(": control")) && Date.now() < deadline;)
    await page.waitForTimeout(50);
  expect(ran.some((r) => r.endsWith(": control"))).toBe(true);
  expect((await dangerousMarkup(page)).some((f) => f === "IMG onerror")).toBe(true);
  ran.length = 0;
}

async function visit(page: Page, url: string, problems: string[]) {
  const response = await page.goto(url, { waitUntil: "load" });
  expect({ url, status: response?.status() }).toEqual({ url, status: 200 });
  // Focus and hover handlers would fire on interaction: give autofocus a moment, then move around.
  await page.mouse.move(10, 10);
  await page.mouse.move(400, 400);
  await page.waitForTimeout(50);
  for (const found of await dangerousMarkup(page)) problems.push(`${url}: ${found}`);
}

test("the corpus has at least 300 payloads and every link target is refused", () => {
  expect(payloads.length).toBeGreaterThanOrEqual(300);
  expect(acceptedDangerousLinks).toEqual([]);
});

test("a slug made of a payload is refused", async () => {
  for (const p of payloads.slice(0, 40)) {
    expect(
      await refused(() => createArticle(writer, { title: "Slug", slug: p.text, body: { type: "doc", content: [paragraph(text("x"))] } })),
    ).toBe(true);
  }
});

test("unknown node types and attributes in the body are refused or dropped, never rendered", async () => {
  const attempts: JSONContent[] = [
    { type: "doc", content: [{ type: "script", content: [text("__xss(1)")] }] },
    {
      type: "doc",
      content: [{ type: "paragraph", attrs: { onclick: "__xss(2)", style: "x:expression(__xss(2))" }, content: [text("x")] }],
    },
    {
      type: "doc",
      content: [
        paragraph({
          type: "text",
          text: "x",
          marks: [{ type: "link", attrs: { href: "https://example.com", onclick: "__xss(3)", target: "javascript:__xss(3)" } }],
        }),
      ],
    },
    {
      type: "doc",
      content: [paragraph({ type: "text", text: "x", marks: [{ type: "highlight", attrs: { color: 'red" onmouseover="__xss(4)' } }] })],
    },
    { type: "doc", content: [paragraph({ type: "footnoteReference", attrs: { "data-id": '"><img src=x onerror=__xss(5)>' } })] },
  ];
  const stored: string[] = [];
  for (const [index, body] of attempts.entries()) {
    const isRefused = await refused(() => createArticle(writer, { title: `Unknown ${index}`, body }));
    if (!isRefused) stored.push(JSON.stringify((await db.article.findFirstOrThrow({ where: { title: `Unknown ${index}` } })).body));
  }
  // Whatever was accepted carries none of the attacker's attributes.
  for (const body of stored) expect(body).not.toMatch(/__xss|onclick|expression/);
});

test("no payload runs on any public page", async () => {
  const { page, ran } = await recordingPage();
  const problems: string[] = [];
  await proveDetectorsWork(page, "/", ran);
  // The pieces, and proof that the payloads really reached the pages (escaped, as text).
  await visit(page, `/commentaries/${slugs[0]}`, problems);
  expect(await page.locator("h1").textContent()).toContain(chunks[0][0].text.slice(0, 20));
  for (const slug of slugs) await visit(page, `/commentaries/${slug}`, problems);
  for (const slug of authorSlugs) await visit(page, `/authors/${slug}`, problems);
  for (const slug of topicSlugs) await visit(page, `/topics/${slug}`, problems);
  await visit(page, "/", problems);
  // Every other payload as a search query keeps the run within minutes; the shapes alternate, so each kind is searched.
  for (const p of payloads.filter((_, i) => i % 2 === 0)) await visit(page, `/search?q=${encodeURIComponent(p.text)}`, problems);
  for (const feed of ["/feeds/rss.xml", "/feeds/atom.xml", `/feeds/authors/${authorSlugs[0]}/rss.xml`]) await visit(page, feed, problems);
  expect(ran).toEqual([]);
  expect(problems).toEqual([]);
});

test("no payload runs in the studio's overview and history pages", async () => {
  const { page, ran } = await recordingPage(true);
  const problems: string[] = [];
  await proveDetectorsWork(page, "/studio", ran);
  await visit(page, "/studio", problems);
  for (const id of articleIds) {
    await visit(page, `/studio/articles/${id}`, problems);
    await visit(page, `/studio/articles/${id}/history`, problems);
  }
  await visit(page, "/studio/comments?status=approved", problems);
  expect(ran).toEqual([]);
  expect(problems).toEqual([]);
});
