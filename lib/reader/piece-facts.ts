// What machines need to know about one live piece (metadata, JSON-LD, citations), as plain
// JSON so it can sit in the data cache. Reads only publications whose time has come.
import "server-only";
import { paths, urlOn } from "../platform/paths";
import { getSiteSettings } from "../platform/site-settings";
import { getLivePublication, type LivePiece, type PieceIdentity } from "./publications";
import { sameAsOf } from "../admin/author-identity";
import { licenceFor } from "./licences";
import { cropUrl, CROPS, cropHeight, type MediaRef } from "../media/urls";

export interface PieceAuthor {
  name: string;
  url: string;
  jobTitle: string;
  affiliation: string;
  /** The portrait's square crop, absolute; null without a portrait. */
  image: string | null;
  /** The bare ORCID iD, "" for none (citation files name it). */
  orcid: string;
  /** Their ORCID record and pages elsewhere (JSON-LD sameAs). */
  sameAs: string[];
}

/** An image as sharing cards and JSON-LD name it: an absolute URL of a JPEG every network reads. */
export interface PieceImage {
  url: string;
  width: number;
  height: number;
  alt: string;
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
  /** The lead image's social crop (1200 x 630); null for a piece without one. */
  image: PieceImage | null;
  site: { name: string; organisation: string; baseUrl: string; timeZone: string };
  identity: PieceIdentity & {
    /** The licence's name and deed; null for all rights reserved (or a key no longer known). */
    licenceLink: { name: string; url: string } | null;
  };
}

const SOCIAL_WIDTH = CROPS.social.widths[0];
/** The portrait machines are given: the square crop's largest width. */
export const PORTRAIT_WIDTH = CROPS.square.widths[CROPS.square.widths.length - 1];

/** An author's portrait as machines are given it: the square crop's JPEG, absolute. */
export const portraitUrl = (base: string, portrait: MediaRef) => urlOn(base, cropUrl(portrait, "square", PORTRAIT_WIDTH, "jpg"));

function socialImage(base: string, media: MediaRef): PieceImage {
  return {
    url: urlOn(base, cropUrl(media, "social", SOCIAL_WIDTH, "jpg")),
    width: SOCIAL_WIDTH,
    height: cropHeight("social", SOCIAL_WIDTH),
    alt: media.alt,
  };
}

function licenceLink(key: string) {
  const licence = licenceFor(key);
  return licence?.url ? { name: licence.name, url: licence.url } : null;
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
      image: author.portrait ? portraitUrl(base, author.portrait) : null,
      orcid: author.orcid,
      sameAs: sameAsOf(author),
    })),
    division: piece.division ? { name: piece.division.name, url: urlOn(base, paths.division(piece.division.slug)) } : null,
    series: piece.series ? { name: piece.series.name, url: urlOn(base, paths.series(piece.series.slug)) } : null,
    topics: piece.topics.map((t) => t.name),
    image: piece.leadImage ? socialImage(base, piece.leadImage) : null,
    site: { name: settings.siteName, organisation: settings.organisation, baseUrl: base, timeZone: settings.timeZone },
    identity: { ...piece.identity, licenceLink: licenceLink(piece.identity.licence) },
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
