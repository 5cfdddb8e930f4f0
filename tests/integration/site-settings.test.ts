// The site settings an admin edits on /studio/admin/settings: who may, what is refused, and the
// issue's promise: after a change of name and address, with no restart, every absolute URL the
// site hands out (pages' metadata, JSON-LD, citations, feeds, the sitemap, robots.txt, mail)
// names the new address and the new name, and every public cache is told to let go.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { GET as citeGet } from "@/app/(public)/commentaries/[slug]/cite/[format]/route";
import { generateMetadata as pieceMetadata } from "@/app/(public)/commentaries/[slug]/page";
import { generateMetadata as authorMetadata } from "@/app/(public)/authors/[slug]/page";
import { generateMetadata as homeMetadata } from "@/app/(public)/page";
import { generateMetadata as layoutMetadata } from "@/app/(public)/layout";
import { GET as feedGet } from "@/app/feeds/[kind]/[slug]/[file]/route";
import { GET as siteAtom } from "@/app/feeds/atom.xml/route";
import { GET as siteRss } from "@/app/feeds/rss.xml/route";
import robots from "@/app/robots";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import { PieceArticle } from "@/components/reader/piece-view";
import { createInvitation } from "@/lib/accounts/invitations";
import { getSiteSettingsForm, updateSiteSettings, type SiteSettingsInput } from "@/lib/admin/site-settings";
import { validateRichText } from "@/lib/content";
import { transition } from "@/lib/editorial/workflow";
import { db } from "@/lib/platform/db";
import { configuredSiteUrl } from "@/lib/platform/env";
import { ValidationError } from "@/lib/platform/errors";
import { paths } from "@/lib/platform/paths";
import { publicGeneration } from "@/lib/platform/public-generation";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { loadPieceFacts } from "@/lib/reader/piece-facts";
import { getLivePublication } from "@/lib/reader/publications";
import { articleJsonLd, authorJsonLd, serializeJsonLd } from "@/lib/reader/seo";
import { getPublicAuthor } from "@/lib/reader/publications";
import { actorFor, signedIn } from "../helpers/actors";
import { makeArticle, makeUser } from "../helpers/db";
import { expiredTags, revalidatedPaths } from "../helpers/next-cache";

const OLD = "https://old.example";
const NEW = "https://commentaries.new-institute.example";

let admin: Awaited<ReturnType<typeof signedIn>>;
let slug: string;
let authorSlug: string;

/** Every field, as the form sends them, with these changes. */
function form(changes: Partial<Record<keyof SiteSettingsInput, string | string[]>> = {}) {
  return {
    siteName: "Think Example",
    organisation: "Think Example Institute",
    baseUrl: OLD,
    timeZone: "Europe/London",
    defaultLanguage: "en",
    notesLabel: "Notes",
    aboutLabel: "About the writer",
    disclaimerLabel: "Disclaimer",
    defaultLicence: "CC-BY-ND-4.0",
    doiPrefix: "10.12345",
    doiPattern: "commentary.{year}.{seq:3}",
    crossrefDepositorName: "Web Team",
    crossrefDepositorEmail: "web@think.example",
    crossrefRegistrant: "Think Example Institute",
    fourEyes: ["false", "true"],
    ...changes,
  };
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const text = (response: Response) => response.text();

beforeAll(async () => {
  admin = await signedIn("admin", { name: "Ada Admin" });
  await updateSiteSettings(admin.actor, form());
  const editor = await makeUser("editor");
  const writer = await makeUser("writer", { name: "Amara Okafor" });
  const colleague = await makeUser("writer", { name: "Lucas Martin" });
  authorSlug = writer.author!.slug;
  const article = await makeArticle({
    createdById: editor.id,
    authorIds: [writer.author!.id, colleague.author!.id],
    status: "approved",
  });
  await db.article.update({
    where: { id: article.id },
    data: {
      title: "Harbours and power",
      // Stored as the editor's save would store it: validated, which numbers the notes.
      body: validateRichText("body", {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "Ports matter." },
              { type: "footnoteReference", attrs: { "data-id": "n1" } },
            ],
          },
          {
            type: "footnotes",
            content: [
              {
                type: "footnote",
                attrs: { "data-id": "n1" },
                content: [{ type: "paragraph", content: [{ type: "text", text: "A source." }] }],
              },
            ],
          },
        ],
      }),
    },
  });
  slug = (await transition(await actorFor(editor), article.id, "publish")).slug;
});

