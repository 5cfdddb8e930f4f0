// Public addresses (ARCHITECTURE.md, "Addresses"). Machines (feeds, sitemaps, citations, metadata)
// need absolute URLs, built from the site's base URL so every instance links the same host.
export const publicPath = {
  home: () => "/",
  piece: (slug: string) => `/commentaries/${slug}`,
  author: (slug: string) => `/authors/${slug}`,
  division: (slug: string) => `/divisions/${slug}`,
  series: (slug: string) => `/series/${slug}`,
  topic: (slug: string) => `/topics/${slug}`,
};

/** `path` on the site at `baseUrl`, whether or not the base ends with a slash or carries a path. */
export function absoluteUrl(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return new URL(path.replace(/^\//, ""), base).toString();
}

const READER_PAGES = new Set(["/", "/commentaries", "/search", "/sitemap.xml", "/robots.txt"]);
const READER_SECTIONS = ["/commentaries/", "/authors/", "/divisions/", "/series/", "/topics/", "/feeds/"];

/**
 * The reader's pages, listings, search and feeds: what anyone may read, the same for everyone.
 * The server keeps their last good copy to answer with while the application fails.
 */
export function isReaderPath(pathname: string): boolean {
  return READER_PAGES.has(pathname) || READER_SECTIONS.some((section) => pathname.startsWith(section));
}
