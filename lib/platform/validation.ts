// The one way input is checked (ARCHITECTURE.md, "Errors"): server actions (lib/actions/define.ts),
// route handlers and every lib function that takes input from outside call parseInput, so a
// refusal always reads the same: a ValidationError whose message is the first problem, with
// every problem listed under the field it belongs to ("title", "topicIds"; "input" for the
// value itself), which forms and the save route show beside the field.
import { z } from "zod";
import { findControlCharacter, stripControlCharacters } from "./control-characters";
import { ValidationError } from "./errors";

/**
 * A value a boundary (an action, a route handler) hands on unread to the lib function that owns
 * it, which parses it itself: with parseInput, or, for rich text, lib/content/validate.ts, each
 * of which refuses control characters. parseInput does not walk such a value (as the schema,
 * or as a field of an object schema), so a piece's 150 KB body is walked once per save, not
 * three times. Use it only for a value whose receiver parses it.
 */
export const parsedByReceiver = z.unknown();

/** What the control-character check walks: `raw` without the values `schema` leaves to their receiver. */
function ownedHere(schema: z.ZodType, raw: unknown): unknown {
  if (schema === parsedByReceiver) return undefined;
  if (!(schema instanceof z.ZodObject) || typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const handedOn = Object.keys(schema.shape).filter((key) => schema.shape[key] === parsedByReceiver);
  if (!handedOn.length) return raw;
  const rest: Record<string, unknown> = { ...raw };
  for (const key of handedOn) delete rest[key];
  return rest;
}

/** Every problem zod found, by field path. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "input"] ??= []).push(issue.message);
  return fieldErrors;
}

/**
 * The input as `schema` reads it, or a ValidationError. Control characters are refused first,
 * by name and field, before the schema (or anything else) reads the text
 * (lib/platform/control-characters.ts); a value marked `parsedByReceiver` is left to its receiver.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const control = findControlCharacter(ownedHere(schema, raw));
  if (control) throw new ValidationError(control.message, { [control.field]: [control.message] });
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ValidationError(parsed.error.issues[0]?.message ?? "The input is not valid.", fieldErrorsOf(parsed.error));
}

/**
 * A list's search box as read from the query string (studio lists): control characters dropped
 * (PostgreSQL cannot hold U+0000), runs of space made one, at most 100 characters; anything
 * that is not one string (a repeated parameter) is no search.
 */
export const listSearchParam = z
  .string()
  .transform((text) => stripControlCharacters(text).replace(/\s+/g, " ").trim().slice(0, 100) || undefined)
  .optional()
  .catch(undefined);

/**
 * A list's filter by id (a division, an author, a person, a piece), as read from the query string:
 * an id from the page's own select or link. Anything else in the address (too long, a NUL, an
 * array from a repeated parameter) is not a filter the page offered: it is dropped, and the
 * select shows "All", rather than failing the page.
 */
export const listIdParam = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined);

/**
 * The words of such a search, at most five (each must match for a row to be listed), ready for
 * Prisma's `contains`: it passes LIKE's wildcards through, so `%`, `_` and the escape `\` are
 * escaped to stand for themselves.
 */
export const searchWords = (q: string | undefined): string[] =>
  (q ?? "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 5)
    .map((word) => word.replace(/[\\%_]/g, (char) => `\\${char}`));
