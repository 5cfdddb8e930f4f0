// The library's images as the studio's client code gets them (the JSON of /api/media, the picker,
// the library's grid). Pure: client components import the type.
import { mayChangeMedia, type Actor } from "../permissions";

/** The columns a MediaItem is made of. */
export interface MediaRow {
  id: string;
  rev: string;
  title: string;
  alt: string;
  caption: string;
  credit: string;
  licence: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  focalX: number;
  focalY: number;
  createdAt: Date;
  uploadedById: string | null;
}

/** An image as the client gets it: its columns (alt "" means alt text missing), dates as ISO 8601. */
export type MediaItem = Omit<MediaRow, "createdAt"> & {
  /** ISO 8601. */
  createdAt: string;
  /** Whether the person asking may change or delete it (mayChangeMedia). */
  mayChange: boolean;
};

export function toMediaItem(row: MediaRow, actor: Actor | null): MediaItem {
  return {
    id: row.id,
    rev: row.rev,
    title: row.title,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    licence: row.licence,
    format: row.format,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    focalX: row.focalX,
    focalY: row.focalY,
    createdAt: row.createdAt.toISOString(),
    uploadedById: row.uploadedById,
    mayChange: mayChangeMedia(actor, row),
  };
}
