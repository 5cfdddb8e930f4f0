// Public addresses (GUIDE.md URL contract). Machines (feeds, sitemaps, citations, metadata)
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
