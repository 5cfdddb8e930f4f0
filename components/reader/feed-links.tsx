import { paths, type FeedScope } from "@/lib/platform/paths";

/** The visible way to follow a collection: its RSS and Atom feeds (the page's head names them too, ./feeds.ts). */
export function FeedLinks({ scope }: { scope: FeedScope }) {
  return (
    <p className="feed-links">
      Follow: <a href={paths.feed(scope, "rss")}>RSS feed</a> · <a href={paths.feed(scope, "atom")}>Atom feed</a>
    </p>
  );
}
