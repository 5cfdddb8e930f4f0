/** Says plainly that what follows is not the public page. */
export function PreviewBanner({ children }: { children: React.ReactNode }) {
  return (
    <div className="preview-banner" role="note" aria-label="Preview">
      <p className="preview-banner__label">Preview</p>
      <div className="preview-banner__text">{children}</div>
    </div>
  );
}
