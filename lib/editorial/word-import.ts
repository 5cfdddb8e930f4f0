// "Import from Word": a .docx as the body of a draft the person may edit, or as a new draft.
// The conversion is lib/content/import/docx.ts; here are who may do it and where its images go.
import "server-only";
import type { Actor } from "../permissions";
import { authorizeSite } from "../permissions";
import { importDocx, type DocxImport, type ImageKeeper } from "../content/import/docx";
import { createArticle, getArticleForEditing, loadAuthorized, saveArticle } from "./working-copy";

/** The title a document without one gets: its file name, without the extension. */
const titleFromFileName = (fileName: string) =>
  fileName
    .replace(/\.docx$/i, "")
    .replace(/[_\s]+/g, " ")
    .trim()
    .slice(0, 300) || "Imported document";

/** Where a piece's imported images go; none until the media library can keep them. */
const imageKeeperFor = (_actor: Actor, _articleId: string): ImageKeeper | null => null;

/**
 * Converts a Word document for a piece the actor may edit. Nothing is saved: the editor shows
 * the result, after the writer confirmed that it replaces the body, and saves it as any edit.
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
  const keeper = imageKeeperFor(user, created.id);
  if (!keeper || first.report.imagesSkipped.length === 0) return { id: created.id, report: first.report };
  // The images need the piece to exist (a writer uploads only for a piece they may edit): read
  // the document again with them kept, and save that as the draft's first edit.
  const withImages = await importDocx(bytes, keeper);
  const piece = await getArticleForEditing(user, created.id);
  await saveArticle(user, created.id, piece.version, { ...piece, body: withImages.body });
  return { id: created.id, report: withImages.report };
}