/** Every absolute URL and name the public site hands out, read the way readers' software reads them. */
async function everythingPublic(): Promise<Record<string, string>> {
  const facts = (await loadPieceFacts(slug))!;
  const author = (await getPublicAuthor(authorSlug))!;
  const piecesFile = paths.sitemapFile({ kind: "pieces", number: 1 }).split("/").pop()!;
  const pagesFile = paths.sitemapFile({ kind: "pages", number: 1 }).split("/").pop()!;
  const invitation = await createInvitation(admin.actor, { email: `invitee-${Date.now()}@test.example`, role: "writer" });
  return {
    "piece metadata": JSON.stringify(await pieceMetadata(params({ slug }))),
    "piece JSON-LD": serializeJsonLd(articleJsonLd(facts)),
    "author metadata": JSON.stringify(await authorMetadata(params({ slug: authorSlug }))),
    "author JSON-LD": serializeJsonLd(authorJsonLd(author, (await getSiteSettings()).baseUrl)),
    "layout metadataBase": String((await layoutMetadata()).metadataBase),
    BibTeX: await text(await citeGet(new Request("http://x/"), params({ slug, format: "bibtex" }))),
    RIS: await text(await citeGet(new Request("http://x/"), params({ slug, format: "ris" }))),
    RSS: await text(await siteRss()),
    Atom: await text(await siteAtom()),
    "author feed": await text(await feedGet(new Request("http://x/"), params({ kind: "authors", slug: authorSlug, file: "atom.xml" }))),
    "sitemap index": await text(await sitemapIndex()),
    "sitemap of pieces": await text(await sitemapFile(new Request("http://x/"), params({ file: piecesFile }))),
    "sitemap of pages": await text(await sitemapFile(new Request("http://x/"), params({ file: pagesFile }))),
    "robots.txt": JSON.stringify(await robots()),
    "invitation link": invitation.link,
  };
}

test("an admin renames the site and moves it: every absolute URL and name follows at once, and every public cache lets go", async () => {
  const before = await everythingPublic();
  for (const [what, content] of Object.entries(before)) expect([what, content.includes(OLD)]).toEqual([what, true]);

  expiredTags.length = 0;
  revalidatedPaths.length = 0;
  const generation = publicGeneration();
  await updateSiteSettings(admin.actor, form({ siteName: "New Commentaries", organisation: "New Institute", baseUrl: `${NEW}/` }));

  const after = await everythingPublic();
  for (const [what, content] of Object.entries(after)) {
    expect([what, content.includes(NEW)]).toEqual([what, true]);
    expect([what, content.includes(OLD)]).toEqual([what, false]);
  }
  // The names readers see: the site's in titles and feeds, the organisation as publisher. (The home
  // page's own links are paths, made absolute on the layout's metadataBase, checked above.)
  expect(await homeMetadata()).toMatchObject({
    title: "Commentaries | New Commentaries",
    description: expect.stringContaining("New Institute"),
  });
  expect(after["piece JSON-LD"]).toContain('"publisher":{"@type":"Organization","name":"New Institute"');
  expect(after.RSS).toContain("<title>New Commentaries: Commentaries</title>");
  expect(after.BibTeX).toContain("New Institute");
  expect(after["piece metadata"]).toContain(`"canonical":"${NEW}/commentaries/${slug}"`);
  expect(after["robots.txt"]).toContain(`${NEW}/sitemap.xml`);

  // Every page under the root layout, the reads that embed the settings, and each instance's response cache.
  expect(revalidatedPaths).toContain("/");
  expect(expiredTags.map((t) => t.tag)).toEqual(expect.arrayContaining(["site", "publications", "listings"]));
  expect(publicGeneration()).toBeGreaterThan(generation);

  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { createdAt: "desc" } });
  expect(audit.actorId).toBe(admin.user.id);
  expect(audit.details).toMatchObject({ siteName: { from: "Think Example", to: "New Commentaries" }, baseUrl: { from: OLD, to: NEW } });
});

test("an empty address follows the configured one (SITE_URL, or the address the site is served on)", async () => {
  await updateSiteSettings(admin.actor, form({ baseUrl: "" }));
  expect((await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).baseUrl).toBeNull();
  expect((await getSiteSettings()).baseUrl).toBe(configuredSiteUrl());
  expect((await getSiteSettingsForm(admin.actor)).values.baseUrl).toBe("");
  expect(JSON.stringify(await robots())).toContain(`${configuredSiteUrl()}/sitemap.xml`);
});

