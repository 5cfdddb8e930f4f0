// The rich-text model shared by editor, server validation and rendering.
export { bodyExtensions, proseExtensions, type RichTextKind } from "./extensions";
export { validateRichText, RichTextError, emptyDoc, MAX_RICH_TEXT_BYTES } from "./validate";
export { renderRichText, withNotesHeading } from "./render";
export { plainText, countWords, readingMinutes } from "./text";
export { numberFootnotes } from "./footnotes";
export { isSafeHref } from "./links";
export { figureMediaIds, pieceMediaIds, bodyFigures, missingAltText } from "./media";
