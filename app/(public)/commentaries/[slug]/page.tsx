import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CiteThis } from "@/components/reader/cite-this";
import { ArticleJsonLd } from "@/components/reader/json-ld";
import { PieceArticle } from "@/components/reader/piece-view";
import { PrintUrl } from "@/components/reader/print-url";
import { ReaderComments } from "@/components/reader/reader-comments";
import { articleMetadata } from "@/lib/reader/seo";
import { publicPiece } from "@/lib/reader/cache/reads";
import { paths } from "@/lib/platform/paths";
import { absoluteUrl, getSiteSettings } from "@/lib/platform/site-settings";

// Cached as a whole page (ISR), refreshed by tag from lib/reader/cache; pieces are rendered
// on first request, not at build time. Next needs a literal: PAGE_SECONDS of
// lib/reader/cache/lifetimes.ts (tests/unit/next-literals.test.ts).
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata((await params).slug);
}

export default async function CommentaryPage({ params }: Props) {
  const [piece, site] = await Promise.all([publicPiece((await params).slug), getSiteSettings()]);
  if (!piece) notFound();
  return (
    <PieceArticle piece={piece} timeZone={site.timeZone}>
      <ArticleJsonLd slug={piece.slug} />
      <CiteThis slug={piece.slug} />
      <PrintUrl url={await absoluteUrl(paths.piece(piece.slug))} />
      <ReaderComments slug={piece.slug} timeZone={site.timeZone} />
    </PieceArticle>
  );
}
