// Where a crop cuts (pure): the renditions route makes crops with it, and the studio's focal
// point picker previews them with it, so the preview shows what readers will get.

export interface FocalSource {
  width: number;
  height: number;
  focalX: number;
  focalY: number;
}

/**
 * The part of the image a crop of `aspect` cuts: as large as the image allows, centred on the
 * focal point as nearly as the edges let it.
 */
export function cropBox(image: FocalSource, aspect: number) {
  const width = Math.min(image.width, Math.round(image.height * aspect));
  const height = Math.min(image.height, Math.round(width / aspect));
  const clamp = (value: number, max: number) => Math.min(Math.max(0, value), max);
  return {
    left: clamp(Math.round(image.focalX * image.width - width / 2), image.width - width),
    top: clamp(Math.round(image.focalY * image.height - height / 2), image.height - height),
    width,
    height,
  };
}

/** The crop as a CSS object-position ("37.5% 0%") for an <img> with object-fit: cover of the same aspect. */
export function cropPosition(image: FocalSource, aspect: number): string {
  const box = cropBox(image, aspect);
  const percent = (offset: number, room: number) => (room > 0 ? (offset / room) * 100 : 50);
  return `${percent(box.left, image.width - box.width)}% ${percent(box.top, image.height - box.height)}%`;
}
