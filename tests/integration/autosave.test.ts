// Writing a piece: saves from a stale version lose cleanly, the editor's loads refuse who
// may not edit, the form options need a session, and bad input is refused with the field named.
import { getArticleFormOptions } from "@/lib/editorial/form-options";
import { createArticle, getArticleForEditing, getCurrentVersion, saveArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError, ValidationError } from "@/lib/platform/errors";
import { actorFor as actor } from "../helpers/actors";
import { makeUser, sampleBody } from "../helpers/db";

const body = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  otherWriter = await makeUser("writer", { name: "Otto Other" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
});

describe("two saves from the same version", () => {
  // Both change the same parts: no merge (tests/integration/merge-saves.test.ts has those that merge).
  test("exactly one wins; the other gets the conflict message naming the parts and writes nothing", async () => {
    const w = await actor(writer);
    const e = await actor(editor);
    const piece = await createArticle(w, { title: "Shared draft", body: sampleBody });

    const results = await Promise.allSettled([
      saveArticle(w, piece.id, piece.version, { title: "Writer's title", body: body("The writer's text.") }),
      saveArticle(e, piece.id, piece.version, { title: "Editor's title", body: body("The editor's text.") }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ConflictError);
    expect(lost[0].reason.message).toBe(
      "Someone else saved this piece since you opened it (your copy is version 1, the saved one is version 2). You both changed the title and paragraph 1.",
    );

    const winner = results[0].status === "fulfilled" ? "writer" : "editor";
    const stored = await getArticleForEditing(w, piece.id);
    expect(stored.version).toBe(2);
    expect(stored.title).toBe(winner === "writer" ? "Writer's title" : "Editor's title");
    expect(JSON.stringify(stored.body)).toContain(winner === "writer" ? "The writer's text." : "The editor's text.");
    expect(JSON.stringify(stored.body)).not.toContain(winner === "writer" ? "The editor's text." : "The writer's text.");
    // One revision for the create, one for the winning save: the loser left no trace.
    expect(await db.revision.count({ where: { articleId: piece.id } })).toBe(2);
  });

  test("after loading the saved version, the loser's save goes through on top of it", async () => {
    const w = await actor(writer);
    const e = await actor(editor);
    const piece = await createArticle(w, { title: "Draft", body: sampleBody });
    await saveArticle(e, piece.id, 1, { title: "Edited by the editor", body: body("Editor.") });
    await expect(saveArticle(w, piece.id, 1, { title: "Mine", body: body("Mine.") })).rejects.toBeInstanceOf(ConflictError);

    const current = await getCurrentVersion(w, piece.id);
    expect(current.version).toBe(2);
    expect(current.title).toBe("Edited by the editor");
    expect(current.bodyHtml).toBe("<p>Editor.</p>");

    const saved = await saveArticle(w, piece.id, current.version, { title: "Mine", body: body("Mine.") });
    expect(saved.version).toBe(3);
    expect((await getArticleForEditing(w, piece.id)).title).toBe("Mine");
  });
});

describe("getArticleForEditing", () => {
  test("returns the working copy with its version, authors in byline order and topics", async () => {
    const w = await actor(writer);
    const topic = await db.topic.create({ data: { slug: "trade", name: "Trade" } });
    const piece = await createArticle(w, {
      title: "Ordered",
      standfirst: "Short.",
      body: sampleBody,
      authorIds: [otherWriter.author!.id],
      topicIds: [topic.id],
    });
    const editable = await getArticleForEditing(w, piece.id);
    expect(editable).toMatchObject({
      id: piece.id,
      title: "Ordered",
      standfirst: "Short.",
      version: 1,
      status: "draft",
      topicIds: [topic.id],
    });
    expect(editable.authorIds).toEqual([writer.author!.id, otherWriter.author!.id]);
  });

  test("refuses anonymous users, other writers and a writer whose piece is in review", async () => {
    const w = await actor(writer);
    const piece = await createArticle(w, { title: "Private draft", body: sampleBody });

    await expect(getArticleForEditing(null, piece.id)).rejects.toThrow(new NotSignedInError("You need to sign in."));
    await expect(getArticleForEditing(await actor(otherWriter), piece.id)).rejects.toThrow(new NotFoundError("No such piece."));
    await expect(getCurrentVersion(await actor(otherWriter), piece.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCurrentVersion(null, piece.id)).rejects.toBeInstanceOf(NotSignedInError);

    await db.article.update({ where: { id: piece.id }, data: { status: "in_review" } });
    const refusal = getArticleForEditing(w, piece.id);
    await expect(refusal).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getArticleForEditing(w, piece.id)).rejects.toThrow("This piece is in review; you cannot edit it now.");
    // Reading the saved version stays open to its writer.
    expect((await getCurrentVersion(w, piece.id)).title).toBe("Private draft");
    // An editor may still edit it in review.
    expect((await getArticleForEditing(await actor(editor), piece.id)).status).toBe("in_review");
  });
});

describe("saving the byline and topics", () => {
  test("a save that reorders, adds or drops authors and topics stores exactly the new ones, and a text-only save keeps them", async () => {
    const e = await actor(editor);
    const [trade, ports] = await Promise.all([
      db.topic.create({ data: { slug: "byline-trade", name: "Byline trade" } }),
      db.topic.create({ data: { slug: "byline-ports", name: "Byline ports" } }),
    ]);
    const piece = await createArticle(e, {
      title: "Bylines",
      body: sampleBody,
      authorIds: [writer.author!.id, otherWriter.author!.id],
      topicIds: [trade.id],
    });
    const stored = async () => {
      const editable = await getArticleForEditing(e, piece.id);
      return { authorIds: editable.authorIds, topicIds: [...editable.topicIds].sort() };
    };

    const reordered = await saveArticle(e, piece.id, piece.version, {
      title: "Bylines",
      body: sampleBody,
      authorIds: [otherWriter.author!.id, writer.author!.id],
      topicIds: [ports.id, trade.id],
    });
    expect(await stored()).toEqual({ authorIds: [otherWriter.author!.id, writer.author!.id], topicIds: [trade.id, ports.id].sort() });

    const dropped = await saveArticle(e, piece.id, reordered.version, {
      title: "Bylines",
      body: sampleBody,
      authorIds: [otherWriter.author!.id],
      topicIds: [],
    });
    expect(await stored()).toEqual({ authorIds: [otherWriter.author!.id], topicIds: [] });

    await saveArticle(e, piece.id, dropped.version, {
      title: "Bylines, revised",
      body: body("New text."),
      authorIds: [otherWriter.author!.id],
      topicIds: [],
    });
    expect(await stored()).toEqual({ authorIds: [otherWriter.author!.id], topicIds: [] });
    const revisions = await db.revision.findMany({ where: { articleId: piece.id }, orderBy: { number: "asc" }, select: { meta: true } });
    expect(revisions.map((r) => (r.meta as { authorIds: string[] }).authorIds)).toEqual([
      [writer.author!.id, otherWriter.author!.id],
      [otherWriter.author!.id, writer.author!.id],
      [otherWriter.author!.id],
      [otherWriter.author!.id],
    ]);
  });
});

describe("getArticleFormOptions", () => {
  test("refuses anonymous users", async () => {
    await expect(getArticleFormOptions(null)).rejects.toBeInstanceOf(NotSignedInError);
  });

  test("offers every author (guests included), series with their default disclaimer, and the user's own profile", async () => {
    const guest = await db.authorProfile.create({ data: { slug: "guest-g", displayName: "Gita Guest", bio: sampleBody } });
    const disclaimer = await db.disclaimer.create({ data: { name: "Series note", body: sampleBody } });
    const series = await db.series.create({ data: { slug: "notes", name: "Notes", defaultDisclaimerId: disclaimer.id } });
    const options = await getArticleFormOptions(await actor(writer));
    expect(options.authors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: guest.id, displayName: "Gita Guest", guest: true }),
        expect.objectContaining({ id: otherWriter.author!.id, guest: false }),
      ]),
    );
    expect(options.series).toContainEqual({ id: series.id, name: "Notes", defaultDisclaimerId: disclaimer.id });
    expect(options.disclaimers).toContainEqual({ id: disclaimer.id, name: "Series note" });
    expect(options.ownAuthorId).toBe(writer.author!.id);
    // A writer's uploads go with a piece; an editor's may go straight into the library.
    expect(options.uploadsWithoutPiece).toBe(false);
    expect((await getArticleFormOptions(await actor(editor))).uploadsWithoutPiece).toBe(true);
  });
});

