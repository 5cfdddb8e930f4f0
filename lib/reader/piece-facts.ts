// What machines need to know about one live piece (metadata, JSON-LD, citations), as plain
// JSON so it can sit in the data cache. Reads only publications whose time has come.
import "server-only";
import { paths, urlOn } from "../platform/paths";
import { getSiteSettings } from "../platform/site-settings";
import { getLivePublication, type LivePiece } from "./publications";

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

type Site = { siteName: string; organisation: string; baseUrl: string; timeZone: string };

/** The facts of a live piece as its page loaded it, on the site's address. */
export function pieceFacts(piece: LivePiece, settings: Site): PieceFacts {
  const base = settings.baseUrl;
  return {
    slug: piece.slug,
    url: urlOn(base, paths.piece(piece.slug)),
    title: piece.title,
    standfirst: piece.standfirst,
    publishedAt: piece.publishedAt,
    modifiedAt: piece.modifiedAt,
    authors: piece.authors.map((author) => ({
      name: author.displayName,
      url: urlOn(base, paths.author(author.slug)),
      jobTitle: author.position,
      affiliation: author.affiliation,
    })),
    division: piece.division ? { name: piece.division.name, url: urlOn(base, paths.division(piece.division.slug)) } : null,
    series: piece.series ? { name: piece.series.name, url: urlOn(base, paths.series(piece.series.slug)) } : null,
    topics: piece.topics.map((t) => t.name),
    site: { name: settings.siteName, organisation: settings.organisation, baseUrl: base, timeZone: settings.timeZone },
  };
}

/** Uncached (publicPieceFacts in lib/reader/cache/reads.ts keeps it). */
export async function loadPieceFacts(slug: string): Promise<PieceFacts | null> {
  const [piece, settings] = await Promise.all([getLivePublication(slug), getSiteSettings()]);
  return piece ? pieceFacts(piece, settings) : null;
}

// Made once per zone: making an Intl.DateTimeFormat costs far more than using one.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string) {
  let made = dayFormatters.get(timeZone);
  if (!made)
    dayFormatters.set(timeZone, (made = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "numeric", day: "numeric", timeZone })));
  return made;
}

/** The calendar day of an instant in the site's time zone, as numbers. */
export function calendarDay(iso: string, timeZone: string) {
  const parts = dayFormatter(timeZone).formatToParts(new Date(iso));
  const part = (type: "year" | "month" | "day") => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}
