// Uploads by people: who may upload, for which piece, and the request that carries the file.
// Writers upload for a piece they may edit (the picker in their editor names it); editors and
// admins (media.manage) also straight into the library. The bytes are then checked by
// ingestImage, which stores nothing it refuses.
import "server-only";
import { z } from "zod";
import { getCurrentUser } from "../accounts/auth";
import { loadAuthorized } from "../editorial/working-copy";
import { authorizeSite, decideSite, type Actor } from "../permissions";
import { db } from "../platform/db";
import { ForbiddenError, NotFoundError, ValidationError } from "../platform/errors";
import { readFormBody } from "../platform/http/request-body";
import { assertSameOrigin } from "../platform/http/same-origin";
import { parseInput } from "../platform/validation";
import { ImageTooLargeError, ingestImage, mediaLimits } from "./ingest";
import { toMediaItem, type MediaItem } from "./types";

/** Room for the multipart envelope around the file (boundaries, headers, the articleId field). */
const ENVELOPE_BYTES = 64_000;

export interface UploadInput {
  fileName: string;
  bytes: Buffer;
  articleId?: string | null;
}

/** Checks who asks and for which piece, then takes the image in. Nothing is stored on any refusal. */
export async function uploadMedia(actor: Actor | null, input: UploadInput): Promise<MediaItem> {
  const user = authorizeSite(actor, "media.upload");
  const manages = decideSite(user, "media.manage") === "allow";
  if (input.articleId) {
    if (manages) {
      // Editors may upload for any piece, even one not open for editing (a correction's image).
      const exists = await db.article.count({ where: { id: input.articleId } });
      if (!exists) throw new NotFoundError("No such piece.");
    } else {
      // A writer gets the same 404 for someone else's piece as everywhere else.
      await loadAuthorized(user, "articles.edit", input.articleId);
    }
  } else if (!manages) {
    throw new ForbiddenError("Writers upload images for one of their pieces: upload it from the piece's editor.");
  }
  const row = await ingestImage({ fileName: input.fileName, bytes: input.bytes, uploadedById: user.id, articleId: input.articleId });
  return toMediaItem(row, user);
}

const uploadFields = z.object({
  articleId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a piece's id.")
    .optional(),
  fileName: z.string().max(255, "The file's name is too long (255 characters at most)."),
});

/**
 * POST /api/media: the session, the permission and the origin before a byte of the body is
 * read; then the body within the image limit (a declared Content-Length over it is refused
 * at once, an undeclared one as soon as the count passes it); then the upload.
 */
export async function uploadFromRequest(request: Request): Promise<MediaItem> {
  const user = authorizeSite(await getCurrentUser(), "media.upload");
  assertSameOrigin(request);
  const { maxBytes } = mediaLimits();
  const form = await readFormBody(
    request,
    maxBytes + ENVELOPE_BYTES,
    (declared) => new ImageTooLargeError(declared, maxBytes, "The upload"),
  );
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new ValidationError("Choose an image file to upload.", { file: ["Choose an image file to upload."] });
  const fileName = file instanceof File && file.name ? file.name : "image";
  if (file.size > maxBytes) throw new ImageTooLargeError(file.size, maxBytes, `“${fileName}”`);
  const articleId = form.get("articleId");
  const fields = parseInput(uploadFields, { fileName, articleId: typeof articleId === "string" && articleId ? articleId : undefined });
  return uploadMedia(user, { ...fields, bytes: Buffer.from(await file.arrayBuffer()) });
}
