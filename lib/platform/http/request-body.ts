// Reading a request's body without trusting its size. Next.js limits the bodies of server
// actions (next.config.js) but hands route handlers the raw stream, and `request.json()`
// buffers and parses whatever arrives: an anonymous 200 MB body to the autosave route once
// took 12.7 s and 600 MiB while every other request waited. Here a declared size over the
// limit is refused before anything is read, and the bytes are counted as they arrive, so a
// body without a Content-Length (chunked) or with a false one is cut off at the limit too.
// The bytes must be UTF-8: a malformed sequence (half a surrogate pair written out as bytes, a
// Latin-1 "é") is refused by name rather than silently turned into U+FFFD and stored.
import { NextRequest } from "next/server";
import { DomainError, ValidationError } from "../errors";
import { tooLargeMessage } from "./request-limits";

export class BodyTooLargeError extends DomainError {
  /** `declared`: the size the request said it has (Content-Length), named in the message when over the limit. */
  constructor(limit: number, declared: number | null = null) {
    super(tooLargeMessage(limit, declared), 413);
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body's bytes, read no further than `limit`. Past it, throws what `tooLarge` makes of the
 * declared size (null when the body had none, or a false one): BodyTooLargeError by default.
 */
export async function readBodyBytes(
  request: Request,
  limit: number,
  tooLarge: (declared: number | null) => Error = (declared) => new BodyTooLargeError(limit, declared),
): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge(declared);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Releases the upload's source rather than leaving it paused half-read.
      await reader.cancel();
      throw tooLarge(null);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A multipart/form-data body (a file upload) read within `limit` bytes, then parsed. Throws
 * what `tooLarge` makes past the limit, ValidationError when the body is not such a form.
 */
export async function readFormBody(request: Request, limit: number, tooLarge?: (declared: number | null) => Error): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(type)) throw new ValidationError("Send the file as multipart/form-data.");
  const bytes = await readBodyBytes(request, limit, tooLarge);
  try {
    return await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData();
  } catch {
    throw new ValidationError("The upload is not a valid multipart/form-data body.");
  }
}

/** The body as text, read no further than `limit` bytes. Throws BodyTooLargeError past it, ValidationError when it is not UTF-8. */
async function readBodyText(request: Request, limit: number): Promise<string> {
  const bytes = await readBodyBytes(request, limit);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ValidationError("The request is not valid UTF-8 text.");
  }
}

/**
 * A copy of the request with its body already read within `limit`, for library code that
 * would read the body itself without one (next-auth). Throws BodyTooLargeError past it.
 */
export async function withBodyWithin(request: NextRequest, limit: number): Promise<NextRequest> {
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await readBodyText(request, limit);
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body });
}

/** The parsed JSON body within `limit`. Throws ValidationError when it is not JSON. */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const text = await readBodyText(request, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError("The request is not valid JSON.");
  }
}
