// The entry of a route handler that changes state with a JSON body (the autosave route): the
// session, the origin and the body, each refused before the next is looked at.
import "server-only";
import { NotSignedInError } from "../platform/errors";
import { readJsonBody } from "../platform/http/request-body";
import { MAX_REQUEST_BODY_BYTES } from "../platform/http/request-limits";
import { assertSameOrigin } from "../platform/http/same-origin";
import { getCurrentUser } from "./auth";
import type { CurrentUser } from "./sessions";

/**
 * For a route handler that changes state with a JSON body: the signed-in user and the body,
 * checked in the order that makes a refused request cost least. The session first, so an
 * anonymous request is answered without a byte of its body read; then the origin (CSRF);
 * then the body, within the limit. Throws NotSignedInError, ForbiddenError, BodyTooLargeError, or
 * ValidationError for a body that is not UTF-8 JSON.
 */
export async function readSignedInJson(
  request: Request,
  limit: number = MAX_REQUEST_BODY_BYTES,
): Promise<{ user: CurrentUser; body: unknown }> {
  const user = await getCurrentUser();
  if (!user) throw new NotSignedInError();
  assertSameOrigin(request);
  return { user, body: await readJsonBody(request, limit) };
}
