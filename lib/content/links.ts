// Which link targets rich text may carry: http(s), mailto and in-page anchors only.
import { find } from "linkifyjs";

const allowed = /^(https?:\/\/[^\s]+|mailto:[^\s]+|#[A-Za-z][\w:.-]*)$/i;

/**
 * True for http(s), mailto and in-page anchor links. Browsers ignore control characters
 * and whitespace inside a scheme ("java\tscript:"), so any of them makes a link unsafe.
 */
export function isSafeHref(href: string): boolean {
  if (/[\u0000-\u0020\u007f-\u009f]/.test(href)) return false;
  return allowed.test(href);
}

/** A web address written out in text, where it sits and where it leads. */
export interface BareLink {
  start: number;
  end: number;
  href: string;
}

/**
 * The web addresses written out in `text` ("https://…", "www.…"), found by linkifyjs (the
 * editor's own autolink library). A bare domain ("think.org") is left as text: in prose it is as
 * often a name as an address.
 */
export function bareLinks(text: string): BareLink[] {
  return find(text, "url")
    .filter((match) => /^(https?:\/\/|www\.)/i.test(match.value))
    .map((match) => ({
      start: match.start,
      end: match.end,
      href: /^www\./i.test(match.value) ? `https://${match.value}` : match.href,
    }))
    .filter((link) => isSafeHref(link.href));
}
