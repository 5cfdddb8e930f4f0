// Demo content: a small fictional think tank's commentary programme. Idempotent: what
// exists already (matched by email, slug or name) is left as it is.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { pieceMediaIds, validateRichText } from "../../lib/content";
import { markupToProse } from "../../lib/content/markup";
import { hashPassword } from "../../lib/accounts/passwords";
import { writePublication } from "../../lib/reader/publications";
import { snapshotArticle } from "../../lib/editorial/revisions";
import { recordAudit } from "../../lib/platform/audit";
import { demoArticles } from "./demo-articles";
import { markupToDoc } from "./markup";
import { CHART_PIECE, seedMedia, withChartAndTable } from "./media";

export const DEMO_PASSWORD = "standfirst-demo";

export const demoAccounts = [
  { email: "amara@standfirst.example", name: "Amara Okafor", role: "writer" as const },
  { email: "lucas@standfirst.example", name: "Lucas Brandt", role: "writer" as const },
  { email: "editor@standfirst.example", name: "Priya Raman", role: "editor" as const },
  // A second editor: with four-eyes sign-off on, whoever submitted a piece needs another editor to approve it.
  { email: "editor2@standfirst.example", name: "Daniel Osei", role: "editor" as const },
  { email: "admin@standfirst.example", name: "Jonas Weber", role: "admin" as const },
];

const authors = [
  {
    slug: "amara-okafor",
    displayName: "Amara Okafor",
    position: "Research Fellow in Area Studies",
    affiliation: "Foreign Policy and Public Diplomacy Division, Meridian Institute",
    focus: "Regional institutions, summit diplomacy and middle-power foreign policy",
    bio: "Amara Okafor is a Research Fellow in Area Studies at the Meridian Institute, where she works on regional institutions and the diplomacy of middle powers.\n\nBefore joining the Institute she spent six years as an analyst covering regional summits and trade negotiations. She holds a doctorate in international relations.",
    user: "amara@standfirst.example",
  },
  {
    slug: "lucas-brandt",
    displayName: "Lucas Brandt",
    position: "Senior Fellow, Maritime Security",
    affiliation: "Foreign Policy and Public Diplomacy Division, Meridian Institute",
    focus: "Maritime law enforcement, undersea infrastructure and naval diplomacy",
    bio: "Lucas Brandt is a Senior Fellow in Maritime Security at the Meridian Institute. His research covers coastguard cooperation, the protection of undersea infrastructure and the law of the sea.\n\nHe previously served as a legal adviser to a national maritime agency.",
    user: "lucas@standfirst.example",
  },
  {
    slug: "mei-lin-tan",
    displayName: "Mei Lin Tan",
    position: "Visiting Scholar",
    affiliation: "Economic Security and Technology Division, Meridian Institute",
    focus: "Export controls, critical minerals and technology standards",
    bio: "Mei Lin Tan is a Visiting Scholar at the Meridian Institute, writing on export controls, critical-minerals supply chains and the governance of emerging technology. She contributes to the Institute's commentaries as a guest author.",
    user: null,
  },
];

const divisions = [
  {
    slug: "foreign-policy",
    name: "Foreign Policy and Public Diplomacy Division",
    description: "Research on regional diplomacy, maritime security and the foreign policies of middle powers.",
  },
  {
    slug: "economic-security",
    name: "Economic Security and Technology Division",
    description: "Research on trade, supply chains, technology governance and the energy transition.",
  },
];

const topics = [
  { slug: "maritime-security", name: "Maritime Security" },
  { slug: "trade-policy", name: "Trade Policy" },
  { slug: "regional-diplomacy", name: "Regional Diplomacy" },
  { slug: "technology-governance", name: "Technology Governance" },
  { slug: "climate-and-energy", name: "Climate and Energy" },
];

const DISCLAIMER_NAME = "Policy Commentaries";
const disclaimerText =
  "This content is part of the Policy Commentaries series, which offers timely analysis by the Institute's fellows and guest authors. The views expressed are the authors' own and do not necessarily reflect those of the Meridian Institute.\n\nGuidelines for contributors: https://example.org/commentaries/submit";

const day = 24 * 3600_000;

