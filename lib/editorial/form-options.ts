// What the piece editor offers to choose from: author profiles (guest authors included),
// divisions, series with their default disclaimer, disclaimers and topics.
import "server-only";
import { db } from "../platform/db";
import { authorizeSite, decideSite, type Actor } from "../permissions";

export interface ArticleFormOptions {
  authors: { id: string; displayName: string; position: string; guest: boolean }[];
  divisions: { id: string; name: string }[];
  series: { id: string; name: string; defaultDisclaimerId: string | null }[];
  disclaimers: { id: string; name: string }[];
  topics: { id: string; name: string }[];
  /** The signed-in user's own author profile, which a new piece starts with. */
  ownAuthorId: string | null;
  /** Whether they may upload an image before the piece exists (media.manage); a writer uploads for a piece. */
  uploadsWithoutPiece: boolean;
}

export async function getArticleFormOptions(actor: Actor | null): Promise<ArticleFormOptions> {
  const user = authorizeSite(actor, "articles.create");
  const byName = { name: "asc" } as const;
  const [authors, divisions, series, disclaimers, topics] = await Promise.all([
    db.authorProfile.findMany({ orderBy: { displayName: "asc" }, select: { id: true, displayName: true, position: true, userId: true } }),
    db.division.findMany({ orderBy: byName, select: { id: true, name: true } }),
    db.series.findMany({ orderBy: byName, select: { id: true, name: true, defaultDisclaimerId: true } }),
    db.disclaimer.findMany({ orderBy: byName, select: { id: true, name: true } }),
    db.topic.findMany({ orderBy: byName, select: { id: true, name: true } }),
  ]);
  return {
    authors: authors.map(({ userId, ...a }) => ({ ...a, guest: userId === null })),
    divisions,
    series,
    disclaimers,
    topics,
    ownAuthorId: authors.find((a) => a.userId === user.id)?.id ?? null,
    uploadsWithoutPiece: decideSite(user, "media.manage") === "allow",
  };
}
