// Taking an image into the library: its bytes decide what it is (never its name or the browser's
// claim), then limits on bytes and pixels, then a full decode, and only a file that passes all
// of them is stored (the original, kept privately) and gets its row. No permission check here:
// callers decide who may (lib/media/upload.ts for people, the seed for demo content).
import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import sharp, { type Metadata } from "sharp";
import { recordAudit } from "../platform/audit";
import { db, type Tx } from "../platform/db";
import { config } from "../platform/env";
import { DomainError, ValidationError } from "../platform/errors";
import { stripControlCharacters } from "../platform/control-characters";
import type { MediaAsset } from "../generated/prisma/client";
import { mediaKeys, mediaStore } from "./store";

export const MEDIA_FORMAT_NAMES = ["jpeg", "png", "webp", "avif", "gif"] as const;
export type MediaSourceFormat = (typeof MEDIA_FORMAT_NAMES)[number];

const CONTENT_TYPES: Record<MediaSourceFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
};

const ACCEPTED = "JPEG, PNG, WebP, AVIF or GIF";

/** "2.5 MB": sizes as the refusals say them (decimal, as the request limits' messages do). */
export const formatBytes = (bytes: number) => `${Number((bytes / 1_000_000).toFixed(1))} MB`;

/** A file over MEDIA_MAX_BYTES (413). */
export class ImageTooLargeError extends DomainError {
  constructor(size: number | null, limit: number, what = "The file") {
    super(
      size === null
        ? `${what} is larger than ${formatBytes(limit)}, the largest image Standfirst accepts.`
        : `${what} is ${formatBytes(size)}; the largest image Standfirst accepts is ${formatBytes(limit)}.`,
      413,
    );
  }
}

/** Bytes that are not an image the library takes (415). */
export class UnsupportedImageError extends DomainError {
  constructor(message: string) {
    super(message, 415);
  }
}

export const mediaLimits = () => ({ maxBytes: config().MEDIA_MAX_BYTES, maxPixels: config().MEDIA_MAX_PIXELS });

/** Text that opens like XML or HTML and names an <svg> element near its start. */
function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return head.startsWith("<") && /<svg[\s>]/i.test(head);
}

export interface InspectedImage {
  format: MediaSourceFormat;
  /** As displayed: after the EXIF orientation is applied. */
  width: number;
  height: number;
  /** Frames of an animated GIF or WebP; 1 otherwise. */
  pages: number;
}

/**
 * What the bytes are, or a refusal saying why not: the format from sharp's own sniffing of the
 * bytes, the pixel count from the header before anything is decoded (a 20,000 x 20,000 PNG of
 * 100 KB is refused here, never expanded to 1.6 GB), then one full decode that fails on a
 * truncated or corrupt file. `name` is the file's name, for the messages.
 */
