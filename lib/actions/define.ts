// The one way to build a server action (ARCHITECTURE.md, "Server actions"). Every action:
// - reads the session itself (never trusting the page that rendered the form),
// - validates its input (FormData or a plain object) with parseInput (lib/platform/validation.ts),
// - hands a verified user (or null) to a lib function that checks the permission,
// - turns a DomainError into a result the form can show, and an unreachable database into
//   one with status 503, through toActionResult (lib/platform/http/domain-errors.ts: the editor
//   keeps the text and retries), and lets everything else (redirect(), notFound(), real bugs) propagate.
// Server action files live in lib/actions/ and export only functions made here, so a
// test can find and call every one of them directly, as a forged request would.
import type { z } from "zod";
import { getCurrentUser } from "../accounts/auth";
import { toActionResult, type ActionResult } from "../platform/http/domain-errors";
import { parseInput } from "../platform/validation";
import type { CurrentUser } from "../accounts/sessions";

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

async function run<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>, raw: unknown): Promise<ActionResult<T>> {
  try {
    // Control characters and the schema are checked before the session is looked up or anything else reads the input.
    const input = parseInput(schema, raw instanceof FormData ? formDataToObject(raw) : raw);
    const user = await getCurrentUser();
    return { ok: true, data: await handler(user, input) };
  } catch (error) {
    return toActionResult(error);
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
