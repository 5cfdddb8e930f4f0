"use client";
// Drop images here or pick them: several at once, each with its own progress bar, and each
// refusal shown by the file's name (too large, not an image, damaged...). Files are sent one
// after another so the first finishes soon and the bars mean something on a slow line.
import { useId, useRef, useState, type DragEvent } from "react";
import type { MediaItem } from "@/lib/media/types";
import { uploadMedia } from "./upload-media";

export interface UploadRow {
  key: string;
  name: string;
  progress: number;
  state: "waiting" | "uploading" | "done" | "failed";
  message?: string;
}

export function UploadZone({ articleId, onUploaded }: { articleId?: string; onUploaded?(item: MediaItem): void }) {
  const [rows, setRows] = useState<UploadRow[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const update = (key: string, change: Partial<UploadRow>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));

  async function send(files: File[]) {
    const batch = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }));
    setRows((all) => [...batch.map(({ file, key }) => ({ key, name: file.name, progress: 0, state: "waiting" as const })), ...all]);
    for (const { file, key } of batch) {
      update(key, { state: "uploading" });
      try {
        const item = await uploadMedia(file, { articleId, onProgress: (progress) => update(key, { progress }) });
        update(key, {
          state: "done",
          progress: 1,
          message: item.alt ? "Uploaded." : "Uploaded. Alt text missing: add it before the image is used.",
        });
        onUploaded?.(item);
      } catch (error) {
        update(key, { state: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length) void send(files);
  }

  return (
    <section className="upload" aria-labelledby={`${id}-title`}>
      <div
        className={`upload__zone${over ? " upload__zone--over" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <h2 id={`${id}-title`} className="upload__title">
          Upload images
        </h2>
        <p className="muted">Drop JPEG, PNG, WebP, AVIF or GIF files here, or</p>
        <label className="button button--small" htmlFor={`${id}-files`}>
          Choose files…
        </label>
        <input
          ref={input}
          id={`${id}-files`}
          className="visually-hidden"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = "";
            if (files.length) void send(files);
          }}
        />
      </div>
      {rows.length ? (
        <ul className="upload__list" aria-label="Uploads" aria-live="polite">
          {rows.map((row) => (
            <li key={row.key} className={`upload__row upload__row--${row.state}`}>
              <span className="upload__name">{row.name}</span>
              <progress max={1} value={row.progress} aria-label={`Upload of ${row.name}`} />
              {row.message ? <span className={row.state === "failed" ? "upload__error" : "upload__done"}>{row.message}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
