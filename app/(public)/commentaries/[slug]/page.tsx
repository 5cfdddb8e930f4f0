import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PieceArticle } from "@/components/article/piece-view";
import { PrintUrl } from "@/components/article/print-url";
import { ReaderComments } from "@/components/article/reader-comments";
import { publicPiece } from "@/lib/public-cache";
import { getSiteSettings } from "@/lib/site-settings";

// Cached as a whole page (ISR), refreshed by tag from lib/public-cache; pieces are rendered
// on first request, not at build time. Next needs a literal: keep it equal to
// PUBLIC_REVALIDATE_SECONDS in lib/public-cache.ts.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const piece = await publicPiece((await params).slug);
  if (!piece) return {};
  return {
    title: piece.title,
    description: piece.standfirst,
    alternates: { canonical: `/commentaries/${piece.slug}` },
  };
}

export default async function CommentaryPage({ params }: Props) {
  const [piece, site] = await Promise.all([publicPiece((await params).slug), getSiteSettings()]);
  if (!piece) notFound();
  return (
    <PieceArticle piece={piece} timeZone={site.timeZone}>
      <PrintUrl url={new URL(`/commentaries/${piece.slug}`, site.baseUrl).toString()} />
      <ReaderComments piece={piece} timeZone={site.timeZone} />
    </PieceArticle>
  );
}

