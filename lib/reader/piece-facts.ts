// What machines need to know about one live piece (metadata, JSON-LD, citations), as plain
// JSON so it can sit in the data cache. Reads only publications whose time has come.
import "server-only";
import { db } from "../platform/db";
import { paths, urlOn } from "../platform/paths";
import { getSiteSettings } from "../platform/site-settings";

export interface PieceAuthor {
  name: string;
  url: string;
  jobTitle: string;
  affiliation: string;
}

export interface PieceFacts {
  slug: string;
  url: string;
  title: string;
  standfirst: string;
  /** ISO timestamps. publishedAt is the first publication, kept through later versions. */
  publishedAt: string;
  modifiedAt: string;
  /** In byline order. */
  authors: PieceAuthor[];
  division: { name: string; url: string } | null;
  series: { name: string; url: string } | null;
  topics: string[];
  site: { name: string; organisation: string; baseUrl: string; timeZone: string };
}

/** The latest of the given instants (first publication, new versions, corrections). */
export const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/** Uncached (publicPieceFacts in lib/reader/cache/reads.ts keeps it). */
export async function loadPieceFacts(slug: string): Promise<PieceFacts | null> {
  const [piece, settings] = await Promise.all([
    db.publication.findFirst({
      where: { slug, liveFrom: { lte: new Date() } },
      select: {
        slug: true,
        title: true,
        standfirst: true,
        publishedAt: true,
        liveFrom: true,
        updatedAt: true,
        division: { select: { name: true, slug: true } },
        series: { select: { name: true, slug: true } },
        authors: {
          orderBy: { position: "asc" },
          select: { author: { select: { displayName: true, slug: true, position: true, affiliation: true } } },
        },
        topics: { orderBy: { topic: { name: "asc" } }, select: { topic: { select: { name: true } } } },
        article: { select: { corrections: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } } },
      },
    }),
    getSiteSettings(),
  ]);
  if (!piece) return null;
  const base = settings.baseUrl;
  const lastCorrection = piece.article.corrections[0]?.createdAt;
  return {
    slug: piece.slug,
    url: urlOn(base, paths.piece(piece.slug)),
    title: piece.title,
    standfirst: piece.standfirst,
    publishedAt: piece.publishedAt.toISOString(),
    modifiedAt: latest(piece.publishedAt, piece.liveFrom, piece.updatedAt, ...(lastCorrection ? [lastCorrection] : [])).toISOString(),
    authors: piece.authors.map(({ author }) => ({
      name: author.displayName,
      url: urlOn(base, paths.author(author.slug)),
      jobTitle: author.position,
      affiliation: author.affiliation,
    })),
    division: piece.division ? { name: piece.division.name, url: urlOn(base, paths.division(piece.division.slug)) } : null,
    series: piece.series ? { name: piece.series.name, url: urlOn(base, paths.series(piece.series.slug)) } : null,
    topics: piece.topics.map((t) => t.topic.name),
    site: { name: settings.siteName, organisation: settings.organisation, baseUrl: base, timeZone: settings.timeZone },
  };
}

/** The calendar day of an instant in the site's time zone, as numbers. */
export function calendarDay(iso: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "numeric", day: "numeric", timeZone }).formatToParts(
    new Date(iso),
  );
  const part = (type: "year" | "month" | "day") => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}
