// Which link targets rich text may carry: http(s), mailto and in-page anchors only.

const allowed = /^(https?:\/\/[^\s]+|mailto:[^\s]+|#[A-Za-z][\w:.-]*)$/i;

/**
 * True for http(s), mailto and in-page anchor links. Browsers ignore control characters
 * and whitespace inside a scheme ("java\tscript:"), so any of them makes a link unsafe.
 */
export function isSafeHref(href: string): boolean {
  if (/[\u0000-\u0020\u007f-\u009f]/.test(href)) return false;
  return allowed.test(href);
}