describe("bad input", () => {
  test("a slug another piece uses is refused with a message naming it, on the slug field", async () => {
    const w = await actor(writer);
    await createArticle(w, { title: "First", slug: "on-ports", body: sampleBody });
    const piece = await createArticle(w, { title: "Second", body: sampleBody });
    const attempt = saveArticle(w, piece.id, piece.version, { title: "Second", slug: "on-ports", body: sampleBody });
    await expect(attempt).rejects.toThrow('A piece with the slug "on-ports" already exists.');
    const error = await saveArticle(w, piece.id, piece.version, { title: "Second", slug: "on-ports", body: sampleBody }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ slug: ['A piece with the slug "on-ports" already exists.'] });
    expect((await getArticleForEditing(w, piece.id)).slug).not.toBe("on-ports");
  });

  test("a malformed slug is refused on the slug field", async () => {
    const w = await actor(writer);
    const piece = await createArticle(w, { title: "Slugged", body: sampleBody });
    const error = await saveArticle(w, piece.id, 1, { title: "Slugged", slug: "Bad--Slug", body: sampleBody }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors.slug).toEqual(["Slugs use lower-case letters, digits and single hyphens."]);
  });

  const link = (href: string) => ({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href } }] }] }],
  });
  test.each([
    ["an unknown node", { type: "doc", content: [{ type: "image", attrs: { src: "x.png" } }] }, 'Unknown node type "image".'],
    [
      "an unknown mark",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "strike" }] }] }] },
      'Unknown mark "strike".',
    ],
    [
      "a javascript: link",
      link("javascript:alert(1)"),
      'The link "javascript:alert(1)" is not allowed: links may use http, https or mailto, or point to an anchor on the page.',
    ],
    ["a body over 1 MB", body("x".repeat(1_100_000)), "The text is 1.1 MB; the limit is 1 MB."],
  ])("a body with %s is refused on the body field and nothing is written", async (_, badBody, message) => {
    const w = await actor(writer);
    const piece = await createArticle(w, { title: "Clean", body: body("Kept.") });
    const error = await saveArticle(w, piece.id, 1, { title: "Changed", body: badBody }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(message);
    expect(error.fieldErrors).toEqual({ body: [message] });
    const stored = await getArticleForEditing(w, piece.id);
    expect(stored).toMatchObject({ title: "Clean", version: 1 });
    expect(JSON.stringify(stored.body)).toContain("Kept.");
  });
});
