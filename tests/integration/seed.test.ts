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
  };
}

test("the seed loads the demo content, and a second run changes nothing", async () => {
  await seed(db);
  const first = await counts();
  expect(first).toMatchObject({ users: 4, authors: 3, divisions: 2, series: 1, disclaimers: 1, topics: 5, articles: 8 });

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
