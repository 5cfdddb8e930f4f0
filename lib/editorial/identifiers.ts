// What an editor sets about a piece's identity on its studio page: its DOI, licence and
// provenance ("first published in", canonical URL). Part of the working copy (a new version and a
// revision, so the history names the change); the DOI shows on the live page at once (it is the
// piece's, not a version's), the licence and provenance with the next publication, which copies them.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { ConflictError, ValidationError, fromDatabaseError } from "../platform/errors";
import { authorizeSite, type Actor } from "../permissions";
import { loadAuthorized } from "./working-copy";
import { parseInput } from "../platform/validation";
import { getSiteSettings } from "../platform/site-settings";
import { cleanDoi, DOI_FORMAT } from "../platform/identifiers";
import { licenceFor } from "../reader/licences";
import { recordAudit } from "../platform/audit";
import { snapshotArticle } from "./revisions";
import { refreshPublic, tagsForArticle } from "../reader/cache";

/** The licence select's value for "the site's default" (Article.licence null). */
export const SITE_DEFAULT_LICENCE = "default";

const identifiersInput = z.object({
  version: z.coerce.number().int().positive(),
  doi: z
    .string()
    .max(200, "A DOI is at most 200 characters.")
    .default("")
    .transform(cleanDoi)
    .refine((doi) => doi === "" || DOI_FORMAT.test(doi), {
      message: "This is not a DOI: it looks like 10.12345/isi.2024.017 (letters, digits and - . _ ; ( ) / : after the slash).",
    }),
  licence: z
    .string()
    .default(SITE_DEFAULT_LICENCE)
    .refine((key) => key === SITE_DEFAULT_LICENCE || licenceFor(key) !== null, { message: "Choose one of the licences offered." }),
  firstPublishedIn: z.string().trim().max(300, "“First published in” is at most 300 characters.").default(""),
  canonicalUrl: z
    .string()
    .trim()
    .max(2000, "The canonical URL is at most 2,000 characters.")
    .default("")
    .refine((url) => url === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url), {
      message: "Give the canonical URL as a full address starting with https:// (or leave it empty).",
    }),
});

/**
 * Sets the piece's DOI, licence and provenance (`identifiers.manage`). A typed DOI must start with
 * the site's prefix when the site has one: it can only register DOIs under its own prefix.
 * Optimistic: `version` is the working copy the form was shown, so a change made meanwhile is not
 * overwritten.
 */
export async function setArticleIdentifiers(actor: Actor | null, articleId: string, input: unknown) {
  const user = authorizeSite(actor, "identifiers.manage");
  const { article } = await loadAuthorized(user, "articles.read", articleId);
  const data = parseInput(identifiersInput, input);
  const { doiPrefix } = await getSiteSettings();
  if (data.doi && doiPrefix && !data.doi.toLowerCase().startsWith(`${doiPrefix.toLowerCase()}/`)) {
    const message = `This site registers DOIs under its prefix ${doiPrefix}: the DOI must start with ${doiPrefix}/.`;
    throw new ValidationError(message, { doi: [message] });
  }
  const next = {
    doi: data.doi || null,
    licence: data.licence === SITE_DEFAULT_LICENCE ? null : data.licence,
    firstPublishedIn: data.firstPublishedIn,
    canonicalUrl: data.canonicalUrl,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== article[key]);
  if (!changed.length) return article;

  const taken = next.doi
    ? await db.article.findFirst({
        where: { doi: { equals: next.doi, mode: "insensitive" }, id: { not: articleId } },
        select: { title: true },
      })
    : null;
  if (taken) {
    const message = `Another piece (“${taken.title}”) has this DOI already.`;
    throw new ConflictError(message, { doi: [message] });
  }

  const updated = await db
    .$transaction(async (tx) => {
      const written = await tx.article.updateMany({
        where: { id: articleId, version: data.version },
        data: { ...next, version: { increment: 1 } },
      });
      if (written.count === 0)
        throw new ConflictError("Someone saved this piece a moment ago. Reload the page and set its identifiers again.");
      await snapshotArticle(tx, articleId, "identifiers", user.id);
      await recordAudit(tx, {
        actorId: user.id,
        action: "articles.identifiers",
        articleId,
        details: Object.fromEntries(changed.map((key) => [key, { from: article[key], to: next[key] }])),
      });
      return tx.article.findUniqueOrThrow({ where: { id: articleId } });
    })
    .catch((error: unknown) => {
      throw fromDatabaseError(error, { doi: next.doi });
    });
  // The live page shows the DOI from the piece itself (licence and provenance wait for the next publication).
  if (changed.includes("doi")) refreshPublic(await tagsForArticle(articleId));
  return updated;
}
