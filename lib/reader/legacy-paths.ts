// Addresses a piece had before: a WordPress permalink (/2024/06/slug/, /2024/06/03/slug/), a
// WordPress post id (/?p=123), filled by the import (lib/admin/wordpress-import/), and every
// public address of its own it no longer has (/commentaries/<old slug>), written when its
// publication changes slug. Each answers with a permanent redirect to the piece's page while the
// piece is live. next.config.js rewrites only the WordPress shapes to app/legacy/; an old slug is
// looked up by the piece page when no live piece has it, so a found piece pays no query for this.
import "server-only";
import { db, type Tx } from "../platform/db";
import { paths } from "../platform/paths";
import { plainPage } from "../platform/http/plain-page";

/** An old address as stored and looked up: percent-decoded, without a trailing slash. */
export function legacyKey(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: kept as it came.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, "") : decoded;
}

/** The old address a piece's former slug is kept under: "/commentaries/<slug>". */
export const pieceSlugPath = (slug: string) => legacyKey(paths.piece(slug));

/**
 * Keeps a piece's public address when its publication is written again (a new version published,
 * or an import updating it): the slug it had stays a redirect to it (`previous`, when it differs),
 * and the slug it has now is no longer one (a rename back). Inside the publication's transaction.
 * (A publication is only ever removed for good: an unpublished or archived piece has no way back.)
 */
export async function keepPublicSlug(tx: Tx, articleId: string, previous: string | null, current: string) {
  await tx.legacyPath.deleteMany({ where: { path: pieceSlugPath(current), articleId } });
  if (previous === null || previous === current) return;
  const path = pieceSlugPath(previous);
  await tx.legacyPath.upsert({ where: { path }, create: { path, articleId }, update: { articleId } });
}

/** Which other piece holds `slug`: as its live or scheduled address, or as an old address that redirects to it. */
export async function pieceSlugHolder(
  slug: string,
  exceptArticleId: string | null,
): Promise<{ articleId: string; redirects: boolean } | null> {
  const not = exceptArticleId ? { not: exceptArticleId } : undefined;
  const [published, redirect] = await Promise.all([
    db.publication.findFirst({ where: { slug, articleId: not }, select: { articleId: true } }),
    db.legacyPath.findFirst({ where: { path: pieceSlugPath(slug), articleId: not }, select: { articleId: true } }),
  ]);
  if (published) return { articleId: published.articleId, redirects: false };
  return redirect ? { articleId: redirect.articleId, redirects: true } : null;
}

/** Where a piece's former slug leads now: its page, while it is live under another slug; else null. */
export async function movedPieceLocation(slug: string): Promise<string | null> {
  const location = await legacyLocation(pieceSlugPath(slug));
  return location === paths.piece(slug) ? null : location;
}

/** Where an old address's piece is now, or null when there is none or it is not live. */
export async function legacyLocation(path: string): Promise<string | null> {
  const row = await db.legacyPath.findUnique({
    where: { path: legacyKey(path) },
    select: { article: { select: { publication: { select: { slug: true, liveFrom: true } } } } },
  });
  const publication = row?.article.publication;
  if (!publication || publication.liveFrom > new Date()) return null;
  return paths.piece(publication.slug);
}

/** The old address `path` as the route (app/legacy/) receives it: its kind and the segments after. */
export function legacyPathOf(kind: string, rest: string[]): string | null {
  if (kind === "p") return rest.length === 1 && /^\d{1,12}$/.test(rest[0]) ? `/?p=${rest[0]}` : null;
  if (kind === "path") return `/${rest.join("/")}`;
  return null;
}

/** The answer to an old address: 301 to the piece (search engines move its standing there), or 404. */
export async function legacyRedirect(params: Promise<{ kind: string; rest: string[] }>): Promise<Response> {
  const { kind, rest } = await params;
  const path = legacyPathOf(kind, rest);
  const location = path ? await legacyLocation(path) : null;
  if (location) return new Response(null, { status: 301, headers: { Location: location, "Cache-Control": "public, max-age=3600" } });
  const page = plainPage(404, "Page not found", ["There is nothing at this address. The piece may have moved, or it may not be public."]);
  return new Response(page.body, { status: page.status, headers: page.headers });
}
