import type { Metadata } from "next";
import { paths, type FeedScope } from "@/lib/platform/paths";

/** <link rel="alternate"> tags for the RSS and Atom feeds of `scope` (the site, an author, ...). */
export function feedAlternates(scope: FeedScope, title: string): Metadata["alternates"] {
  return {
    types: {
      "application/rss+xml": [{ url: paths.feed(scope, "rss"), title: `${title} (RSS)` }],
      "application/atom+xml": [{ url: paths.feed(scope, "atom"), title: `${title} (Atom)` }],
    },
  };
}
