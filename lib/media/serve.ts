// The HTTP answer of the rendition route (app/media/[id]/[rev]/[file]/route.ts): a rendition's
// URL names bytes that never change (its rev is the original's hash, a crop's URL its focal
// point), so it is cached for a year as immutable; "current" redirects for a minute, the time
// an editor may wait to see a replaced image.
import "server-only";
import { plainPage } from "../platform/http/plain-page";
import { renditionFor } from "./renditions";

export const IMMUTABLE = "public, max-age=31536000, immutable";
const CURRENT_SECONDS = 60;

export async function mediaResponse(request: Request, id: string, rev: string, segment: string): Promise<Response> {
  const answer = await renditionFor(id, rev, segment);
  if (!answer) {
    const page = plainPage(404, "No such image", ["There is no such image here: it may have been replaced or deleted."]);
    return new Response(page.body, { status: page.status, headers: page.headers });
  }
  if ("redirect" in answer) {
    return new Response(null, {
      status: 302,
      headers: { Location: answer.redirect, "Cache-Control": `public, max-age=${CURRENT_SECONDS}` },
    });
  }
  const { bytes, contentType, etag } = answer.rendition;
  const headers = { "Content-Type": contentType, "Cache-Control": IMMUTABLE, ETag: etag };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(bytes), { headers: { ...headers, "Content-Length": String(bytes.byteLength) } });
}
