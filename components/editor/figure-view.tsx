"use client";
// A figure as the writer edits it: the library image (its current rendition: the editor knows
// only the id) with fields for its alt text, caption, credit and link. Alt text may be left empty
// while drafting, but the figure says so until it is filled in: submission refuses it.
import { useId, useState } from "react";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { Figure, type FigureAttrs } from "@/lib/content/figure";
import { FIGURE_LIMITS } from "@/lib/content/limits";
import { isSafeHref } from "@/lib/content/links";

function FigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const attrs = node.attrs as FigureAttrs;
  const id = useId();
  const [href, setHref] = useState(attrs.href ?? "");
  const [missing, setMissing] = useState(false);
  const hrefError = href.trim() && !isSafeHref(href.trim()) ? "Links may use http, https or mailto (for example https://example.org)." : "";
  const altMissing = !attrs.alt.trim();

  return (
    <NodeViewWrapper
      as="figure"
      className={`figure-edit${selected ? " figure-edit--selected" : ""}`}
      data-media-id={attrs.mediaId}
      role="group"
      aria-label={`Image: ${attrs.alt || "alt text missing"}`}
    >
      {/* The image is the drag handle; the fields take the keyboard and the mouse. */}
      <div className="figure-edit__image" data-drag-handle draggable>
        {/* eslint-disable-next-line @next/next/no-img-element -- the library's own rendition, sized by CSS */}
        <img src={`/media/${attrs.mediaId}/current/w640.webp`} alt={attrs.alt} onError={() => setMissing(true)} />
      </div>
      {missing ? (
        <p className="figure-edit__warning" role="alert">
          This image is not in the media library any more, so readers will not see it: remove it, or insert another.
        </p>
      ) : null}
      <div className="figure-edit__fields" contentEditable={false}>
        <div className="figure-edit__field">
          <label htmlFor={`${id}-alt`}>Alt text</label>
          <textarea
            id={`${id}-alt`}
            rows={2}
            value={attrs.alt}
            maxLength={FIGURE_LIMITS.alt}
            aria-describedby={`${id}-alt-hint`}
            aria-invalid={altMissing}
            onChange={(e) => updateAttributes({ alt: e.target.value })}
          />
          <p id={`${id}-alt-hint`} className={altMissing ? "figure-edit__warning" : "field-hint"}>
            {altMissing
              ? "Alt text missing: describe what the image shows for readers who cannot see it. The piece cannot be submitted without it."
              : "What the image shows, for readers who cannot see it."}
          </p>
        </div>
        <div className="figure-edit__field">
          <label htmlFor={`${id}-caption`}>Caption</label>
          <input
            id={`${id}-caption`}
            value={attrs.caption}
            maxLength={FIGURE_LIMITS.caption}
            onChange={(e) => updateAttributes({ caption: e.target.value })}
          />
        </div>
        <div className="figure-edit__row">
          <div className="figure-edit__field">
            <label htmlFor={`${id}-credit`}>Credit</label>
            <input
              id={`${id}-credit`}
              value={attrs.credit}
              maxLength={FIGURE_LIMITS.credit}
              placeholder="Photographer / agency"
              onChange={(e) => updateAttributes({ credit: e.target.value })}
            />
          </div>
          <div className="figure-edit__field">
            <label htmlFor={`${id}-href`}>Link (optional)</label>
            <input
              id={`${id}-href`}
              type="text"
              inputMode="url"
              value={href}
              placeholder="https://"
              aria-invalid={Boolean(hrefError)}
              aria-describedby={hrefError ? `${id}-href-error` : undefined}
              onChange={(e) => {
                setHref(e.target.value);
                const value = e.target.value.trim();
                // Only a safe address reaches the document; the server checks again.
                if (!value) updateAttributes({ href: null });
                else if (isSafeHref(value)) updateAttributes({ href: value });
              }}
            />
            {hrefError ? (
              <p id={`${id}-href-error`} className="field-error" role="alert">
                {hrefError}
              </p>
            ) : null}
          </div>
        </div>
        <button type="button" className="button button--small button--quiet" onClick={() => deleteNode()}>
          Remove image
        </button>
      </div>
    </NodeViewWrapper>
  );
}

/** The body's figure node with the editing view above: the same schema, so the server's rules hold. */
export const EditableFigure = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});
