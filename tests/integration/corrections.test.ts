// Public corrections: who may append one, to what, how long it may be, and what it records.
import { createArticle } from "@/lib/editorial/working-copy";
import { appendCorrection } from "@/lib/editorial/corrections";
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError, ValidationError } from "@/lib/platform/errors";
import { getLivePublication } from "@/lib/reader/publications";
import { transition } from "@/lib/editorial/workflow";
import { makeUser, sampleBody } from "../helpers/db";
import { actorFor as actor } from "../helpers/actors";

let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer");
  otherWriter = await makeUser("writer");
  editor = await makeUser("editor");
});

async function published() {
  const piece = await createArticle(await actor(writer), { title: `Piece ${Math.random()}`, body: sampleBody });
  const e = await actor(editor);
  await transition(await actor(writer), piece.id, "submit");
  await transition(e, piece.id, "approve");
  return transition(e, piece.id, "publish");
}

test("an editor appends a correction: readers see it, the audit log records it, and no revision is written", async () => {
  const piece = await published();
  const revisionsBefore = await db.revision.count({ where: { articleId: piece.id } });
  await appendCorrection(await actor(editor), piece.id, "  An earlier version gave the wrong year for the treaty.  ");

  const live = await getLivePublication(piece.slug);
  expect(live?.corrections.map((c) => c.body)).toEqual(["An earlier version gave the wrong year for the treaty."]);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { articleId: piece.id, action: "articles.correct" } });
  expect(audit.actorId).toBe(editor.id);
  expect(audit.details).toEqual({ body: "An earlier version gave the wrong year for the treaty." });
  expect(await db.revision.count({ where: { articleId: piece.id } })).toBe(revisionsBefore);
});

test("a piece reopened as a new version can still be corrected, since its old copy is live", async () => {
  const piece = await published();
  await transition(await actor(editor), piece.id, "newVersion");
  await appendCorrection(await actor(editor), piece.id, "Fixed a figure.");
  expect((await getLivePublication(piece.slug))?.corrections).toHaveLength(1);
});

test("empty and over-long corrections are refused with a message, and nothing is stored", async () => {
  const piece = await published();
  const e = await actor(editor);
  await expect(appendCorrection(e, piece.id, "   ")).rejects.toThrow("Write the correction first.");
  await expect(appendCorrection(e, piece.id, "x".repeat(2001))).rejects.toThrow("A correction is at most 2,000 characters.");
  await expect(appendCorrection(e, piece.id, 42)).rejects.toBeInstanceOf(ValidationError);
  await appendCorrection(e, piece.id, "y".repeat(2000));
  expect(await db.correction.count({ where: { articleId: piece.id } })).toBe(1);
});

test("writers, other writers and anonymous callers cannot correct; a piece that is not live cannot be corrected", async () => {
  const piece = await published();
  await expect(appendCorrection(await actor(writer), piece.id, "Mine")).rejects.toBeInstanceOf(ForbiddenError);
  await expect(appendCorrection(await actor(otherWriter), piece.id, "Not mine")).rejects.toBeInstanceOf(NotFoundError);
  await expect(appendCorrection(null, piece.id, "Anyone")).rejects.toBeInstanceOf(NotSignedInError);

  const draft = await createArticle(await actor(writer), { title: "Unpublished", body: sampleBody });
  await expect(appendCorrection(await actor(editor), draft.id, "Too early")).rejects.toThrow(
    "This piece is draft and not live, so there is nothing public to correct.",
  );
  await expect(appendCorrection(await actor(editor), draft.id, "Too early")).rejects.toBeInstanceOf(ConflictError);
  for (const id of [piece.id, draft.id]) {
    expect(await db.correction.count({ where: { articleId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId: id, action: "articles.correct" } })).toBe(0);
  }
});
