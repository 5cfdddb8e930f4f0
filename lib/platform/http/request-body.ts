// Reading a request's body without trusting its size. Next.js limits the bodies of server
// actions (next.config.js) but hands route handlers the raw stream, and `request.json()`
// buffers and parses whatever arrives: an anonymous 200 MB body to the autosave route once
// took 12.7 s and 600 MiB while every other request waited. Here a declared size over the
// limit is refused before anything is read, and the bytes are counted as they arrive, so a
// body without a Content-Length (chunked) or with a false one is cut off at the limit too.
import { NextRequest } from "next/server";
import { DomainError } from "../errors";

export class BodyTooLargeError extends DomainError {
  constructor(limit: number) {
    super(`The request is too large: the limit is ${limit >= 1_000_000 ? `${limit / 1_000_000} MB` : `${limit / 1_000} KB`}.`, 413);
  }
}

/** The body as text, read no further than `limit` bytes. Throws BodyTooLargeError past it. */
async function readBodyText(request: Request, limit: number): Promise<string> {
  if (Number(request.headers.get("content-length")) > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return "";
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
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * A copy of the request with its body already read within `limit`, for library code that
 * would read the body itself without one (next-auth). Throws BodyTooLargeError past it.
 */
export async function withBodyWithin(request: NextRequest, limit: number): Promise<NextRequest> {
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await readBodyText(request, limit);
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body });
}

/** The parsed JSON body within `limit`, or null when it is not JSON (for the caller's validation to refuse). */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const text = await readBodyText(request, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
