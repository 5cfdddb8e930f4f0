import { db } from "@/lib/platform/db";
import { countWords, plainText } from "@/lib/content";
import type { JSONContent } from "@tiptap/core";
import { DEMO_PASSWORD, demoAccounts, seed } from "@/prisma/seed";
import { signInWithPassword } from "@/lib/accounts/sign-in";

async function counts() {
  return {
    users: await db.user.count(),
    authors: await db.authorProfile.count(),
    divisions: await db.division.count(),
    series: await db.series.count(),
    disclaimers: await db.disclaimer.count(),
    topics: await db.topic.count(),
    articles: await db.article.count(),
    revisions: await db.revision.count(),
    publications: await db.publication.count(),
    comments: await db.readerComment.count(),
    images: await db.mediaAsset.count(),
  };
}

test("the seed loads the demo content, and a second run changes nothing", async () => {
  await seed(db);
  const first = await counts();
  expect(first).toMatchObject({ users: 5, authors: 3, divisions: 2, series: 1, disclaimers: 1, topics: 5, articles: 8, images: 10 });

  await seed(db);
  expect(await counts()).toEqual(first);
}, 60_000);

test("demo pieces cover every workflow state, with 800-1,500 words and numbered footnotes", async () => {
  const articles = await db.article.findMany({ select: { status: true, body: true, slug: true } });
  expect(new Set(articles.map((a) => a.status))).toEqual(
    new Set(["draft", "in_review", "changes_requested", "approved", "scheduled", "published", "unpublished", "archived"]),
  );
  for (const article of articles) {
    const words = countWords(plainText(article.body as JSONContent));
    expect(words).toBeGreaterThanOrEqual(800);
    expect(words).toBeLessThanOrEqual(1500);
    expect(JSON.stringify(article.body)).toContain('"type":"footnoteReference"');
  }
});

test("one demo author is a guest without a login", async () => {
  const guests = await db.authorProfile.findMany({ where: { userId: null } });
  expect(guests.map((g) => g.slug)).toEqual(["mei-lin-tan"]);
});

test.each(demoAccounts.filter((a) => a.role !== "writer" || a.email.startsWith("amara")))(
  "the demo account $email ($role) signs in with the README's password",
  async ({ email, role }) => {
    const { user } = await signInWithPassword({ email, password: DEMO_PASSWORD }, { ip: "203.0.113.9" });
    expect(user.role).toBe(role);
  },
);

test("most demo pieces lead with an image that has alt text, caption and credit; one body has the chart and a table; every author a portrait", async () => {
  const articles = await db.article.findMany({ select: { slug: true, leadImage: true, body: true, mediaIds: true } });
  const led = articles.filter((a) => a.leadImage);
  expect(led.length).toBeGreaterThan(articles.length / 2);
  for (const { leadImage } of led) {
    expect(leadImage).toMatchObject({ format: "jpeg", width: 2400, height: 1600, credit: "Illustration: Standfirst demo" });
    expect(leadImage!.alt.length).toBeGreaterThan(20);
    expect(leadImage!.caption).not.toBe("");
  }
  const withChart = articles.filter((a) => JSON.stringify(a.body).includes('"type":"figure"'));
  expect(withChart).toHaveLength(1);
  const body = JSON.stringify(withChart[0].body);
  expect(body).toContain('"type":"table"');
  expect(body).toContain('"type":"tableHeader"');
  const chart = await db.mediaAsset.findFirstOrThrow({ where: { format: "png" } });
  expect(withChart[0].mediaIds).toContain(chart.id);
  expect(chart.alt).toMatch(/^Bar chart/);

  const authors = await db.authorProfile.findMany({ select: { portrait: { select: { format: true, width: true, height: true } } } });
  expect(authors.map((a) => a.portrait)).toEqual(authors.map(() => ({ format: "jpeg", width: 800, height: 800 })));
  // The publications carry the lead image too: readers and feeds read them.
  const live = await db.publication.findMany({ select: { leadImageId: true, article: { select: { leadImageId: true } } } });
  for (const p of live) expect(p.leadImageId).toBe(p.article.leadImageId);
});
