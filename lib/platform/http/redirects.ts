// Where to send someone after signing in: same-origin paths only, never another site, and
// only in a form a Location header can carry.
import { paths } from "../paths";

export function safeCallbackPath(value: unknown, fallback = paths.studio.home()): string {
  // A repeated ?callbackUrl= arrives as an array: ambiguous, so neither is followed.
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  // Serialising through URL percent-encodes non-ASCII ("/studio/ü"), which a Location header
  // cannot carry raw (Next answered 500). Bytes that were not UTF-8 reach us as U+FFFD, and a
  // broken escape ("%A") stays broken: both mean a mangled link, so it goes to the fallback.
  const base = "http://callback.invalid";
  const url = new URL(value, base);
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  try {
    if (decodeURIComponent(path).includes("\uFFFD")) return fallback;
  } catch {
    return fallback;
  }
  return path;
}
