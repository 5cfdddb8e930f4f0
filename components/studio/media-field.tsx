"use client";
// One image chosen from the media library, in a form: a preview, whether the library has alt
// text for it, and Choose… (the library's picker, which can also upload) and Remove. The form
// holds only the id: the piece's lead image (autosaved with the draft) and an author's
// portrait (posted with the author form, through a hidden input) both use it.
import { useState } from "react";
import Link from "next/link";
import type { MediaItem } from "@/lib/media/types";
import { paths } from "@/lib/platform/paths";
import { MediaPicker } from "@/components/studio/media/media-picker";
// The field goes into the editor and the admin forms: it brings its own styles (the picker brings its own).
import "@/app/styles/media-field.css";

/** What the field shows of the chosen image: its name and its alt text ("" = missing). */
export interface MediaSummary {
  id: string;
  title: string;
  alt: string;
}

interface Props {
  /** The field's legend ("Lead image", "Portrait"), and the base of its element ids. */
  legend: string;
  id: string;
  value: string | null;
  /** The saved image as the library held it when the form opened. */
  initial: MediaSummary | null;
  /** Uploads made here are filed under this piece (a writer may upload only for their pieces). */
  articleId?: string | null;
  /** No uploads until there is a piece (a writer's new piece). */
  uploadsNeedPiece?: boolean;
  /** Why missing alt text matters here, after "Alt text missing". */
  altNeeded: string;
  /** Said when there is no image. */
  empty: string;
  error?: string;
  onChange: (id: string | null) => void;
  /** Posts the id with the form under this name (the author form); the editor's draft needs none. */
  name?: string;
  /** A square preview, as the image is shown (a portrait); otherwise 3:2. */
  square?: boolean;
}

/** The preview: the id is all the form knows, and `current` finds the rendition of the image as it is now. */
const previewUrl = (id: string) => `/media/${encodeURIComponent(id)}/current/w640.webp`;

export function MediaField({
  legend,
  id,
  value,
  initial,
  articleId,
  uploadsNeedPiece,
  altNeeded,
  empty,
  error,
  onChange,
  name,
  square,
}: Props) {
  const [open, setOpen] = useState(false);
  const [known, setKnown] = useState<MediaSummary | null>(initial);
  // A restored or merged draft may name an image this field has not seen: shown, but its alt text is not known here.
  const shown = known && known.id === value ? known : null;

  function choose(item: MediaItem) {
    setKnown({ id: item.id, title: item.title, alt: item.alt });
    onChange(item.id);
    setOpen(false);
  }

  return (
    <>
      <fieldset className="field media-field" id={id} aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{legend}</legend>
        {name ? <input type="hidden" name={name} value={value ?? ""} /> : null}
        {value ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element -- a studio preview of a library rendition */}
            <img
              className={square ? "media-field__preview media-field__preview--square" : "media-field__preview"}
              src={previewUrl(value)}
              alt={shown?.alt ?? ""}
              width={320}
              height={213}
            />
            {shown ? <p className="media-field__title">{shown.title}</p> : null}
            {shown && !shown.alt.trim() ? (
              <p className="field-warning" role="status">
                Alt text missing: {altNeeded}{" "}
                <Link href={paths.studio.mediaItem(value)} target="_blank">
                  Add it in the library
                </Link>
              </p>
            ) : (
              <p className="field-hint">
                {shown ? `Alt text: “${shown.alt}”. ` : null}
                <Link href={paths.studio.mediaItem(value)} target="_blank">
                  Edit alt text, caption and credit in the library
                </Link>
              </p>
            )}
          </>
        ) : (
          <p className="field-hint">{empty}</p>
        )}
        <div className="media-field__actions">
          <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
            Choose…
          </button>
          {value ? (
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(null)}>
              Remove
            </button>
          ) : null}
        </div>
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
      {/* Outside the fieldset: a dialog of its own, not a part of the field's group. Mounted only while
          open: closed, its search box would still be found by its label ("Title, alt text…"), and
          answer for the editor's "Title". */}
      {open ? (
        <MediaPicker
          open
          onClose={() => setOpen(false)}
          onChoose={choose}
          articleId={articleId ?? undefined}
          uploadsNeedPiece={uploadsNeedPiece}
        />
      ) : null}
    </>
  );
}

/** The same field holding its own value: for a form that posts it (the author form's portrait). */
export function MediaInput(props: Omit<Props, "value" | "onChange"> & { name: string }) {
  const [value, setValue] = useState(props.initial?.id ?? null);
  return <MediaField {...props} value={value} onChange={setValue} />;
}
