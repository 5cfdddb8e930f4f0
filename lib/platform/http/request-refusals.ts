// Requests the production server (scripts/server.ts) refuses before Next.js sees them, each with
// a 4xx that names the problem. Next.js answered all of these with a 500:
// - an address Next cannot decode: a broken percent-encoding ("/commentaries/%", "%E0%A4%A") or
//   one that is not UTF-8 ("%C0%AF", "%ED%A0%80");
// - an address carrying a character no text here may hold (lib/platform/control-characters.ts):
//   "/commentaries/%00" or "/search?q=%00" reached PostgreSQL, which cannot store U+0000;
// - a server action whose declared body is over the limit (request-limits.js): Next refuses it
//   with an error the browser sees only as "An unexpected response was received from the server".
// Also refused: a path part that decodes to "." or ".." ("/commentaries/%2e%2e" showed the list
// of commentaries), and a path part longer than a file name may be (Next's page cache writes one
// file per address, and failed with ENAMETOOLONG).
// Each refusal is said the way the asker reads it: JSON for /api/ (the shape of
// lib/platform/http/domain-errors.ts), plain text for a server action (Next's client throws it as
// the error's message), a short page for everything else.
import type { IncomingMessage, ServerResponse } from "node:http";
import { findControlCharacter } from "../control-characters";
import { plainPage } from "./plain-page";
import { MAX_REQUEST_BODY_BYTES, tooLargeMessage } from "./request-limits";

export interface Refusal {
  status: number;
  message: string;
}

/** Longer than any slug or token here, and the longest name most file systems allow. */
export const MAX_PATH_PART = 255;

/** A percent-encoded run ("%E0%A4%A4") or a "%" that starts no complete escape. */
const escapes = /(?:%[0-9A-Fa-f]{2})+|%.{0,2}/g;

/** `part` decoded, or the refusal naming its first escape that is not UTF-8. */
function decoded(part: string): string | Refusal {
  if (!part.includes("%")) return part;
  try {
    return decodeURIComponent(part);
  } catch {
    const bad = part.match(escapes)?.find((run) => {
      try {
        decodeURIComponent(run);
        return false;
      } catch {
        return true;
      }
    });
    return { status: 400, message: `The address is not valid: "${bad ?? part}" is not a percent-encoded UTF-8 character.` };
  }
}

function forbiddenCharacter(text: string): Refusal | null {
  const found = findControlCharacter(text);
  return found ? { status: 400, message: `The address may not contain control characters (found ${found.codePoint}).` } : null;
}

/** The first problem of a request target ("/search?q=..."), or null when Next may have it. */
export function addressProblem(target: string): Refusal | null {
  const at = target.indexOf("?");
  const path = at < 0 ? target : target.slice(0, at);
  for (const part of path.split("/")) {
    if (part.length > MAX_PATH_PART) {
      return {
        status: 414,
        message: `The address is too long: one part of it is ${part.length} characters; the limit is ${MAX_PATH_PART}.`,
      };
    }
    const problem = partProblem(part);
    if (problem) return problem;
  }
  if (at < 0) return null;
  for (const part of target.slice(at + 1).split(/[&=]/)) {
    const problem = partProblem(part, { query: true });
    if (problem) return problem;
  }
  return null;
}

/** What is wrong with one part of a path, or one name or value of a query. */
function partProblem(part: string, { query = false } = {}): Refusal | null {
  // Node's parser refuses raw control characters in a request line: only escapes can carry one.
  if (!part.includes("%")) return !query && (part === "." || part === "..") ? dotPart(part) : null;
  const text = decoded(query ? part.replace(/\+/g, " ") : part);
  if (typeof text !== "string") return text;
  if (!query && (text === "." || text === "..")) return dotPart(text);
  return forbiddenCharacter(text);
}

const dotPart = (text: string): Refusal => ({ status: 400, message: `The address is not valid: it may not have "${text}" as a part.` });

const isServerAction = (req: IncomingMessage) => req.method === "POST" && req.headers["next-action"] !== undefined;

/** Why `req` is refused before Next sees it, or null. */
export function requestRefusal(req: IncomingMessage): Refusal | null {
  const address = addressProblem(req.url ?? "/");
  if (address) return address;
  const declared = Number(req.headers["content-length"]);
  if (isServerAction(req) && declared > MAX_REQUEST_BODY_BYTES) {
    return { status: 413, message: tooLargeMessage(MAX_REQUEST_BODY_BYTES, declared) };
  }
  return null;
}

const headings: Record<number, string> = {
  400: "This address is not valid",
  413: "This request is too large",
  414: "This address is too long",
};

/** Answers `req` with `refusal`, in the form its asker reads. */
export function sendRefusal(req: IncomingMessage, res: ServerResponse, refusal: Refusal) {
  const { status, message } = refusal;
  // A refused upload may still be arriving. Closing the connection under it would reset it, and
  // the client would lose the answer it has not read yet: the connection stays open, Node reads
  // and drops the rest of the body once the answer is sent, and drainWithin bounds that.
  if (!req.complete) drainWithin(req);
  let answer: { headers: Record<string, string>; body: string };
  if ((req.url ?? "").startsWith("/api/")) {
    answer = {
      headers: { "content-type": "application/json", "cache-control": "no-store" },
      body: JSON.stringify({ error: message, fieldErrors: {} }),
    };
  } else if (isServerAction(req)) {
    // Exactly "text/plain": Next's client uses the text as the thrown error's message only then.
    answer = { headers: { "content-type": "text/plain", "cache-control": "no-store" }, body: message };
  } else {
    answer = plainPage(status, headings[status] ?? "This request cannot be answered", [message]);
  }
  res.writeHead(status, { ...answer.headers, "content-length": String(Buffer.byteLength(answer.body)) });
  res.end(req.method === "HEAD" ? undefined : answer.body);
}

/** How long, and how much of a refused upload, may be read and dropped before the connection is cut. */
const DRAIN_MS = 5_000;
const DRAIN_BYTES = 16 * 1024 * 1024;

/** Cuts the connection if the rest of a refused upload takes longer or is larger than the bounds. */
function drainWithin(req: IncomingMessage) {
  let read = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, DRAIN_MS);
  timer.unref();
  req.on("data", (chunk: Buffer) => {
    read += chunk.length;
    if (read > DRAIN_BYTES) cut();
  });
  req.on("end", () => clearTimeout(timer));
  req.socket.on("close", () => clearTimeout(timer));
}
