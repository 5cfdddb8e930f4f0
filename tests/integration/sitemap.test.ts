// The sitemap lists exactly the live pieces and the pages that list them, with lastmod.
import { db } from "@/lib/platform/db";
import { buildSitemap } from "@/lib/reader/sitemap";
import { transition } from "@/lib/editorial/workflow";
import { makeArticle, makeDivision, makeUser, makeSeries, makeTopic } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { publishPiece } from "../helpers/pieces";

const BASE = "https://think.example";

test("lists every live piece and its listing pages, nothing that is not live, with each page's latest change", async () => {
  await db.siteSettings.create({
    data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "UTC" },
  });
  const editor = await makeUser("editor");
  const amara = await makeUser("writer", { name: "Amara Okafor" });
  const lucas = await makeUser("writer", { name: "Lucas Martin" });
  const division = await makeDivision();
  const series = await makeSeries("Ocean Commentaries");
  const topic = await makeTopic("Shipping");

  const older = await publishPiece(editor, {
    title: "Older",
    authorIds: [amara.author!.id],
    divisionId: division.id,
    seriesId: series.id,
    topicIds: [topic.id],
  });
  const newer = await publishPiece(editor, { title: "Newer", authorIds: [amara.author!.id] });
  const draft = await makeArticle({ createdById: editor.id, authorIds: [lucas.author!.id] });
  const scheduled = await publishPiece(editor, {
    title: "Later",
    authorIds: [lucas.author!.id],
    publishAt: new Date(Date.now() + 3_600_000),
  });
  const withdrawn = await publishPiece(editor, { title: "Withdrawn", authorIds: [lucas.author!.id] });
  await transition(await actorFor(editor), withdrawn.id, "unpublish");

  const t = (iso: string) => new Date(iso);
  await db.publication.update({
    where: { slug: older.slug },
    data: { publishedAt: t("2026-01-01T00:00:00Z"), liveFrom: t("2026-01-01T00:00:00Z") },
  });
  await db.publication.update({
    where: { slug: newer.slug },
    data: { publishedAt: t("2026-02-01T00:00:00Z"), liveFrom: t("2026-02-01T00:00:00Z") },
  });
  // Prisma's @updatedAt would overwrite a value given to update(), so set it in SQL.
  await db.$executeRaw`UPDATE "Publication" SET "updatedAt" = '2026-01-01T00:00:00Z' WHERE slug IN (${older.slug}, ${newer.slug})`;
  await db.$executeRaw`UPDATE "Publication" SET "updatedAt" = '2026-02-01T00:00:00Z' WHERE slug = ${newer.slug}`;
  await db.correction.create({
    data: { articleId: older.id, body: "Fixed a figure.", createdById: editor.id, createdAt: t("2026-03-01T00:00:00Z") },
  });
  await db.$executeRaw`UPDATE "Division" SET "updatedAt" = '2025-01-01T00:00:00Z' WHERE id = ${division.id}`;
  await db.$executeRaw`UPDATE "Series" SET "updatedAt" = '2026-04-01T00:00:00Z' WHERE id = ${series.id}`;
  await db.$executeRaw`UPDATE "Topic" SET "updatedAt" = '2025-01-01T00:00:00Z' WHERE id = ${topic.id}`;
  await db.$executeRaw`UPDATE "AuthorProfile" SET "updatedAt" = '2025-01-01T00:00:00Z' WHERE id = ${amara.author!.id}`;

  const entries = await buildSitemap();
  const lastmod = Object.fromEntries(entries.map((e) => [e.url, e.lastModified]));
  expect(lastmod).toEqual({
    [`${BASE}/commentaries/${older.slug}`]: "2026-03-01T00:00:00.000Z",
    [`${BASE}/commentaries/${newer.slug}`]: "2026-02-01T00:00:00.000Z",
    [`${BASE}/`]: "2026-03-01T00:00:00.000Z",
    [`${BASE}/authors/${amara.author!.slug}`]: "2026-03-01T00:00:00.000Z",
    [`${BASE}/divisions/${division.slug}`]: "2026-03-01T00:00:00.000Z",
    [`${BASE}/series/${series.slug}`]: "2026-04-01T00:00:00.000Z",
    [`${BASE}/topics/${topic.slug}`]: "2026-03-01T00:00:00.000Z",
  });
  expect(entries).toHaveLength(7);
  const urls = entries.map((e) => e.url).join(" ");
  for (const hidden of [draft.slug, scheduled.slug, withdrawn.slug, lucas.author!.slug]) expect(urls).not.toContain(hidden);
});

test("with nothing live, the sitemap still lists the home page", async () => {
  await db.publication.deleteMany();
  const entries = await buildSitemap();
  expect(entries.map((e) => e.url)).toEqual([`${BASE}/`]);
});
