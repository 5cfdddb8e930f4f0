// The library's grid of thumbnails (the 320 px WebP rendition), each with its title, size and
// an "alt text missing" badge; `action` decides what a card does (open its page, or choose it).
import type { ReactNode } from "react";
import type { MediaItem } from "@/lib/media/types";
import { renditionUrl } from "@/lib/media/urls";

export function MediaThumb({ item }: { item: MediaItem }) {
  const height = Math.round((320 * item.height) / item.width);
  // The card's title names the image; the thumbnail adds nothing for a screen reader.
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a rendition URL made for this size; next/image would make another
    <img
      className="media-card__thumb"
      src={renditionUrl(item, 320, "webp")}
      width={320}
      height={height}
      alt=""
      loading="lazy"
      decoding="async"
    />
  );
}

export function MissingAlt({ item }: { item: MediaItem }) {
  return item.alt ? null : <span className="badge badge--warning">Alt text missing</span>;
}

export function MediaGrid({ items, action }: { items: MediaItem[]; action(item: MediaItem): ReactNode }) {
  return (
    <ul className="media-grid">
      {items.map((item) => (
        <li key={item.id} className="media-card">
          <div className="media-card__frame">
            <MediaThumb item={item} />
          </div>
          <div className="media-card__text">
            {action(item)}
            <span className="muted media-card__size">
              {item.width} × {item.height} · {item.format.toUpperCase()}
            </span>
            <MissingAlt item={item} />
          </div>
        </li>
      ))}
    </ul>
  );
}
