// What the PDF of a live piece is made from, read in one go and kept in the public cache
// (publicPdfSource in lib/reader/cache/reads.ts, under the piece's tags and those of everything it
// shows): the publication's body JSON, the byline with bios, the disclaimer, the corrections, the
// series number and DOI, the site's name and labels, and the figures' library
// records. Its fingerprint is a hash of all of it, so any change that reaches readers (a new
// version, a correction, an edited bio, new site settings) names a different PDF.
import "server-only";
import { createHash } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { figureMediaIds } from "../../content";
import { db } from "../../platform/db";
import { paths, urlOn } from "../../platform/paths";
import { getSiteSettings } from "../../platform/site-settings";
import { loadMediaRefs } from "../../media/refs";
import type { PdfPiece } from "./model";

/** Raised when the PDF's layout changes, so PDFs made by the previous code are made again. */
export const PDF_LAYOUT_VERSION = 1;

/** A figure's image as the source names it: its library id and revision (the bytes come from the store). */
export interface PdfFigure {
  id: string;
  rev: string;
  width: number;
  height: number;
}

/** JSON-safe (the data cache keeps it as it is). */
export interface PdfSource {
  articleId: string;
  slug: string;
  /** Hex; the ETag and the stored file's name. */
  fingerprint: string;
  /** The citations are added when the PDF is made (./serve.ts), from what is here. */
  piece: Omit<PdfPiece, "images" | "citations">;
  figures: PdfFigure[];
}

/** The PDF's source for a live piece; null when no piece is live at `slug`. Uncached. */
export async function loadPdfSource(slug: string): Promise<PdfSource | null> {
  const [row, settings] = await Promise.all([
    db.publication.findFirst({
      where: { slug, liveFrom: { lte: new Date() } },
      select: {
        articleId: true,
        revisionId: true,
        slug: true,
        title: true,
        standfirst: true,
        body: true,
        publishedAt: true,
        liveFrom: true,
        division: { select: { name: true } },
        series: { select: { name: true, defaultDisclaimer: { select: { body: true } } } },
        disclaimer: { select: { body: true } },
        authors: {
          orderBy: { position: "asc" },
          select: { author: { select: { slug: true, displayName: true, position: true, affiliation: true, bio: true } } },
        },
        article: {
          select: {
            seriesNumber: true,
            doi: true,
            corrections: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true } },
          },
        },
      },
    }),
    getSiteSettings(),
  ]);
  if (!row) return null;
  const body = row.body as JSONContent;
  const base = settings.baseUrl;
  const disclaimer = row.disclaimer ?? row.series?.defaultDisclaimer ?? null;
  const piece: PdfSource["piece"] = {
    title: row.title,
    standfirst: row.standfirst,
    url: urlOn(base, paths.piece(row.slug)),
    publishedAt: row.publishedAt.toISOString(),
    site: { name: settings.siteName, organisation: settings.organisation, timeZone: settings.timeZone },
    labels: { notes: settings.notesLabel, about: settings.aboutLabel, disclaimer: settings.disclaimerLabel },
    division: row.division?.name ?? null,
    series: row.series ? { name: row.series.name, number: row.article.seriesNumber } : null,
    doi: row.article.doi,
    authors: row.authors.map(({ author }) => ({
      name: author.displayName,
      position: author.position,
      affiliation: author.affiliation,
      bio: author.bio as JSONContent,
      url: urlOn(base, paths.author(author.slug)),
    })),
    body,
    disclaimer: disclaimer ? (disclaimer.body as JSONContent) : null,
    corrections: row.article.corrections.map((c) => ({ body: c.body, createdAt: c.createdAt.toISOString() })),
  };
  const refs = await loadMediaRefs(figureMediaIds(body));
  const figures = [...refs.values()].map(({ id, rev, width, height }) => ({ id, rev, width, height }));
  // The revision, its live time and the settings' time are hashed too: a republication or a
  // saved setting makes a new PDF even where the text it shows came out the same.
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify([PDF_LAYOUT_VERSION, row.revisionId, row.liveFrom.toISOString(), settings.updatedAt.toISOString(), piece, figures]),
    )
    .digest("hex")
    .slice(0, 40);
  return { articleId: row.articleId, slug: row.slug, fingerprint, piece, figures };
}
