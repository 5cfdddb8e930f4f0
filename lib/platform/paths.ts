// Every address of the site, public, studio and feeds (ARCHITECTURE.md, "Addresses"): links,
// redirects, canonical URLs, feeds, the sitemap and mail are built here, never by hand, so a
// route that moves changes here only. Pure: components, lib/ and the server script use it.
// Absolute URLs are made on the site's address by `absoluteUrl` (lib/platform/site-settings.ts),
// or by `urlOn` where that address has already been read.

type QueryValues = Record<string, string | number | undefined>;

/** The page of a studio list: a keyset cursor to read after or before (lib/platform/keyset.ts). */
type StudioListQuery = { after?: string; before?: string };

/** One path segment from a slug, id or token (they are URL-safe already; this keeps it so). */
const segment = (value: string) => encodeURIComponent(value);

/** `path` with the given query parameters, empty ones left out. */
function withQuery(path: string, params: QueryValues): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A listing read from the query string: its parameters, then page N (page 1 left out). */
function listingPage(path: string, params: QueryValues, page: number): string {
  const kept = Object.entries(params).filter(([key]) => key !== "page");
  return withQuery(path, { ...Object.fromEntries(kept), page: page > 1 ? page : undefined });
}

/** Which page of a listing: nothing for the first, else a cursor from `pageAtQuery` (lib/platform/keyset.ts). */
export type ListingAt = { after?: string; before?: string };

/** The one cursor of `at` an address carries: `after` wins, as `pageAtFrom` reads it. */
const cursorOf = (at: ListingAt = {}): ["after" | "before", string] | null =>
  at.after ? ["after", at.after] : at.before ? ["before", at.before] : null;

/**
 * A later page of a collection lives at `<path>/after/<cursor>` (older pieces) or
 * `<path>/before/<cursor>` (newer ones) rather than in the query string: a page that read the
 * query string would be rendered per request, while a path is cached like the first page.
 */
function collectionPage(path: string, at?: ListingAt): string {
  const cursor = cursorOf(at);
  return cursor ? `${path}/${cursor[0]}/${segment(cursor[1])}` : path;
}

export type FeedFormat = "rss" | "atom";
/** What a feed is about: the whole site, or one author, division, series or topic (by slug). */
export type FeedScope = { kind: "site" } | { kind: "author" | "division" | "series" | "topic"; slug: string };

/** The feeds' path segment of each kind: /feeds/<segment>/<slug>/... */
const feedSegments = { author: "authors", division: "divisions", series: "series", topic: "topics" } as const;

/** One file of the sitemap: the listing pages, or the Nth 50,000 live pieces. */
export type SitemapFile = { kind: "pages" | "pieces"; number: number };

/** The sitemap file a path names ("pieces-3.xml"), or null for anything else. */
export function parseSitemapFile(name: string): SitemapFile | null {
  const match = /^(pages|pieces)-([1-9][0-9]{0,5})\.xml$/.exec(name);
  return match ? { kind: match[1] as SitemapFile["kind"], number: Number(match[2]) } : null;
}

/** What editors maintain in /studio/admin, one list, form and item page each. */
export type AdminSection = "users" | "authors" | "divisions" | "series" | "topics" | "disclaimers";

const FEEDS = "/feeds";
const SITEMAPS = "/sitemaps";
const STUDIO = "/studio";
const studioArticle = (id: string) => `${STUDIO}/articles/${segment(id)}`;