export async function inspectImage(bytes: Buffer, name: string): Promise<InspectedImage> {
  const { maxBytes, maxPixels } = mediaLimits();
  if (bytes.byteLength > maxBytes) throw new ImageTooLargeError(bytes.byteLength, maxBytes, `“${name}”`);
  if (bytes.byteLength === 0) throw new ValidationError(`“${name}” is empty.`);
  // Refused before sharp reads it at all: an SVG is a document (scripts, links, external
  // references), and the library keeps raster images only.
  if (looksLikeSvg(bytes)) throw new UnsupportedImageError(`“${name}”: SVG images are not accepted: export the image as PNG or JPEG.`);
  const notAccepted = new UnsupportedImageError(`“${name}” is not an image Standfirst accepts: ${ACCEPTED}.`);
  let metadata: Metadata;
  try {
    // The header only: no pixel is decoded, so no limit yet (sharp's default one would call a bomb "not an image").
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw notAccepted;
  }
  const format: MediaSourceFormat | null =
    metadata.format === "heif"
      ? metadata.compression === "av1"
        ? "avif"
        : null
      : (MEDIA_FORMAT_NAMES as readonly string[]).includes(metadata.format)
        ? (metadata.format as MediaSourceFormat)
        : null;
  if (metadata.format === "svg")
    throw new UnsupportedImageError(`“${name}”: SVG images are not accepted: export the image as PNG or JPEG.`);
  if (!format || !metadata.width || !metadata.height) throw notAccepted;
  const pages = metadata.pages ?? 1;
  // For an animated image sharp reports one frame's height; every frame is decoded.
  const pixels = metadata.width * metadata.height * pages;
  if (pixels > maxPixels) {
    const size = `${metadata.width.toLocaleString("en")} × ${metadata.height.toLocaleString("en")} pixels${pages > 1 ? ` × ${pages} frames` : ""}`;
    throw new ValidationError(
      `“${name}” is ${size} (${Math.round(pixels / 1e6)} megapixels); the largest image Standfirst accepts is ${Math.round(maxPixels / 1e6)} megapixels.`,
    );
  }
  try {
    // stats() reads every pixel as a stream (memory stays small), so a file cut short or
    // corrupt in the middle is found now, not when a reader first asks for a rendition.
    await sharp(bytes, { failOn: "truncated", limitInputPixels: maxPixels, animated: pages > 1 }).stats();
  } catch {
    throw new ValidationError(
      `“${name}” is damaged or incomplete (it could not be read to the end). Nothing was stored: export it again and upload the new file.`,
    );
  }
  const shown = metadata.autoOrient ?? { width: metadata.width, height: metadata.height };
  return { format, width: shown.width, height: shown.height, pages };
}

/** The library's title for a file: its name without folders and extension. */
export function titleFromFileName(fileName: string): string {
  const base = path.basename(fileName.replace(/\\/g, "/"));
  const title = stripControlCharacters(base.replace(/\.[A-Za-z0-9]{1,5}$/, ""))
    .replace(/\s+/g, " ")
    .trim();
  return title.slice(0, 200) || "Untitled image";
}

/** The short hash of an original that names its renditions' URLs (lib/media/urls.ts). */
export const revisionOf = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 12);

export interface IngestInput {
  fileName: string;
  bytes: Buffer;
  uploadedById: string | null;
  articleId?: string | null;
  alt?: string;
  caption?: string;
  credit?: string;
  licence?: string;
  /**
   * Runs inside the row's transaction, for what must exist only together with the image (an
   * import's record of where the image came from): if it throws, nothing is stored.
   */
  within?: (tx: Tx, row: MediaAsset) => Promise<void>;
}

/**
 * Checks the bytes, stores the original, writes the row (and, when someone uploaded it, the
 * audit event), all or nothing: a refused file leaves no row and no stored bytes, and a row is
 * written only together with its original. Throws ValidationError (400), ImageTooLargeError
 * (413) or UnsupportedImageError (415) with a message for people.
 */
export async function ingestImage(input: IngestInput): Promise<MediaAsset> {
  const image = await inspectImage(input.bytes, path.basename(input.fileName) || "The file");
  const rev = revisionOf(input.bytes);
  const store = mediaStore();
  let storedKey: string | null = null;
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.mediaAsset.create({
        data: {
          title: titleFromFileName(input.fileName),
          alt: input.alt ?? "",
          caption: input.caption ?? "",
          credit: input.credit ?? "",
          licence: input.licence ?? "",
          format: image.format,
          width: image.width,
          height: image.height,
          bytes: input.bytes.byteLength,
          rev,
          articleId: input.articleId ?? null,
          uploadedById: input.uploadedById,
        },
      });
      storedKey = mediaKeys.original(row.id, rev);
      await store.put(storedKey, input.bytes, CONTENT_TYPES[image.format]);
      if (input.uploadedById) {
        await recordAudit(tx, {
          actorId: input.uploadedById,
          action: "media.upload",
          subject: `media:${row.id}`,
          articleId: input.articleId ?? undefined,
          details: { title: row.title, format: row.format, width: row.width, height: row.height, bytes: row.bytes },
        });
      }
      await input.within?.(tx, row);
      return row;
    });
  } catch (error) {
    // The row was rolled back: its original must not outlive it.
    if (storedKey) await store.delete(storedKey).catch(() => undefined);
    throw error;
  }
}
