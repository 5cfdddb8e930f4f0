// Editorial comments: threads, replies, resolve and reopen, and who may see them.
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { addEditorialComment, listEditorialComments, setThreadResolved } from "@/lib/editorial/comments";
import { ForbiddenError, NotFoundError, NotSignedInError } from "@/lib/platform/errors";
import { makeDivision, makeUser, sampleBody } from "../helpers/db";
import { actorFor as actor } from "../helpers/actors";

let writer: Awaited<ReturnType<typeof makeUser>>;
let coauthor: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;
let articleId: string;

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  coauthor = await makeUser("writer", { name: "Cora Coauthor" });
  otherWriter = await makeUser("writer", { name: "Oscar Other" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
  const piece = await createArticle(await actor(writer), { title: "Discussed", body: sampleBody, authorIds: [coauthor.author!.id] });
  articleId = piece.id;
});

beforeEach(() => db.editorialComment.deleteMany());

test("threads come oldest first with replies in order; a reply to a reply joins the thread", async () => {
  const e = await actor(editor);
  const w = await actor(writer);
  const first = await addEditorialComment(e, articleId, { body: "Can you source paragraph two?" });
  const answer = await addEditorialComment(w, articleId, { body: "Added the report.", parentId: first.id });
  await addEditorialComment(e, articleId, { body: "Thanks, that works.", parentId: answer.id });
  await addEditorialComment(w, articleId, { body: "A second topic." });

  const threads = await listEditorialComments(w, articleId);
  expect(threads.map((t) => [t.author.name, t.body, t.replies.map((r) => [r.author.name, r.body])])).toEqual([
    [
      "Eddie Editor",
      "Can you source paragraph two?",
      [
        ["Wendy Writer", "Added the report."],
        ["Eddie Editor", "Thanks, that works."],
      ],
    ],
    ["Wendy Writer", "A second topic.", []],
  ]);
});

test("a thread is resolved and reopened (from any of its comments), recording who resolved it", async () => {
  const e = await actor(editor);
  const root = await addEditorialComment(e, articleId, { body: "Title too long?" });
  const reply = await addEditorialComment(await actor(coauthor), articleId, { body: "Shortened.", parentId: root.id });
  await setThreadResolved(await actor(coauthor), reply.id, true);
  let [thread] = await listEditorialComments(e, articleId);
  expect(thread.resolvedAt).not.toBeNull();
  expect(thread.resolvedBy?.name).toBe("Cora Coauthor");
  await setThreadResolved(e, root.id, false);
  [thread] = await listEditorialComments(e, articleId);
  expect(thread.resolvedAt).toBeNull();
  expect(thread.resolvedBy).toBeNull();
});

test("comments are stored as plain text, trimmed, and refused when empty or over 10,000 characters", async () => {
  const e = await actor(editor);
  await addEditorialComment(e, articleId, { body: "  <script>alert(1)</script>  " });
  await expect(addEditorialComment(e, articleId, { body: "  " })).rejects.toThrow("Write a comment first.");
  await expect(addEditorialComment(e, articleId, { body: "x".repeat(10_001) })).rejects.toThrow("Comments are at most 10,000 characters.");
  const [thread] = await listEditorialComments(e, articleId);
  expect(thread.body).toBe("<script>alert(1)</script>");
  expect(await db.editorialComment.count()).toBe(1);
});

test("a reply to a comment on another piece is refused", async () => {
  const e = await actor(editor);
  const other = await createArticle(e, { title: "Elsewhere", body: sampleBody });
  const foreign = await addEditorialComment(e, other.id, { body: "On the other piece." });
  await expect(addEditorialComment(e, articleId, { body: "Sneaky", parentId: foreign.id })).rejects.toThrow(
    "The comment you replied to no longer exists.",
  );
});

test("authors and editors see the comments; another writer gets not-found; anonymous must sign in", async () => {
  const root = await addEditorialComment(await actor(editor), articleId, { body: "Private note." });
  expect(await listEditorialComments(await actor(coauthor), articleId)).toHaveLength(1);
  expect(await listEditorialComments(await actor(editor), articleId)).toHaveLength(1);

  const outsider = await actor(otherWriter);
  await expect(listEditorialComments(outsider, articleId)).rejects.toBeInstanceOf(NotFoundError);
  await expect(addEditorialComment(outsider, articleId, { body: "Hi" })).rejects.toBeInstanceOf(NotFoundError);
  await expect(setThreadResolved(outsider, root.id, true)).rejects.toBeInstanceOf(NotFoundError);
  await expect(listEditorialComments(null, articleId)).rejects.toBeInstanceOf(NotSignedInError);
  await expect(addEditorialComment(null, articleId, { body: "Hi" })).rejects.toBeInstanceOf(NotSignedInError);
  expect(await db.editorialComment.count()).toBe(1);
});

test("an editor outside a division that names its own editors may not join its discussion", async () => {
  const divisionEditor = await makeUser("editor");
  const division = await makeDivision([divisionEditor.id]);
  const piece = await createArticle(await actor(divisionEditor), { title: "Divisional", body: sampleBody, divisionId: division.id });
  await addEditorialComment(await actor(divisionEditor), piece.id, { body: "Ours." });
  await expect(listEditorialComments(await actor(editor), piece.id)).rejects.toBeInstanceOf(ForbiddenError);
});
