// "Import from Word" as a writer uses it: a new draft from a document (title, byline, notes,
// images in the library for the piece, marked "alt text missing"), a document read into one's
// own draft, someone else's draft refused, and a file that is not a Word document creating nothing.
import { db } from "@/lib/platform/db";
import { createPieceFromWord, importWordIntoPiece } from "@/lib/editorial/word-import";
import { getArticleForEditing } from "@/lib/editorial/working-copy";
import { signedIn } from "../helpers/actors";
import { useMediaStore } from "../helpers/media-store";
import { buildDocx } from "../fixtures/docx-builder";
import { makeArticle } from "../helpers/db";

const figuresOf = (body: unknown) => JSON.stringify(body).match(/"type":"figure"/g)?.length ?? 0;

describe("importing from Word", () => {
  const store = useMediaStore("disk");

  test("a new draft takes the document's title, the writer's byline, its notes, and its image into the library for the piece", async () => {
    const { actor, user } = await signedIn("writer", { withAuthor: true });
    const docx = await buildDocx({ heading: "Ports and power", footnotes: 3, table: true, image: true });
    const { id, report } = await createPieceFromWord(actor, "ports.docx", docx);
    const piece = await getArticleForEditing(actor, id);
    expect(piece.title).toBe("Ports and power");
    expect(piece.authorIds).toEqual([(await db.authorProfile.findUniqueOrThrow({ where: { userId: user.id } })).id]);
    expect(JSON.stringify(piece.body).match(/"type":"footnote"/g)).toHaveLength(3);
    expect(figuresOf(piece.body)).toBe(1);
    expect(report.imagesImported).toBe(1);
    const images = await db.mediaAsset.findMany({ where: { articleId: id } });
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ alt: "", format: "png", uploadedById: user.id });
    expect((await store.keys()).some((key) => key.startsWith(images[0].id))).toBe(true);
  });

  test("a document read into one's own draft answers its body without saving it", async () => {
    const { actor, user } = await signedIn("writer", { withAuthor: true });
    const article = await makeArticle({ createdById: user.id, authorIds: [] });
    const before = await getArticleForEditing(actor, article.id);
    const result = await importWordIntoPiece(actor, article.id, await buildDocx({ footnotes: 40 }));
    expect(JSON.stringify(result.body).match(/"type":"footnoteReference"/g)).toHaveLength(40);
    const after = await getArticleForEditing(actor, article.id);
    expect(after.version).toBe(before.version);
    expect(after.body).toEqual(before.body);
  });

  test("someone else's draft is not found, and nothing of the document is kept", async () => {
    const owner = await signedIn("writer", { withAuthor: true });
    const other = await signedIn("writer", { withAuthor: true });
    const article = await makeArticle({ createdById: owner.user.id, authorIds: [] });
    const imagesBefore = await db.mediaAsset.count();
    await expect(importWordIntoPiece(other.actor, article.id, await buildDocx({ image: true }))).rejects.toMatchObject({ status: 404 });
    expect(await db.mediaAsset.count()).toBe(imagesBefore);
  });

  test("a file that is not a Word document creates no draft", async () => {
    const { actor } = await signedIn("writer", { withAuthor: true });
    const piecesBefore = await db.article.count();
    await expect(createPieceFromWord(actor, "notes.docx", Buffer.from("plain text, not a document"))).rejects.toThrow(
      "This file is not a Word document (.docx).",
    );
    expect(await db.article.count()).toBe(piecesBefore);
  });
});
