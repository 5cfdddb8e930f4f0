import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { CiteThis } from "@/components/reader/cite-this";
import { ArticleJsonLd } from "@/components/reader/json-ld";
import { PieceArticle } from "@/components/reader/piece-view";
import { PrintUrl } from "@/components/reader/print-url";
import { ReaderComments } from "@/components/reader/reader-comments";
import { RelatedReading } from "@/components/reader/related-reading";
import { buildArticleMetadata } from "@/lib/reader/seo";
import { pieceFacts } from "@/lib/reader/piece-facts";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { publicMovedPiece, publicPiece, publicRelated } from "@/lib/reader/cache/reads";
import { getSiteSettings } from "@/lib/platform/site-settings";

// Cached as a whole page (ISR), refreshed by tag from lib/reader/cache; pieces are rendered
// on first request, not at build time. Next needs a literal: PAGE_SECONDS of
// lib/reader/cache/lifetimes.ts (tests/unit/next-literals.test.ts).
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// The metadata, JSON-LD and citations are made from the piece the page shows (one read for all).
// An unknown slug gets no metadata: the page itself 404s.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [piece, site] = await Promise.all([publicPiece((await params).slug), getSiteSettings()]);
  return piece ? buildArticleMetadata(pieceFacts(piece, site)) : {};
}

export default async function CommentaryPage({ params }: Props) {
  const { slug } = await params;
  const [found, site, related] = await Promise.all([publicPiece(slug), getSiteSettings(), publicRelated(slug)]);
  // A slug no live piece has may be a piece's former one: its address leads to the piece for good.
  const piece = found ?? permanentRedirect(await orNotFound(publicMovedPiece(slug)));
  const facts = pieceFacts(piece, site);
  return (
    <PieceArticle piece={piece} timeZone={site.timeZone} labels={site} identity={piece.identity}>
      <ArticleJsonLd piece={facts} />
      <CiteThis piece={facts} />
      <PrintUrl url={facts.url} />
      <RelatedReading items={related} timeZone={site.timeZone} />
      <ReaderComments slug={piece.slug} timeZone={site.timeZone} />
    </PieceArticle>
  );
}
