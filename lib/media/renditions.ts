// The renditions readers get (URLs in lib/media/urls.ts): made from the original by sharp on
// the first request, kept in the store under a key of (id, rev, segment), and served from
// there afterwards. Public, like the pages that show them. What is served never carries the
// original's metadata: sharp writes none unless asked (EXIF GPS, camera serials, ICC gone; the
// pixels are turned upright and into sRGB first).
//
// Only URLs the pages could have written are made: a listed width, and a crop around the
// image's current focal point. So the store holds at most (widths + crop widths) x 3 formats
// per image revision, however many URLs are requested.
import "server-only";
import sharp, { type Sharp } from "sharp";
import { db } from "../platform/db";
import {
  CROPS,
  cropHeight,
  cropUrl,
  isCurrentFocus,
  renditionUrl,
  MEDIA_CONTENT_TYPES,
  parseRendition,
  type MediaFormat,
  type RenditionRequest,
} from "./urls";
import { mediaLimits } from "./ingest";
import { mediaKeys, mediaStore } from "./store";
import { cropBox, type FocalSource } from "./crop";

/** Qualities chosen by eye on photos and charts: AVIF and WebP at about the size of a q75 JPEG half as large. */
const ENCODERS: Record<MediaFormat, (image: Sharp) => Sharp> = {
  // effort 4 (sharp's default) takes ~3x less time than 9 for a few % of bytes.
  avif: (image) => image.avif({ quality: 50, effort: 4 }),
  webp: (image) => image.webp({ quality: 75, effort: 4 }),
  // JPEG has no transparency: flattened onto white, the page's background.
  jpg: (image) => image.flatten({ background: "#ffffff" }).jpeg({ quality: 78, mozjpeg: true }),
};

/**
 * Makes one rendition. An animated GIF or WebP gives its first frame: pages show a still
 * picture (motion in a commentary is rare, and each frame would multiply the work and bytes).
 */
export async function makeRendition(original: Buffer, image: FocalSource, request: RenditionRequest): Promise<Buffer> {
  // rotate() with no angle turns the pixels upright from the EXIF orientation, which is then dropped.
  let pipeline = sharp(original, { limitInputPixels: mediaLimits().maxPixels, animated: false }).rotate();
  if (request.kind === "width") {
    pipeline = pipeline.resize({ width: request.width, withoutEnlargement: true });
  } else {
    // A crop is made at the size its URL names, even from a smaller image (networks want 1200 x 630).
    const box = cropBox({ ...image, focalX: request.focalX, focalY: request.focalY }, CROPS[request.crop].aspect);
    pipeline = pipeline.extract(box).resize({ width: request.width, height: cropHeight(request.crop, request.width), fit: "fill" });
  }
  return ENCODERS[request.format](pipeline).toBuffer();
}

export interface Rendition {
  bytes: Buffer;
  contentType: string;
  etag: string;
}

/** Renditions being made in this process, so simultaneous first requests share one piece of work. */
const making = new Map<string, Promise<Buffer>>();

/** What `/media/<id>/<rev>/<segment>` answers: a redirect for rev "current", the bytes, or null (404). */
export type RenditionAnswer = { redirect: string } | { rendition: Rendition } | null;

export async function renditionFor(id: string, rev: string, segment: string): Promise<RenditionAnswer> {
  const request = parseRendition(segment);
  if (!request || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const asset = await db.mediaAsset.findUnique({
    where: { id },
    select: { id: true, rev: true, width: true, height: true, focalX: true, focalY: true },
  });
  if (!asset) return null;
  if (rev === "current") {
    // A crop goes to the current focal point too: the editor knows the id and nothing else.
    return {
      redirect:
        request.kind === "crop"
          ? cropUrl(asset, request.crop, request.width, request.format)
          : renditionUrl(asset, request.width, request.format),
    };
  }
  if (rev !== asset.rev) return null;
  if (request.kind === "crop" && !isCurrentFocus(asset, request)) return null;
  const key = mediaKeys.rendition(asset.id, asset.rev, segment);
  const store = mediaStore();
  const kept = await store.get(key);
  const contentType = MEDIA_CONTENT_TYPES[request.format];
  const etag = `"${asset.rev}-${segment}"`;
  if (kept) return { rendition: { bytes: kept, contentType, etag } };
  let work = making.get(key);
  if (!work) {
    work = (async () => {
      const original = await store.get(mediaKeys.original(asset.id, asset.rev));
      if (!original) throw new Error(`The original of media ${asset.id} (${asset.rev}) is missing from the store.`);
      const bytes = await makeRendition(original, asset, request);
      // Another instance making the same rendition writes the same bytes; either write wins whole.
      await store.put(key, bytes, contentType);
      return bytes;
    })().finally(() => making.delete(key));
    making.set(key, work);
  }
  return { rendition: { bytes: await work, contentType, etag } };
}
