// One piece as the studio's overview page shows it: its facts, its live public copy, and
// what the signed-in person may do with it right now.
import "server-only";
import { loadAuthorized } from "./working-copy";
import { latestChangeRequest } from "./editing-status";
import { db } from "../platform/db";
import {
  decideArticle,
  decideSite,
  mayCorrect,
  mayRestoreRevision,
  maySchedule,
  stoppedByFourEyes,
  type Actor,
  type ArticleAction,
} from "../permissions";
import { transitionNames, transitions, type TransitionName } from "./workflow";

export async function getArticleOverview(actor: Actor | null, articleId: string) {
  // With the four-eyes facts: the page offers Approve and Publish, or says why not.
  const { facts, actor: user } = await loadAuthorized(actor, "articles.read", articleId, { signOff: true });
  const may = (action: ArticleAction) => decideArticle(user, action, facts) === "allow";

  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      standfirst: true,
      slug: true,
      status: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      scheduledAt: true,
      publishedAt: true,
      seriesNumber: true,
      doi: true,
      licence: true,
      firstPublishedIn: true,
      canonicalUrl: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { displayName: true, slug: true } } } },
      division: { select: { name: true } },
      series: { select: { name: true } },
      publication: { select: { slug: true, title: true, liveFrom: true, updatedAt: true, revision: { select: { number: true } } } },
      corrections: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, createdBy: { select: { name: true } } },
      },
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, kind: true, createdAt: true, user: { select: { name: true } } },
      },
    },
  });
  const lastRequest = await latestChangeRequest(articleId, article.status);

  const { revisions, publication: stored, ...rest } = article;
  const publication = stored ? { ...stored, live: stored.liveFrom.getTime() <= Date.now() } : null;
  const hasLiveCopy = Boolean(publication?.live);
  // What the workflow would refuse is not offered.
  const actions: TransitionName[] = transitionNames.filter(
    (name) =>
      transitions[name].from.includes(article.status) &&
      (name === "schedule" ? maySchedule(user, facts, hasLiveCopy) : may(transitions[name].permission)),
  );
  // Why Approve or Publish is not offered, when the four-eyes rule is what holds them back.
  const heldBack = transitionNames.filter((name) => transitions[name].from.includes(article.status) && !actions.includes(name));
  const fourEyes = heldBack.map((name) => stoppedByFourEyes(user, transitions[name].permission, facts)).find(Boolean) ?? null;
  return {
    article: { ...rest, lastRevision: revisions[0] ?? null, lastRequest },
    publication,
    actions,
    fourEyes,
    can: {
      edit: may("articles.edit"),
      comment: may("articles.comment"),
      correct: mayCorrect(user, facts, hasLiveCopy),
      restore: mayRestoreRevision(user, facts),
      backdate: may("articles.backdate"),
      discard: may("articles.discard"),
      manageIdentifiers: decideSite(user, "identifiers.manage") === "allow",
    },
  };
}

export type ArticleOverview = Awaited<ReturnType<typeof getArticleOverview>>;
