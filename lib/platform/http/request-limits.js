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

module.exports = { MAX_REQUEST_BODY_BYTES, MAX_SIGN_IN_BODY_BYTES };