export async function seed(db: PrismaClient, log: (line: string) => void = () => {}) {
  if (!(await db.siteSettings.findUnique({ where: { id: 1 } }))) {
    await db.siteSettings.create({
      data: {
        id: 1,
        siteName: "Meridian Commentaries",
        organisation: "Meridian Institute of Policy Studies",
        timeZone: "Asia/Singapore",
      },
    });
  }

  const users: Record<string, string> = {};
  for (const account of demoAccounts) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    users[account.email] =
      existing?.id ?? (await db.user.create({ data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) } })).id;
  }

  const started = Date.now();
  const media = await seedMedia(db, users["editor@standfirst.example"], authors);
  log(`Demo images ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  const authorIds: Record<string, string> = {};
  for (const { user, bio, ...author } of authors) {
    const existing = await db.authorProfile.findUnique({ where: { slug: author.slug } });
    authorIds[author.slug] =
      existing?.id ??
      (
        await db.authorProfile.create({
          data: {
            ...author,
            bio: validateRichText("prose", markupToProse(bio)) as object,
            links: [{ label: "Profile on the Institute's website", url: `https://example.org/people/${author.slug}` }],
            userId: user ? users[user] : null,
            portraitId: media.portraits[author.slug],
          },
        })
      ).id;
  }

  const divisionIds: Record<string, string> = {};
  for (const division of divisions) {
    divisionIds[division.slug] = (await db.division.upsert({ where: { slug: division.slug }, create: division, update: {} })).id;
  }
  const topicIds: Record<string, string> = {};
  for (const topic of topics) {
    topicIds[topic.slug] = (await db.topic.upsert({ where: { slug: topic.slug }, create: topic, update: {} })).id;
  }
  const disclaimer = await db.disclaimer.upsert({
    where: { name: DISCLAIMER_NAME },
    create: { name: DISCLAIMER_NAME, body: validateRichText("prose", markupToProse(disclaimerText)) as object },
    update: {},
  });
  const series = await db.series.upsert({
    where: { slug: "policy-commentaries" },
    create: {
      slug: "policy-commentaries",
      name: "Policy Commentaries",
      description: "Short, timely analysis of policy questions by the Institute's fellows and guest authors.",
      defaultDisclaimerId: disclaimer.id,
    },
    update: {},
  });

  const editorId = users["editor@standfirst.example"];
  let created = 0;
  for (const demo of demoArticles) {
    if (await db.article.findUnique({ where: { slug: demo.slug } })) continue;
    const now = Date.now();
    const publishedAt = demo.publishedDaysAgo ? new Date(now - demo.publishedDaysAgo * day) : null;
    const scheduledAt = demo.scheduledInDays ? new Date(now + demo.scheduledInDays * day) : null;
    const firstAuthor = authors.find((a) => a.slug === demo.authors[0]);
    // A guest author has no login: the second editor commissioned their pieces, so the first (the
    // demo's editor) may approve them under four-eyes sign-off.
    const createdById = firstAuthor?.user ? users[firstAuthor.user] : users["editor2@standfirst.example"];
    const text = markupToDoc(demo.body, demo.footnotes, demo.slug.slice(0, 24));
    const body = validateRichText("body", demo.slug === CHART_PIECE ? withChartAndTable(text, media.chart) : text);
    const leadImageId = media.leads[demo.slug] ?? null;

    await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          slug: demo.slug,
          title: demo.title,
          standfirst: demo.standfirst,
          body: body as object,
          status: demo.status,
          divisionId: divisionIds[demo.division],
          seriesId: demo.series ? series.id : null,
          leadImageId,
          mediaIds: pieceMediaIds(leadImageId, body),
          createdById,
          publishedAt,
          scheduledAt,
          submittedAt: ["in_review", "approved", "scheduled"].includes(demo.status) ? new Date(now - 2 * day) : null,
          authors: { create: demo.authors.map((slug, position) => ({ authorId: authorIds[slug], position })) },
          topics: { create: demo.topics.map((slug) => ({ topicId: topicIds[slug] })) },
        },
      });
      const revision = await snapshotArticle(tx, article.id, "seed", createdById, "Demo content");
      const live = demo.status === "published" || ((demo.status === "in_review" || demo.status === "changes_requested") && publishedAt);
      if (live) await writePublication(tx, article.id, revision.id, publishedAt ?? new Date(now));
      if (demo.status === "scheduled" && scheduledAt) await writePublication(tx, article.id, revision.id, scheduledAt);
      if (demo.status === "changes_requested") {
        await tx.editorialComment.create({
          data: {
            articleId: article.id,
            authorId: editorId,
            body: "Strong argument. Please tighten the second section and add a source for the figures on processing capacity before this goes out again.",
          },
        });
        await recordAudit(tx, {
          actorId: editorId,
          action: "articles.requestChanges",
          articleId: article.id,
          details: { reason: "Tighten the second section and source the figures on processing capacity." },
        });
      }
      if (demo.status === "published") {
        await tx.readerComment.createMany({
          data: [
            {
              articleId: article.id,
              name: "R. Salleh",
              body: "A useful corrective to the usual focus on navies. The point about shared search-and-rescue duties deserves more attention.",
              status: "approved",
              moderatedById: editorId,
              moderatedAt: new Date(),
            },
            {
              articleId: article.id,
              name: "Former coastguard officer",
              body: "Hotlines only work if someone answers them at 3 a.m. Training exchanges matter more than the agreements themselves.",
              status: "approved",
              moderatedById: editorId,
              moderatedAt: new Date(),
            },
            {
              articleId: article.id,
              name: "Visitor",
              body: "Waiting for moderation: does the author think regional fisheries bodies could host these talks?",
              status: "pending",
            },
          ],
        });
      }
    });
    created += 1;
  }
  log(created ? `Seeded ${created} demo commentaries.` : "Demo content already present.");
}
