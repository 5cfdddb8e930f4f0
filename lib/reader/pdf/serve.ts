// GET /commentaries/<slug>/pdf: the PDF of a live piece. Made once per fingerprint (./source.ts)
// and kept in the media store (lib/media/store.ts: the disk folder or the S3 bucket every
// instance shares) under pdfs/<piece>/<fingerprint>.pdf; making a new one removes the piece's
// older files, so the store holds one PDF per piece. The answer carries the fingerprint as its
// ETag and must be revalidated on every use (max-age=0): a browser or CDN asks again and gets a
// 304 while nothing changed, and the new PDF as soon as a republication or correction has
// refreshed the piece's cache tags.
import "server-only";
import { renditionFor } from "../../media/renditions";
import { mediaStore } from "../../media/store";
import { widthsFor } from "../../media/urls";
import { publicPdfSource, publicPieceFacts } from "../cache/reads";
import { citeTexts } from "../citations";
import { typesetPiece } from "./document";
import type { PdfImage } from "./model";
import type { PdfFigure, PdfSource } from "./source";

const CONTENT_TYPE = "application/pdf";

/** Where a piece's PDF is kept. */
export const pdfKeys = {
  folder: (articleId: string) => `pdfs/${articleId}/`,
  file: (articleId: string, fingerprint: string) => `pdfs/${articleId}/${fingerprint}.pdf`,
};

/** The widest rendition up to 960 px: about 150 pixels an inch across the PDF's 160 mm column. */
const printWidth = (figure: PdfFigure) =>
  widthsFor(figure)
    .filter((w) => w <= 960)
    .at(-1) ?? widthsFor(figure)[0];

/** The JPEG rendition of each figure, made and stored as the page's own would be. */
async function figureImages(figures: PdfFigure[]): Promise<Map<string, PdfImage>> {
  const images = new Map<string, PdfImage>();
  for (const figure of figures) {
    const width = printWidth(figure);
    const answer = await renditionFor(figure.id, figure.rev, `w${width}.jpg`);
    // An image replaced or deleted since the source was read is left out, as the page leaves it out.
    if (!answer || !("rendition" in answer)) continue;
    const shown = Math.min(width, figure.width);
    images.set(figure.id, { jpeg: answer.rendition.bytes, width: shown, height: Math.round((shown * figure.height) / figure.width) });
  }
  return images;
}

/** PDFs being made in this process, so simultaneous first requests share one piece of work. */
const making = new Map<string, Promise<Buffer>>();

/** The PDF of the source: from the store, or made, stored and returned. */
export async function piecePdf(source: PdfSource): Promise<Buffer> {
  const store = mediaStore();
  const key = pdfKeys.file(source.articleId, source.fingerprint);
  const kept = await store.get(key);
  if (kept) return kept;
  let work = making.get(key);
  if (!work) {
    work = (async () => {
      // The citations are made from the piece's facts (title, byline, date, address, site), all
      // of which the source holds and its fingerprint covers.
      const facts = await publicPieceFacts(source.slug);
      const citations = facts ? citeTexts(facts).map((c) => ({ label: c.label, text: c.text })) : [];
      const bytes = await typesetPiece({ ...source.piece, citations, images: await figureImages(source.figures) });
      // Another instance making the same PDF writes the same bytes; either write wins whole.
      await store.deleteAll(pdfKeys.folder(source.articleId));
      await store.put(key, bytes, CONTENT_TYPE);
      return bytes;
    })().finally(() => making.delete(key));
    making.set(key, work);
  }
  return work;
}

/** Whether an If-None-Match header names this ETag. */
const matches = (ifNoneMatch: string | null, etag: string) =>
  Boolean(ifNoneMatch) && ifNoneMatch!.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");

/** The answer to GET /commentaries/<slug>/pdf: the PDF, a 304, or a 404 for anything not live. */
export async function piecePdfResponse(slug: string, request: Request): Promise<Response> {
  const source = await publicPdfSource(slug);
  if (!source) return new Response("No such commentary.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const etag = `"${source.fingerprint}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=0, must-revalidate",
    "Content-Type": CONTENT_TYPE,
    // Slugs are made of letters, digits and hyphens (lib/platform/slugs.ts): safe in the header as they are.
    "Content-Disposition": `inline; filename="${source.slug}.pdf"`,
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const bytes = await piecePdf(source);
  return new Response(new Uint8Array(bytes), { headers: { ...headers, "Content-Length": String(bytes.length) } });
}
