// Where each rendition of a library image is served, and the srcset a page writes for it. Pure:
// the renderer, the reader's pages and the rendition route (app/media/) all read the same rules,
// so a page never names a rendition the route would refuse to make.
//
//   /media/<id>/<rev>/w<width>.<ext>                   the whole image, <width> px wide at most
//   /media/<id>/<rev>/<crop>-<width>-<fx>-<fy>.<ext>   a crop around the focal point (fx, fy in %)
//
// `rev` is a hash of the original's bytes, so every URL names bytes that never change (served as
// immutable). A crop's URL also names the focal point it was cut around: the route makes only the
// current one, so old focal points cannot be used to fill the store.

export const MEDIA_FORMATS = ["avif", "webp", "jpg"] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

export const MEDIA_CONTENT_TYPES: Record<MediaFormat, string> = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" };

/** Widths of the whole-image renditions (never wider than the original). */
export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** Crops: their aspect ratio (width / height) and the widths they are made at. */
export const CROPS = {
  /** Listing cards and the home page. */
  card: { aspect: 16 / 9, widths: [480, 960] },
  /** Open Graph and Twitter cards: 1200 x 630, JPEG so every network reads it. */
  social: { aspect: 1200 / 630, widths: [1200] },
  /** Author portraits. */
  square: { aspect: 1, widths: [160, 400] },
} as const;
export type CropName = keyof typeof CROPS;

/** What a page needs to know of an image to show it. */
export interface MediaRef {
  id: string;
  rev: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  focalX: number;
  focalY: number;
}

const percent = (fraction: number) => Math.round(Math.min(1, Math.max(0, fraction)) * 100);

export function renditionUrl(media: Pick<MediaRef, "id" | "rev">, width: number, format: MediaFormat): string {
  return `/media/${media.id}/${media.rev}/w${width}.${format}`;
}

export function cropUrl(media: Pick<MediaRef, "id" | "rev" | "focalX" | "focalY">, crop: CropName, width: number, format: MediaFormat) {
  return `/media/${media.id}/${media.rev}/${crop}-${width}-${percent(media.focalX)}-${percent(media.focalY)}.${format}`;
}

/** The widths worth offering for an image: the standard ones below its own width, then its own if narrower than the largest. */
export function widthsFor(media: Pick<MediaRef, "width">): number[] {
  const below = RENDITION_WIDTHS.filter((w) => w < media.width);
  const cap = RENDITION_WIDTHS.find((w) => w >= media.width) ?? RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1];
  // An image wider than the largest already has it below: each width once (a srcset repeating one is invalid).
  return [...new Set([...below, cap])];
}

/** `srcset` of the whole image in one format; each candidate's descriptor is the width it really has. */
export function srcset(media: Pick<MediaRef, "id" | "rev" | "width">, format: MediaFormat): string {
  return widthsFor(media)
    .map((w) => `${renditionUrl(media, w, format)} ${Math.min(w, media.width)}w`)
    .join(", ");
}

/** `srcset` of a crop in one format. */
export function cropSrcset(media: Pick<MediaRef, "id" | "rev" | "focalX" | "focalY">, crop: CropName, format: MediaFormat): string {
  return CROPS[crop].widths.map((w) => `${cropUrl(media, crop, w, format)} ${w}w`).join(", ");
}

/** The height of a `width`-wide crop. */
export const cropHeight = (crop: CropName, width: number) => Math.round(width / CROPS[crop].aspect);

/** A rendition request, parsed from the last segment of its URL; null when the route must refuse it. */
export type RenditionRequest =
  | { kind: "width"; width: number; format: MediaFormat }
  | { kind: "crop"; crop: CropName; width: number; focalX: number; focalY: number; format: MediaFormat };

export function parseRendition(segment: string): RenditionRequest | null {
  const match = /^(?:w(\d{1,4})|(card|social|square)-(\d{1,4})-(\d{1,3})-(\d{1,3}))\.(avif|webp|jpg)$/.exec(segment);
  if (!match) return null;
  const format = match[6] as MediaFormat;
  if (match[1]) {
    const width = Number(match[1]);
    return (RENDITION_WIDTHS as readonly number[]).includes(width) ? { kind: "width", width, format } : null;
  }
  const crop = match[2] as CropName;
  const width = Number(match[3]);
  const [fx, fy] = [Number(match[4]), Number(match[5])];
  if (!(CROPS[crop].widths as readonly number[]).includes(width) || fx > 100 || fy > 100) return null;
  return { kind: "crop", crop, width, focalX: fx / 100, focalY: fy / 100, format };
}

/** Whether a crop request names the asset's current focal point (the only one the route makes). */
export const isCurrentFocus = (media: Pick<MediaRef, "focalX" | "focalY">, request: { focalX: number; focalY: number }) =>
  percent(media.focalX) === Math.round(request.focalX * 100) && percent(media.focalY) === Math.round(request.focalY * 100);
