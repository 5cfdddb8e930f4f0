// "Import from Word": a .docx as the body of a draft the person may edit, or as a new draft.
// The conversion is lib/content/import/docx.ts; here are who may do it, where its images go
// (the media library, for the piece, with no alt text: the library marks them "alt text
// missing") and the request that carries the file.
import "server-only";
import { getCurrentUser } from "../accounts/auth";
import { importDocx, MAX_DOCX_BYTES, type DocxImport, type ImageKeeper } from "../content/import/docx";
import { uploadMedia } from "../media/upload";
import { authorizeSite, type Actor } from "../permissions";
import { ValidationError } from "../platform/errors";
import { BodyTooLargeError, readFormBody } from "../platform/http/request-body";
import { assertSameOrigin } from "../platform/http/same-origin";
import { createArticle, getArticleForEditing, loadAuthorized, saveArticle } from "./working-copy";

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64_000;

const extensions: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp" };

/** The title a document without one gets: its file name, without the extension. */
const titleFromFileName = (fileName: string) =>
  fileName
    .replace(/\.docx$/i, "")
    .replace(/[_\s]+/g, " ")
    .trim()
    .slice(0, 300) || "Imported document";

/** Each image of the document uploaded into the library for the piece, as the person would upload it. */
const imageKeeperFor =
  (actor: Actor, articleId: string): ImageKeeper =>
  async (image) => {
    const fileName = `${image.name.replace(/[^\p{L}\p{N} -]+/gu, "").trim() || "image"}.${extensions[image.contentType] ?? "img"}`;
    const item = await uploadMedia(actor, { fileName, bytes: image.bytes, articleId });
    return { mediaId: item.id, alt: image.altText };
  };

/**
 * Converts a Word document for a piece the actor may edit, its images uploaded for the piece.
 * The body is not saved: the editor shows it, after the writer confirmed that it replaces the
 * body, and saves it as any edit.
 */
export async function importWordIntoPiece(actor: Actor | null, articleId: string, bytes: Buffer): Promise<DocxImport> {
  const { actor: user } = await loadAuthorized(actor, "articles.edit", articleId);
  return importDocx(bytes, imageKeeperFor(user, articleId));
}

/**
 * A new draft from a Word document: its title (or the file's name) and body, with the person's
 * own byline as any new piece. The document is read before anything is created, so a file that
 * is not a Word document creates nothing.
 */
export async function createPieceFromWord(actor: Actor | null, fileName: string, bytes: Buffer) {
  const user = authorizeSite(actor, "articles.create");
  const first = await importDocx(bytes, null);
  const created = await createArticle(user, { title: first.title ?? titleFromFileName(fileName), body: first.body });
  if (first.report.imagesSkipped.length === 0) return { id: created.id, report: first.report };
  // The images need the piece to exist (a writer uploads only for a piece they may edit): read
  // the document again with them kept, and save that as the draft's first edit.
  const withImages = await importDocx(bytes, imageKeeperFor(user, created.id));
  const piece = await getArticleForEditing(user, created.id);
  await saveArticle(user, created.id, piece.version, { ...piece, body: withImages.body });
  return { id: created.id, report: withImages.report };
}

/** The signed-in person and the uploaded .docx: session and origin before a byte of the body is read. */
async function readWordUpload(request: Request) {
  const user = await getCurrentUser();
  if (!user) return { user: null, fileName: "", bytes: Buffer.alloc(0) };
  assertSameOrigin(request);
  const form = await readFormBody(request, MAX_DOCX_BYTES + ENVELOPE_BYTES, (declared) => new BodyTooLargeError(MAX_DOCX_BYTES, declared));
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) {
    throw new ValidationError("Choose a Word document (.docx) to import.", { file: ["Choose a Word document (.docx) to import."] });
  }
  const fileName = file instanceof File && file.name ? file.name.slice(0, 255) : "document.docx";
  return { user, fileName, bytes: Buffer.from(await file.arrayBuffer()) };
}

/** POST /api/articles/<id>/word. */
export async function importWordIntoPieceFromRequest(request: Request, articleId: string) {
  const { user, bytes } = await readWordUpload(request);
  return importWordIntoPiece(user, articleId, bytes);
}

/** POST /api/articles/from-word. */
export async function createPieceFromWordRequest(request: Request) {
  const { user, fileName, bytes } = await readWordUpload(request);
  return createPieceFromWord(user, fileName, bytes);
}
