import type { Metadata } from "next";

/** <link rel="alternate"> tags for the RSS and Atom feeds under `base` (e.g. "/feeds/authors/jane"). */
export function feedAlternates(base: string, title: string): Metadata["alternates"] {
  return {
    types: {
      "application/rss+xml": [{ url: `${base}/rss.xml`, title: `${title} (RSS)` }],
      "application/atom+xml": [{ url: `${base}/atom.xml`, title: `${title} (Atom)` }],
    },
  };
}