export const paths = {
  home: () => "/",
  /** All commentaries, filtered, a page after or before a cursor; the unfiltered first page is also the home page. */
  commentaries: (filter: { division?: string; topic?: string } = {}, at?: ListingAt) => {
    const cursor = cursorOf(at);
    return withQuery("/commentaries", { division: filter.division, topic: filter.topic, ...(cursor ? { [cursor[0]]: cursor[1] } : {}) });
  },
  piece: (slug: string) => `/commentaries/${segment(slug)}`,
  citation: (slug: string, format: "bibtex" | "ris") => `${paths.piece(slug)}/cite/${format}`,
  /** The piece as a PDF (lib/reader/pdf). */
  piecePdf: (slug: string) => `${paths.piece(slug)}/pdf`,
  author: (slug: string, at?: ListingAt) => collectionPage(`/authors/${segment(slug)}`, at),
  division: (slug: string, at?: ListingAt) => collectionPage(`/divisions/${segment(slug)}`, at),
  series: (slug: string, at?: ListingAt) => collectionPage(`/series/${segment(slug)}`, at),
  topic: (slug: string, at?: ListingAt) => collectionPage(`/topics/${segment(slug)}`, at),
  search: (query: QueryValues = {}, page = 1) => listingPage("/search", query, page),
  /** /feeds/rss.xml, /feeds/authors/<slug>/atom.xml, /feeds/series/<slug>/rss.xml, ... */
  feed: (scope: FeedScope, format: FeedFormat) =>
    scope.kind === "site" ? `${FEEDS}/${format}.xml` : `${FEEDS}/${feedSegments[scope.kind]}/${segment(scope.slug)}/${format}.xml`,
  /** The sitemap index; it lists the files below. */
  sitemap: () => "/sitemap.xml",
  /** /sitemaps/pages-1.xml (listing pages), /sitemaps/pieces-1.xml, -2.xml... (50,000 pieces each). */
  sitemapFile: (file: SitemapFile) => `${SITEMAPS}/${file.kind}-${file.number}.xml`,
  signIn: (query: { callbackUrl?: string; signedOut?: "everywhere"; reset?: "done" } = {}) => withQuery("/sign-in", query),
  forgotPassword: () => "/forgot-password",
  invite: (token: string) => `/invite/${segment(token)}`,
  resetPassword: (token: string) => `/reset-password/${segment(token)}`,
  /** A draft shown to someone outside the studio through a share link. */
  preview: (token: string) => `/preview/${segment(token)}`,
  /** An outside reviewer's page: the piece and their decision, through the link mailed to them. */
  review: (token: string) => `/review/${segment(token)}`,
  /** A person's iCalendar feed of the desk's dates, opened by its secret (lib/editorial/calendar-feed.ts). */
  calendarFeed: (secret: string) => `/calendar/${segment(secret)}.ics`,
  studio: {
    /** The dashboard; `discarded` confirms a draft just thrown away. */
    home: (query: { discarded?: "1" } = {}) => withQuery(STUDIO, query),
    account: () => `${STUDIO}/account`,
    /**
     * Every piece the person may see ("All commentaries"), searched, filtered and paged by
     * keyset (`after`/`before` cursors from lib/platform/keyset.ts); `author=me` is their own.
     */
    articles: (
      query: StudioListQuery & { q?: string; status?: string; division?: string; author?: string; assigned?: string; due?: string } = {},
    ) => withQuery(`${STUDIO}/articles`, query),
    /** Pitches: `status` open|accepted|declined, `mine=1` the ones I filed, paged by keyset. */
    pitches: (query: StudioListQuery & { status?: string; mine?: string } = {}) => withQuery(`${STUDIO}/pitches`, query),
    /** One pitch, where an editor accepts or declines it. */
    pitch: (id: string) => `${STUDIO}/pitches/${segment(id)}`,
    /** The desk's calendar: a month or a week (`view`) around a day (`date`, YYYY-MM-DD in the site's zone), by division. */
    calendar: (query: { view?: "month" | "week"; date?: string; division?: string } = {}) => withQuery(`${STUDIO}/calendar`, query),
    review: (query: StudioListQuery = {}) => withQuery(`${STUDIO}/review`, query),
    /** Reader comments to moderate; no status is the pending ones; `q` searches the pieces' titles. */
    comments: (query: StudioListQuery & { status?: string; q?: string } = {}) => withQuery(`${STUDIO}/comments`, query),
    /** The audit log, filtered by piece (its id, or `q` in its title), person and action. */
    audit: (query: StudioListQuery & { article?: string; q?: string; actor?: string; action?: string } = {}) =>
      withQuery(`${STUDIO}/audit`, query),
    outbox: (query: StudioListQuery & { status?: string } = {}) => withQuery(`${STUDIO}/outbox`, query),
    newArticle: () => `${STUDIO}/articles/new`,
    /** A piece's overview; `done` names the transition just made, for the page to confirm. */
    article: (id: string, query: { done?: string } = {}) => withQuery(studioArticle(id), query),
    edit: (id: string) => `${studioArticle(id)}/edit`,
    history: (id: string, query: { restored?: number } = {}) => withQuery(`${studioArticle(id)}/history`, query),
    compare: (id: string) => `${studioArticle(id)}/history/compare`,
    /** The working copy as readers would see it, inside the studio. */
    preview: (id: string) => `${studioArticle(id)}/preview`,
    /** The media library: searched (`q`), filtered (`filter=unused|noAlt`), paged by keyset. */
    media: (query: StudioListQuery & { q?: string; filter?: string } = {}) => withQuery(`${STUDIO}/media`, query),
    /** One image of the library: its texts, focal point and uses. */
    mediaItem: (id: string) => `${STUDIO}/media/${segment(id)}`,
    admin: {
      home: () => `${STUDIO}/admin`,
      list: (section: AdminSection) => `${STUDIO}/admin/${section}`,
      create: (section: Exclude<AdminSection, "users">) => `${STUDIO}/admin/${section}/new`,
      item: (section: Exclude<AdminSection, "users">, id: string) => `${STUDIO}/admin/${section}/${segment(id)}`,
      /** Importing from WordPress: the upload, then one import's mapping, progress and report. */
      wordpressImport: (id?: string) => (id ? `${STUDIO}/admin/import/${segment(id)}` : `${STUDIO}/admin/import`),
      /** The site's own settings: name, address, reader labels, licence, identifiers, review rules. */
      settings: () => `${STUDIO}/admin/settings`,
    },
  },
  api: {
    /** Autosave of a working copy (PUT). */
    article: (id: string) => `/api/articles/${segment(id)}`,
    /** A Word document as a new draft (POST, multipart `file`). */
    newArticleFromWord: () => "/api/articles/from-word",
    /** A Word document read for a piece's body (POST, multipart `file`); nothing is saved. */
    articleWord: (id: string) => `/api/articles/${segment(id)}/word`,
    /** Upload (POST multipart) and list (GET) of the media library. */
    media: (query: { q?: string; filter?: string; after?: string; before?: string } = {}) => withQuery("/api/media", query),
    /** One published piece's Crossref deposit XML (GET, editors). */
    crossrefPiece: (id: string) => `/api/articles/${segment(id)}/crossref`,
    /** Crossref deposit XML for the published pieces of a series and/or first published between two days (GET, editors). */
    crossrefBatch: (query: { series?: string; from?: string; to?: string } = {}) => withQuery("/api/crossref", query),
  },
};

/** `path` on the site at `baseUrl`, whether or not the base ends with a slash or carries a path. */
export function urlOn(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return new URL(path.replace(/^\//, ""), base).toString();
}

const READER_PAGES = new Set([paths.home(), paths.commentaries(), paths.search(), paths.sitemap(), "/robots.txt"]);
// Everything under each: the pieces, the collections and their later pages, the feeds.
const READER_SECTIONS = [
  paths.piece(""),
  paths.author(""),
  paths.division(""),
  paths.series(""),
  paths.topic(""),
  `${FEEDS}/`,
  `${SITEMAPS}/`,
];

/**
 * The reader's pages, listings, search and feeds: what anyone may read, the same for everyone.
 * The server keeps their last good copy to answer with while the application fails.
 */
export function isReaderPath(pathname: string): boolean {
  return READER_PAGES.has(pathname) || READER_SECTIONS.some((section) => pathname.startsWith(section));
}
