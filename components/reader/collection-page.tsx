// The page of a collection of pieces (an author, a division, a series, a topic): its header,
// its metadata and its pieces, the first page at <path>, later ones at <path>/after/<cursor>
// and <path>/before/<cursor>. Each collection is declared in ./collections.tsx; each route
// file only names its collection and page (and its literal `revalidate`).
import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import type { ReactNode } from "react";
import type { ListingFilter } from "@/lib/reader/listings";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { publicRetiredSlug } from "@/lib/reader/cache/reads";
import type { FeedScope, ListingAt } from "@/lib/platform/paths";
import { CollectionPieces, shownPage } from "./collection-pieces";
import { feedAlternates } from "./feeds";
import { FeedLinks } from "./feed-links";

export interface Collection<Item extends { slug: string }> {
  /** The live thing by its slug, through the public cache; null when there is none. */
  load(slug: string): Promise<Item | null>;
  /** Its pages' addresses, from lib/platform/paths.ts: the first at <base>/<slug>, later ones by cursor. */
  path(slug: string, at?: ListingAt): string;
  /** Which feeds it has, if any (lib/platform/paths.ts names the kinds that have feeds). */
  feedKind?: Exclude<FeedScope["kind"], "site">;
  /** The listing filter that picks its pieces by slug; also its kind of former slugs (lib/reader/retired-slugs.ts). */
  filter: keyof ListingFilter;
  /** The page title, in metadata. */
  title(item: Item): string;
  description?(item: Item): string | undefined;
  /** What a page shared on a social network shows (OpenGraph, Twitter), where it differs from the defaults. */
  sharing?(item: Item, site: { baseUrl: string; siteName: string }): Pick<Metadata, "openGraph" | "twitter">;
  /** The feeds' title, with `feedKind`. */
  feedTitle?(item: Item): string;
  header(item: Item): ReactNode;
}

/** `cursor` is there on a later page, at <path>/after/[cursor] or <path>/before/[cursor]. */
type Props = { params: Promise<{ slug: string; cursor?: string }> };

/** Which page a route renders: the first, or the one after or before the cursor in its path. */
type Side = keyof ListingAt | null;

const atOf = (side: Side, cursor: string | undefined): ListingAt => (side && cursor !== undefined ? { [side]: cursor } : {});

export function collectionPage<Item extends { slug: string }>(collection: Collection<Item>) {
  const at = (side: Side) => ({
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { slug, cursor } = await params;
      const item = await collection.load(slug);
      if (!item) return {};
      const { first } = await shownPage({ [collection.filter]: item.slug }, atOf(side, cursor));
      const feeds =
        collection.feedKind && collection.feedTitle
          ? feedAlternates({ kind: collection.feedKind, slug: item.slug }, collection.feedTitle(item))
          : {};
      return {
        title: collection.title(item),
        description: collection.description?.(item),
        alternates: { canonical: collection.path(item.slug, first ? {} : atOf(side, cursor)), ...feeds },
        ...(collection.sharing ? collection.sharing(item, await getSiteSettings()) : {}),
      };
    },

    async Page({ params }: Props) {
      const [{ slug, cursor }, site] = await Promise.all([params, getSiteSettings()]);
      const found = await collection.load(slug);
      // A slug none has may be a former one: the address leads to the same page under the current slug, for good.
      const item =
        found ?? permanentRedirect(collection.path(await orNotFound(publicRetiredSlug(collection.filter, slug)), atOf(side, cursor)));
      return (
        <>
          {collection.header(item)}
          {collection.feedKind ? <FeedLinks scope={{ kind: collection.feedKind, slug: item.slug }} /> : null}
          <CollectionPieces
            href={(pageAt) => collection.path(item.slug, pageAt)}
            filter={{ [collection.filter]: item.slug }}
            at={atOf(side, cursor)}
            timeZone={site.timeZone}
          />
        </>
      );
    },
  });
  return { first: at(null), after: at("after"), before: at("before") };
}

/** The header of a division, series or topic page. */
export function CollectionHead({ kicker, name, lede, issn }: { kicker: string; name: string; lede?: string; issn?: string }) {
  return (
    <header className="page-head">
      <p className="kicker">{kicker}</p>
      <h1 className="page-title">{name}</h1>
      {lede ? <p className="lede">{lede}</p> : null}
      {issn ? <p className="meta">ISSN {issn}</p> : null}
    </header>
  );
}
