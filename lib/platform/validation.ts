// The one way input is checked (ARCHITECTURE.md, "Errors"): server actions (lib/actions/define.ts),
// route handlers and every lib function that takes input from outside call parseInput, so a
// refusal always reads the same: a ValidationError whose message is the first problem, with
// every problem listed under the field it belongs to ("title", "article.body"; "input" for the
// value itself), which forms and the save route show beside the field.
import type { z } from "zod";
import { findControlCharacter } from "./control-characters";
import { ValidationError } from "./errors";

/** Every problem zod found, by field path. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "input"] ??= []).push(issue.message);
  return fieldErrors;
}

/**
 * The input as `schema` reads it, or a ValidationError. Control characters are refused first,
 * by name and field, before the schema (or anything else) reads the text
 * (lib/platform/control-characters.ts).
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const control = findControlCharacter(raw);
  if (control) throw new ValidationError(control.message, { [control.field]: [control.message] });
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ValidationError(parsed.error.issues[0]?.message ?? "The input is not valid.", fieldErrorsOf(parsed.error));
}
