"use client";
// Choosing an image from the library (a lead image, a figure, a portrait): a modal dialog with
// search, the grid, and an upload zone whose uploads appear first. A native <dialog> opened
// with showModal(): focus moves into it and stays there, Escape closes it, and focus goes back
// to what opened it.
import "@/app/styles/admin.css";
import "@/app/styles/studio-lists.css";
import "@/app/styles/media.css";
import { useEffect, useId, useRef, useState } from "react";
import type { MediaItem } from "@/lib/media/types";
import { paths } from "@/lib/platform/paths";
import { MediaGrid } from "./media-grid";
import { UploadZone } from "./upload-zone";

interface Page {
  items: MediaItem[];
  next: string | null;
}

async function fetchPage(q: string, after?: string): Promise<Page> {
  const response = await fetch(paths.api.media({ q: q || undefined, after }), { headers: { accept: "application/json" } });
  const body = (await response.json()) as Page & { error?: string };
  if (!response.ok) throw new Error(body.error);
  return body;
}

export function MediaPicker({
  open,
  onClose,
  onChoose,
  articleId,
  uploadsNeedPiece = false,
}: {
  open: boolean;
  onClose(): void;
  onChoose(item: MediaItem): void;
  articleId?: string;
  /** A writer uploads only for a piece: until the piece exists (it has no title yet), no upload zone. */
  uploadsNeedPiece?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const id = useId();
  const [q, setQ] = useState("");
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<{ query: string; page: Page | null } | null>(null);
  const [uploaded, setUploaded] = useState<MediaItem[]>([]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    fetchPage(query).then(
      (page) => current && setResult({ query, page }),
      () => current && setResult({ query, page: null }),
    );
    return () => {
      current = false;
    };
  }, [open, query]);

  const loading = result?.query !== query;
  const page = loading ? null : result.page;
  const listed = page?.items.filter((item) => !uploaded.some((u) => u.id === item.id)) ?? [];
  const items = [...uploaded, ...listed];

  function more(after: string) {
    fetchPage(query, after).then(
      (next) => setResult((now) => (now?.page ? { query, page: { items: [...now.page.items, ...next.items], next: next.next } } : now)),
      () => setResult({ query, page: null }),
    );
  }

  function closed() {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  }

  return (
    <dialog ref={dialog} className="picker" aria-labelledby={`${id}-title`} onClose={closed}>
      <div className="picker__head">
        <h2 id={`${id}-title`}>Choose an image</h2>
        <button type="button" className="button button--quiet button--small" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <div className="picker__body">
        {articleId || !uploadsNeedPiece ? (
          <UploadZone articleId={articleId} onUploaded={(item) => setUploaded((all) => [item, ...all])} />
        ) : (
          <p className="field-hint">
            Give the piece a title first: it is then saved as a draft, and images you upload here are filed under it.
          </p>
        )}
        <form
          className="list-filters"
          role="search"
          aria-label="Find images"
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(q.trim());
          }}
        >
          <div className="list-filters__search">
            <label htmlFor={`${id}-q`}>Title, alt text, caption or credit</label>
            <input id={`${id}-q`} type="search" value={q} maxLength={100} onChange={(event) => setQ(event.target.value)} autoFocus />
          </div>
          <button type="submit" className="button button--small">
            Search
          </button>
        </form>
        <p role="status" className="muted">
          {loading ? "Loading images…" : !page ? "The library could not be loaded. Try again." : items.length ? "" : "No images found."}
        </p>
        <MediaGrid
          items={items}
          action={(item) => (
            <button
              type="button"
              className="media-card__choose"
              onClick={() => {
                onChoose(item);
                dialog.current?.close();
              }}
            >
              Choose “{item.title}”
            </button>
          )}
        />
        {page?.next ? (
          <button type="button" className="button button--quiet button--small" onClick={() => more(page.next!)}>
            More images
          </button>
        ) : null}
      </div>
    </dialog>
  );
}
