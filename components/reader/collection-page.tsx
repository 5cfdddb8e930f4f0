// The page of a collection of pieces (an author, a division, a series, a topic): its header,
// its metadata and its pieces, page N at <path>/page/N. Each collection is declared in
// ./collections.tsx; each route file only names its collection (and its literal `revalidate`).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import type { ListingFilter } from "@/lib/reader/publications";
import { getSiteSettings } from "@/lib/platform/site-settings";
import type { FeedScope } from "@/lib/platform/paths";
import { collectionPageNumber, CollectionPieces } from "./collection-pieces";
import { feedAlternates } from "./feeds";

export interface Collection<Item extends { slug: string }> {
  /** The live thing by its slug, through the public cache; null when there is none. */
  load(slug: string): Promise<Item | null>;
  /** Its pages' addresses, from lib/platform/paths.ts: page 1 at <base>/<slug>, page N at <base>/<slug>/page/N. */
  path(slug: string, page?: number): string;
  /** Which feeds it has, if any (lib/platform/paths.ts names the kinds that have feeds). */
  feedKind?: Exclude<FeedScope["kind"], "site">;
  /** The listing filter that picks its pieces by slug. */
  filter: keyof Omit<ListingFilter, "page">;
  /** The page title, in metadata. */
  title(item: Item): string;
  description?(item: Item): string | undefined;
  /** The feeds' title, with `feedKind`. */
  feedTitle?(item: Item): string;
  header(item: Item): ReactNode;
}

/** `page` is there when this renders a later page, at <path>/page/[page]. */
type Props = { params: Promise<{ slug: string; page?: string }> };

export function collectionPage<Item extends { slug: string }>(collection: Collection<Item>) {
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { slug, page } = await params;
      const item = await collection.load(slug);
      if (!item) return {};
      const feeds =
        collection.feedKind && collection.feedTitle
          ? feedAlternates({ kind: collection.feedKind, slug: item.slug }, collection.feedTitle(item))
          : {};
      return {
        title: collection.title(item),
        description: collection.description?.(item),
        alternates: { canonical: collection.path(item.slug, collectionPageNumber(page)), ...feeds },
      };
    },

    async Page({ params }: Props) {
      const [{ slug, page: pageParam }, site] = await Promise.all([params, getSiteSettings()]);
      const page = collectionPageNumber(pageParam);
      const item = await collection.load(slug);
      if (!item) notFound();
      return (
        <>
          {collection.header(item)}
          <CollectionPieces
            pageHref={(n) => collection.path(item.slug, n)}
            filter={{ [collection.filter]: item.slug }}
            page={page}
            timeZone={site.timeZone}
          />
        </>
      );
    },
  };
}

/** The header of a division, series or topic page. */
export function CollectionHead({ kicker, name, lede }: { kicker: string; name: string; lede?: string }) {
  return (
    <header className="page-head">
      <p className="kicker">{kicker}</p>
      <h1 className="page-title">{name}</h1>
      {lede ? <p className="lede">{lede}</p> : null}
    </header>
  );
}
