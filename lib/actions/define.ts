// The one way to build a server action (ARCHITECTURE.md, "Server actions"). Every action:
// - reads the session itself (never trusting the page that rendered the form),
// - validates its input with zod (FormData or a plain object),
// - hands a verified user (or null) to a lib function that checks the permission,
// - turns a DomainError into a result the form can show, and an unreachable database into
//   one with status 503 (lib/platform/database-unavailable.ts: the editor keeps the text and retries),
//   and lets everything else (redirect(), notFound(), real bugs) propagate.
// Server action files live in lib/actions/ and export only functions made here, so a
// test can find and call every one of them directly, as a forged request would.
import { z } from "zod";
import { getCurrentUser } from "../accounts/auth";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "../platform/database-unavailable";
import { ConflictError, DomainError, ValidationError } from "../platform/errors";
import { findControlCharacter } from "../platform/control-characters";
import type { CurrentUser } from "../accounts/sessions";

export type ActionResult<T> =
  { ok: true; data: T; message?: string } | { ok: false; error: string; status: number; fieldErrors?: Record<string, string[]> };

type Handler<S extends z.ZodType, T> = (user: CurrentUser | null, input: z.output<S>) => Promise<T>;

/** FormData to a plain object; a key sent several times (checkboxes, ordered lists) becomes an array. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key.endsWith("[]") ? values : values.length > 1 ? values : values[0];
  }
  // "authorIds[]" arrives as "authorIds".
  for (const key of Object.keys(out)) {
    if (key.endsWith("[]")) {
      out[key.slice(0, -2)] = out[key];
      delete out[key];
    }
  }
  return out;
}

function failure(error: unknown): ActionResult<never> {
  if (isDatabaseUnavailable(error)) return { ok: false, error: DATABASE_UNAVAILABLE, status: 503 };
  if (!(error instanceof DomainError)) throw error;
  // A conflict on a unique value (a taken slug) names its field; one between two saves does not.
  const fieldErrors = error instanceof ValidationError || error instanceof ConflictError ? error.fieldErrors : {};
  if (error instanceof ValidationError || Object.keys(fieldErrors).length)
    return { ok: false, error: error.message, status: error.status, fieldErrors };
  return { ok: false, error: error.message, status: error.status };
}

async function run<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>, raw: unknown): Promise<ActionResult<T>> {
  const input = raw instanceof FormData ? formDataToObject(raw) : raw;
  // Refused before anything else reads the input: PostgreSQL cannot store U+0000, and XML (the feeds) none of them.
  const control = findControlCharacter(input);
  if (control) return { ok: false, error: control.message, status: 400, fieldErrors: { [control.field]: [control.message] } };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "input";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, error: parsed.error.issues[0]?.message ?? "The input is not valid.", status: 400, fieldErrors };
  }
  try {
    const user = await getCurrentUser();
    return { ok: true, data: await handler(user, parsed.data) };
  } catch (error) {
    return failure(error);
  }
}

/** An action called from client code with one argument (an object or FormData). */
export function defineAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>) {
  return async (input: unknown): Promise<ActionResult<T>> => run(schema, handler, input);
}

/** An action for `<form action>` with React's useActionState: (previous result, FormData). */
export function defineFormAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>) {
  return async (_previous: ActionResult<T> | null, form: FormData): Promise<ActionResult<T>> => run(schema, handler, form);
}
