// Errors the domain raises on purpose. Each carries a message meant for the person using
// the app; routes and actions turn them into responses, never into stack traces.
import { Prisma } from "../generated/prisma/client";

export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** No valid session: the caller must sign in. */
export class NotSignedInError extends DomainError {
  constructor(message = "You need to sign in.") {
    super(message, 401);
  }
}

/** Also used when the caller may not know that a thing exists (a writer and someone else's draft). */
export class NotFoundError extends DomainError {
  constructor(message = "Not found.") {
    super(message, 404);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that.") {
    super(message, 403);
  }
}

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, 400);
  }
}

/** Two saves of one piece crossed, or a unique value is taken; a taken value names its field. */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, 409);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 429);
  }
}

/** What a unique column is called in messages, by model and field. */
const things: Record<string, string> = {
  Article: "a piece",
  Publication: "a published piece",
  AuthorProfile: "an author",
  Division: "a division",
  Series: "a series",
  Topic: "a topic",
  Disclaimer: "a disclaimer",
  User: "a user",
};

/**
 * Turns a database constraint violation into a DomainError with a clear message, e.g.
 * "A piece with the slug "x" already exists." Anything else is returned unchanged.
 */
export function fromDatabaseError(error: unknown, values: Record<string, unknown> = {}): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  const meta = (error.meta ?? {}) as {
    modelName?: string;
    target?: string[] | string;
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
  };
  switch (error.code) {
    case "P2002": {
      const constraint = meta.driverAdapterError?.cause?.constraint;
      // Unique indexes are named Model_field_key.
      const fromIndex = /^[A-Za-z]+_(.+)_key$/.exec(constraint?.index ?? "")?.[1];
      const fields = constraint?.fields ?? (fromIndex ? [fromIndex] : Array.isArray(meta.target) ? meta.target : [meta.target ?? "value"]);
      const field = String(fields[0] ?? "value").replace(/"/g, "");
      const thing = things[meta.modelName ?? ""] ?? "a record";
      const value = values[field];
      const label = value !== undefined ? ` "${String(value)}"` : "";
      const message = `${capitalise(thing)} with the ${field}${label} already exists.`;
      return new ConflictError(message, { [field]: [message] });
    }
    case "P2003":
      return new ValidationError("This refers to something that does not exist, or is still in use elsewhere.");
    case "P2025":
      return new NotFoundError();
    case "P2000":
      return new ValidationError("A value is too long.");
    default:
      return error;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
