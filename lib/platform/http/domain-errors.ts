// The one mapping from errors to what the person sees (ARCHITECTURE.md, "Errors"). The domain
// throws DomainErrors with messages written for people (lib/platform/errors.ts); here they
// become a server action's result, a route handler's JSON answer, or a page's 404. An
// unreachable database becomes 503 (lib/platform/database-unavailable.ts). Anything else
// (redirect(), notFound(), real bugs) is thrown on, for Next and the error pages to handle.
import { notFound } from "next/navigation";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../database-unavailable";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "../errors";

/** What every server action answers (lib/actions/define.ts); components/ui/action-form.tsx shows it. */
export type ActionResult<T> =
  { ok: true; data: T; message?: string } | { ok: false; error: string; status: number; fieldErrors?: Record<string, string[]> };

/** Field errors an error carries: every invalid input, or the field of a taken unique value. */
const fieldErrorsOf = (error: DomainError) => (error instanceof ValidationError || error instanceof ConflictError ? error.fieldErrors : {});

/**
 * A refusal as an action's result. Invalid input always carries `fieldErrors` (the form marks
 * the fields); a conflict only when it names a field (a taken slug), not when two saves crossed.
 */
export function toActionResult(error: unknown): ActionResult<never> {
  if (isDatabaseUnavailable(error)) return { ok: false, error: DATABASE_UNAVAILABLE, status: 503 };
  if (!(error instanceof DomainError)) throw error;
  const fieldErrors = fieldErrorsOf(error);
  if (error instanceof ValidationError || Object.keys(fieldErrors).length)
    return { ok: false, error: error.message, status: error.status, fieldErrors };
  return { ok: false, error: error.message, status: error.status };
}

/**
 * A refusal as a route handler's JSON answer: `{ error, fieldErrors }` (empty when no field is
 * named) with the error's status. Waits are said in Retry-After: a rate limit's, and the
 * database's 503, after which the editor tries its save again.
 */
export function toJsonResponse(error: unknown): Response {
  if (isDatabaseUnavailable(error)) {
    return Response.json(
      { error: DATABASE_UNAVAILABLE, fieldErrors: {} },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
  if (!(error instanceof DomainError)) throw error;
  const headers = error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
  return Response.json({ error: error.message, fieldErrors: fieldErrorsOf(error) }, { status: error.status, headers });
}

/**
 * What a page loads, or the 404 page when it is missing (null), does not exist, or is not the
 * visitor's to see: a writer gets 404, not 403, for someone else's draft, and a page the role
 * does not open (the review queue for a writer) is 404 too. A page that explains a refusal
 * instead (editing closed) passes `forbiddenAs404: false` and handles the ForbiddenError itself.
 */
export async function orNotFound<T>(load: Promise<T>, { forbiddenAs404 = true } = {}): Promise<NonNullable<T>> {
  let value: T;
  try {
    value = await load;
  } catch (error) {
    if (error instanceof NotFoundError || (forbiddenAs404 && error instanceof ForbiddenError)) notFound();
    throw error;
  }
  return value ?? notFound();
}