test.each([
  ["baseUrl", "commentaries dot org", '"commentaries dot org" is not a web address: write it as https://example.org.'],
  ["baseUrl", "ftp://think.example", "The public address must start with https:// or http://."],
  [
    "baseUrl",
    "https://think.example/commentaries",
    "The public address is the site's origin only (https://think.example): the site is served from the root of its host.",
  ],
  ["timeZone", "Mars/Olympus_Mons", "Choose a time zone from the list, such as Asia/Singapore or Europe/London."],
  ["doiPrefix", "11.1234", "A DOI prefix is 10. and the digits Crossref gave you, such as 10.12345."],
  ["doiPattern", "{year}-{volume}", "The DOI pattern uses {volume}, which is not a token: use {year}, {seq}, {seq:3}, {series} or {slug}."],
  ["doiPattern", "isi.{year}", "The DOI pattern needs {seq} or {slug}, or two pieces would get the same DOI."],
  ["doiPattern", "isi {seq}", "The DOI pattern may contain only letters, digits, the tokens and - . _ ; ( ) /."],
  ["crossrefDepositorEmail", "web team at think", "The depositor's email is not an email address."],
  ["defaultLicence", "GPL-3.0", "Choose a licence from the list."],
  ["defaultLanguage", "fr", "Choose the site's language from the list."],
  ["siteName", "   ", "The site name cannot be empty."],
  ["notesLabel", "", "The notes heading cannot be empty."],
] as const)("%s %j is refused with its reason, and nothing is saved", async (field, value, message) => {
  const saved = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
  const audits = await db.auditEvent.count();
  const error = await updateSiteSettings(admin.actor, form({ [field]: value, siteName: field === "siteName" ? value : "Changed" })).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).fieldErrors[field]).toEqual([message]);
  expect(await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(saved);
  expect(await db.auditEvent.count()).toBe(audits);
});

test("writers and editors may neither read nor change the settings; no one signed in is asked to sign in", async () => {
  const before = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
  for (const role of ["writer", "editor"] as const) {
    const { actor } = await signedIn(role);
    await expect(getSiteSettingsForm(actor)).rejects.toMatchObject({ status: 403 });
    await expect(updateSiteSettings(actor, form({ siteName: "Taken over" }))).rejects.toMatchObject({ status: 403 });
  }
  await expect(updateSiteSettings(null, form({ siteName: "Taken over" }))).rejects.toMatchObject({ status: 401 });
  expect(await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
});

test("the four-eyes switch is saved as the box says, ticked or not", async () => {
  await updateSiteSettings(admin.actor, form({ fourEyes: "false" }));
  expect((await getSiteSettings()).fourEyes).toBe(false);
  await updateSiteSettings(admin.actor, form({ fourEyes: ["false", "true"] }));
  expect((await getSiteSettings()).fourEyes).toBe(true);
});

const router: AppRouterInstance = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {}, bfcacheId: "test" };

test("the piece shows the site's headings for notes, writers and disclaimer", async () => {
  await updateSiteSettings(
    admin.actor,
    form({ notesLabel: "References", aboutLabel: "About the author", disclaimerLabel: "Note <on> views" }),
  );
  const piece = (await getLivePublication(slug))!;
  const render = async () =>
    renderToStaticMarkup(
      createElement(
        AppRouterContext.Provider,
        { value: router },
        createElement(PieceArticle, {
          piece: { ...piece, disclaimerHtml: "<p>Our views.</p>" },
          timeZone: "UTC",
          labels: await getSiteSettings(),
        }),
      ),
    );
  const html = await render();
  expect(html).toContain('<h2 id="notes-heading">References</h2>');
  expect(html).not.toContain(">Notes<");
  // Two writers: the English label takes the plural.
  expect(html).toContain('<h2 id="about-heading">About the authors</h2>');
  expect(html).toContain('<h2 id="disclaimer-heading" class="disclaimer__heading">Note &lt;on&gt; views</h2>');

  // A label in another language is shown as given, for one writer or several.
  await updateSiteSettings(admin.actor, form({ aboutLabel: "Tentang penulis" }));
  expect(await render()).toContain('<h2 id="about-heading">Tentang penulis</h2>');
});
