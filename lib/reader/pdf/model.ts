// What the PDF of a piece shows, as plain data: read from the database by ./source.ts, made up by
// the bench, and typeset by ./document.tsx. Rich text stays TipTap JSON (the publication's body,
// the bios, the disclaimer), so the PDF is made from the same document the page is, not from HTML.
import "server-only";
import type { JSONContent } from "@tiptap/core";

export interface PdfAuthor {
  name: string;
  position: string;
  affiliation: string;
  /** "prose" rich text. */
  bio: JSONContent;
  /** The author's page, absolute. */
  url: string;
}

/** A figure's image as the PDF embeds it: a JPEG rendition at print width (lib/media/renditions.ts). */
export interface PdfImage {
  jpeg: Buffer;
  width: number;
  height: number;
}

export interface PdfPiece {
  title: string;
  standfirst: string;
  /** The piece's page, absolute. */
  url: string;
  /** ISO timestamp of the first publication. */
  publishedAt: string;
  site: { name: string; organisation: string; timeZone: string };
  labels: { notes: string; about: string; disclaimer: string };
  division: string | null;
  series: { name: string; number: string | null } | null;
  /** A bare DOI ("10.12345/abc"), shown as its https://doi.org/ link. */
  doi: string | null;
  authors: PdfAuthor[];
  /** "body" rich text: the publication's. */
  body: JSONContent;
  /** Figures' images by media id; a figure without one is left out, as the page leaves it out. */
  images: Map<string, PdfImage>;
  /** "prose" rich text, or null. */
  disclaimer: JSONContent | null;
  corrections: { createdAt: string; body: string }[];
  /** The citations as the page offers them ("APA (7th edition)", text). */
  citations: { label: string; text: string }[];
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
