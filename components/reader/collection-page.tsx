// The page of a collection of pieces (an author, a division, a series, a topic): its header,
// its metadata and its pieces, page N at <path>/page/N. Each collection is declared in
// ./collections.tsx; each route file only names its collection (and its literal `revalidate`).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import type { ListingFilter } from "@/lib/reader/publications";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { collectionPageHref, collectionPageNumber, CollectionPieces } from "./collection-pieces";
import { feedAlternates } from "./feeds";

export interface Collection<Item extends { slug: string }> {
  /** The live thing by its slug, through the public cache; null when there is none. */
  load(slug: string): Promise<Item | null>;
  /** Its pages are at <base>/<slug>, its feeds (if `feedTitle`) at /feeds<base>/<slug>. */
  base: string;
  /** The listing filter that picks its pieces by slug. */
  filter: keyof Omit<ListingFilter, "page">;
  /** The page title, in metadata. */
  title(item: Item): string;
  description?(item: Item): string | undefined;
  /** The feeds' title; no feeds without it. */
  feedTitle?(item: Item): string;
  header(item: Item): ReactNode;
}

/** `page` is there when this renders a later page, at <path>/page/[page]. */
type Props = { params: Promise<{ slug: string; page?: string }> };

export function collectionPage<Item extends { slug: string }>(collection: Collection<Item>) {
  const path = (item: Item) => `${collection.base}/${item.slug}`;
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { slug, page } = await params;
      const item = await collection.load(slug);
      if (!item) return {};
      const feeds = collection.feedTitle ? feedAlternates(`/feeds${path(item)}`, collection.feedTitle(item)) : {};
      return {
        title: collection.title(item),
        description: collection.description?.(item),
        alternates: { canonical: collectionPageHref(path(item), collectionPageNumber(page)), ...feeds },
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
          <CollectionPieces path={path(item)} filter={{ [collection.filter]: item.slug }} page={page} timeZone={site.timeZone} />
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
