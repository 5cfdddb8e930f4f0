// A piece's body as HTML with its figures: the one way server code renders a body, so no
// caller forgets to load the images (a figure whose record is missing renders nothing).
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { figureMediaIds, renderRichText } from "../content";
import { db, type Tx } from "../platform/db";
import { loadMediaRefs } from "./refs";

/** Renders `body` with the library records of its figures, read through `client` (a transaction's, inside one). */
export async function renderBodyHtml(body: JSONContent, client: Pick<Tx, "mediaAsset"> = db): Promise<string> {
  return renderRichText("body", body, { media: await loadMediaRefs(figureMediaIds(body), client) });
}
