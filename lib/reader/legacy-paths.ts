// Addresses a piece had before: a WordPress permalink (/2024/06/slug/, /2024/06/03/slug/), a
// WordPress post id (/?p=123), filled by the import (lib/admin/wordpress-import/). Each answers
// with a permanent redirect to the piece's page while the piece is live. next.config.js rewrites
// only addresses of those shapes here, so no other request reaches the database for this.
import "server-only";
import { db } from "../platform/db";
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
