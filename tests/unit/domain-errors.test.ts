// The one input parser (lib/platform/validation.ts) and the one mapping from domain errors to
// what actions, route handlers and pages answer (lib/platform/http/domain-errors.ts).
import { z } from "zod";
import { DATABASE_UNAVAILABLE } from "@/lib/platform/database-unavailable";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/platform/errors";
import { orNotFound, toActionResult, toJsonResponse } from "@/lib/platform/http/domain-errors";
import { parsedByReceiver, parseInput } from "@/lib/platform/validation";

const schema = z.object({
  title: z.string().min(1, "Give it a title."),
  tags: z.array(z.string().max(3, "Tags are short.")),
});

/** What a refused call threw. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

describe("parseInput", () => {
  test("returns what the schema reads", () => {
    expect(parseInput(schema, { title: "Ports", tags: ["sea"], extra: 1 })).toEqual({ title: "Ports", tags: ["sea"] });
  });

  test("refuses with the first problem as the message and every problem by field path", () => {
    const error = thrown(() => parseInput(schema, { title: "", tags: ["ok", "too long"] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect({ message: (error as ValidationError).message, fieldErrors: (error as ValidationError).fieldErrors }).toEqual({
      message: "Give it a title.",
      fieldErrors: { title: ["Give it a title."], "tags.1": ["Tags are short."] },
    });
  });

  test("a problem with the value itself is reported under `input`", () => {
    expect((thrown(() => parseInput(z.string("Text, please."), 3)) as ValidationError).fieldErrors).toEqual({ input: ["Text, please."] });
  });

  test("control characters are refused first, by name and field, whatever the schema would say", () => {
    const error = thrown(() => parseInput(schema, { title: "", tags: ["a\u0007"] })) as ValidationError;
    const refused = "Text may not contain control characters (found U+0007).";
    expect({ message: error.message, fieldErrors: error.fieldErrors }).toEqual({ message: refused, fieldErrors: { tags: [refused] } });
  });

  test("a value handed on to its receiver (parsedByReceiver) is passed through unwalked, and the rest is still checked", () => {
    const envelope = z.object({ version: z.string(), piece: parsedByReceiver });
    const piece = { title: "a\u0000b" };
    expect(parseInput(envelope, { version: "1", piece }).piece).toBe(piece);
    expect(parseInput(parsedByReceiver, piece)).toBe(piece);
    const error = thrown(() => parseInput(envelope, { version: "1\u0000", piece })) as ValidationError;
    expect(error.fieldErrors).toEqual({ version: ["Text may not contain control characters (found U+0000)."] });
  });
});

describe("toActionResult", () => {
  // Invalid input always carries its field errors, even none; a conflict only when a unique value is taken.
  test.each([
    ["invalid input", new ValidationError("Bad.", { title: ["Bad."] }), { error: "Bad.", status: 400, fieldErrors: { title: ["Bad."] } }],
    ["invalid input naming no field", new ValidationError("Bad."), { error: "Bad.", status: 400, fieldErrors: {} }],
    [
      "a taken value",
      new ConflictError("Taken.", { slug: ["Taken."] }),
      { error: "Taken.", status: 409, fieldErrors: { slug: ["Taken."] } },
    ],
    ["two saves crossing", new ConflictError("Crossed."), { error: "Crossed.", status: 409 }],
    ["a refusal", new ForbiddenError(), { error: "You do not have permission to do that.", status: 403 }],
  ])("%s", (_name, error, expected) => {
    expect(toActionResult(error)).toEqual({ ok: false, ...expected });
  });

  test("an unreachable database is 503; anything else is thrown on", () => {
    const outage = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(toActionResult(outage)).toEqual({ ok: false, error: DATABASE_UNAVAILABLE, status: 503 });
    const bug = new TypeError("a bug");
    expect(thrown(() => toActionResult(bug))).toBe(bug);
  });
});

describe("toJsonResponse", () => {
  const answer = async (response: Response) => ({
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: await response.json(),
  });

  test("every refusal is { error, fieldErrors } with the error's status", async () => {
    await expect(answer(toJsonResponse(new ValidationError("Bad.", { title: ["Bad."] })))).resolves.toEqual({
      status: 400,
      retryAfter: null,
      body: { error: "Bad.", fieldErrors: { title: ["Bad."] } },
    });
    await expect(answer(toJsonResponse(new NotFoundError("No such piece.")))).resolves.toEqual({
      status: 404,
      retryAfter: null,
      body: { error: "No such piece.", fieldErrors: {} },
    });
  });

  test("a rate limit and an unreachable database say when to come back", async () => {
    await expect(answer(toJsonResponse(new RateLimitedError("Slow down.", 120)))).resolves.toEqual({
      status: 429,
      retryAfter: "120",
      body: { error: "Slow down.", fieldErrors: {} },
    });
    const outage = new Error("Connection terminated unexpectedly");
    await expect(answer(toJsonResponse(outage))).resolves.toEqual({
      status: 503,
      retryAfter: "30",
      body: { error: DATABASE_UNAVAILABLE, fieldErrors: {} },
    });
  });

  test("anything else is thrown on", () => {
    const bug = new RangeError("a bug");
    expect(thrown(() => toJsonResponse(bug))).toBe(bug);
  });
});

describe("orNotFound", () => {
  /** "404" when the page would be Next's not-found page, else what was loaded or thrown. */
  const outcome = (load: Promise<unknown>, options?: { forbiddenAs404?: boolean }) =>
    orNotFound(load, options).then(
      (value) => value,
      (error: { digest?: string }) => (error.digest?.startsWith("NEXT_HTTP_ERROR_FALLBACK;404") ? "404" : error),
    );

  test("what was loaded passes through; nothing, a missing thing and a forbidden one are the 404 page", async () => {
    await expect(outcome(Promise.resolve({ id: "a" }))).resolves.toEqual({ id: "a" });
    await expect(outcome(Promise.resolve(null))).resolves.toBe("404");
    await expect(outcome(Promise.reject(new NotFoundError("No such piece.")))).resolves.toBe("404");
    await expect(outcome(Promise.reject(new ForbiddenError()))).resolves.toBe("404");
  });

  test("a page that explains a refusal gets the ForbiddenError; other errors are thrown on", async () => {
    const forbidden = new ForbiddenError("This piece is published; you cannot edit it now.");
    await expect(outcome(Promise.reject(forbidden), { forbiddenAs404: false })).resolves.toBe(forbidden);
    await expect(outcome(Promise.reject(new NotFoundError()), { forbiddenAs404: false })).resolves.toBe("404");
    const bug = new Error("a bug");
    await expect(outcome(Promise.reject(bug))).resolves.toBe(bug);
  });
});
