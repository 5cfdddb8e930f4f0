// @ts-check
// How large a request body the app accepts, in one place for next.config.js (CommonJS: the
// server actions' limit, which Next.js applies while it decodes an action's arguments) and
// lib/platform/http/request-body.ts (route handlers, whose bodies Next.js does not limit at all).

/**
 * A save carries a piece's rich text, at most 1 MB (MAX_RICH_TEXT_BYTES in
 * lib/content/validate.ts), in an envelope with the title, standfirst and ids. Twice that
 * leaves an oversized text to the validation, which says what is too large, and stops
 * anything larger before it is buffered or parsed.
 */
const MAX_REQUEST_BODY_BYTES = 2_000_000;

/** next-auth's sign-in, sign-out and log posts: a few form fields. */
const MAX_SIGN_IN_BODY_BYTES = 64_000;

/** "2.5 MB", "64 KB": a size as the messages that refuse one say it. @param {number} bytes */
const formatSize = (bytes) =>
  bytes >= 1_000_000 ? `${Number((bytes / 1_000_000).toFixed(1))} MB` : `${Number((bytes / 1_000).toFixed(1))} KB`;

/**
 * What refuses a body over `limit`: its size when the request declared one (Content-Length),
 * so the person can tell how far over it is; otherwise the limit alone.
 * @param {number} limit @param {number | null} declared
 */
const tooLargeMessage = (limit, declared) =>
  declared !== null && declared > limit
    ? `The request is ${formatSize(declared)}; the limit is ${formatSize(limit)}.`
    : `The request is too large: the limit is ${formatSize(limit)}.`;

module.exports = { MAX_REQUEST_BODY_BYTES, MAX_SIGN_IN_BODY_BYTES, tooLargeMessage };
