// Library images on the reader's pages: the lead image over a piece, the crop on a listing
// card and the author's portrait. Every URL comes from lib/media/urls.ts, so a page names only
// renditions the /media route makes. AVIF and WebP sources with a JPEG fallback; width and
// height always set, so nothing moves when the image arrives.
import { preload } from "react-dom";
import { cropHeight, cropSrcset, cropUrl, CROPS, renditionUrl, srcset, widthsFor, type CropName, type MediaRef } from "@/lib/media/urls";

/**
 * The lead image's `sizes`: the piece's column (42rem, less the page's padding on a phone).
 * Kept beside the CSS it mirrors (.piece in app/globals.css).
 */
export const LEAD_SIZES = "(max-width: 44.5rem) calc(100vw - 2.5rem), 42rem";

/** The JPEG the browser falls back to: the rendition nearest the column's width. */
const fallbackWidth = (media: MediaRef) => widthsFor(media).find((w) => w >= 960) ?? widthsFor(media).at(-1)!;

/**
 * The image over a piece, with its caption and credit. It is the page's largest paint, so it
 * loads at once with high priority, and the AVIF candidates (what the <picture> picks in any
 * browser that takes AVIF) are preloaded from the head: React hoists the link there.
 */
export function LeadImage({ media }: { media: MediaRef }) {
  preload(renditionUrl(media, fallbackWidth(media), "avif"), {
    as: "image",
    type: "image/avif",
    imageSrcSet: srcset(media, "avif"),
    imageSizes: LEAD_SIZES,
    fetchPriority: "high",
  });
  return (
    <figure className="lead-image">
      <picture>
        <source type="image/avif" srcSet={srcset(media, "avif")} sizes={LEAD_SIZES} />
        <source type="image/webp" srcSet={srcset(media, "webp")} sizes={LEAD_SIZES} />
        <img
          src={renditionUrl(media, fallbackWidth(media), "jpg")}
          srcSet={srcset(media, "jpg")}
          sizes={LEAD_SIZES}
          width={media.width}
          height={media.height}
          alt={media.alt}
          fetchPriority="high"
          decoding="async"
        />
      </picture>
      <MediaCaption media={media} />
    </figure>
  );
}

/** Caption, then credit, as the library holds them; nothing when both are empty. */
export function MediaCaption({ media }: { media: Pick<MediaRef, "caption" | "credit"> }) {
  if (!media.caption && !media.credit) return null;
  return (
    <figcaption>
      {media.caption ? <span className="caption">{media.caption}</span> : null}
      {media.caption && media.credit ? " " : null}
      {media.credit ? <span className="credit">{media.credit}</span> : null}
    </figcaption>
  );
}

/**
 * A crop around the focal point (a card's 16:9, a portrait's square). `eager` for one the
 * reader sees without scrolling (the first card); the rest load as they come near.
 */
export function CropImage({
  media,
  crop,
  sizes,
  alt = media.alt,
  eager = false,
  className,
}: {
  media: MediaRef;
  crop: CropName;
  sizes: string;
  /** A portrait beside its author's name says nothing more: pass "". */
  alt?: string;
  eager?: boolean;
  className?: string;
}) {
  const width = CROPS[crop].widths[0];
  return (
    <picture className={className}>
      <source type="image/avif" srcSet={cropSrcset(media, crop, "avif")} sizes={sizes} />
      <source type="image/webp" srcSet={cropSrcset(media, crop, "webp")} sizes={sizes} />
      <img
        src={cropUrl(media, crop, width, "jpg")}
        srcSet={cropSrcset(media, crop, "jpg")}
        sizes={sizes}
        width={width}
        height={cropHeight(crop, width)}
        alt={alt}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
      />
    </picture>
  );
}
