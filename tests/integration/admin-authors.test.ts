// Author profiles: who may manage them, what is checked, what is refused, what is logged.
import { createAuthor, deleteAuthor, getAuthor, listAuthors, updateAuthor } from "@/lib/admin/authors";
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotSignedInError, ValidationError } from "@/lib/platform/errors";
import { actorFor } from "../helpers/actors";
import { makeArticle, makeUser } from "../helpers/db";

let editor: Awaited<ReturnType<typeof actorFor>>;
let writer: Awaited<ReturnType<typeof actorFor>>;

beforeAll(async () => {
  editor = await actorFor(await makeUser("editor", { name: "Edith Editor" }));
  writer = await actorFor(await makeUser("writer"));
});

const bio = "A fellow in *maritime* law.\n\nSee [her page](https://example.org/people/x).";

test("an editor creates, edits and deletes a guest author; each change is audited", async () => {
  const author = await createAuthor(editor, { displayName: "Nadia Rahman", position: "Visiting Scholar", bio });
  expect(author.slug).toBe("nadia-rahman");
  expect(author.userId).toBeNull();
  expect(JSON.stringify(author.bio)).toContain('"italic"');

  const loaded = await getAuthor(editor, author.id);
  expect(loaded.bioMarkup).toBe(bio);

  await updateAuthor(editor, author.id, {
    displayName: "Nadia K. Rahman",
    slug: "nadia-rahman",
    position: "Senior Fellow",
    bio: loaded.bioMarkup,
  });
  expect((await listAuthors(editor)).map((a) => [a.displayName, a.position])).toContainEqual(["Nadia K. Rahman", "Senior Fellow"]);

  await deleteAuthor(editor, author.id);
  expect(await db.authorProfile.findUnique({ where: { id: author.id } })).toBeNull();

  const events = await db.auditEvent.findMany({ where: { subject: `author:${author.id}` }, orderBy: { createdAt: "asc" } });
  expect(events.map((e) => [e.action, e.actorId])).toEqual([
    ["authors.create", editor.id],
    ["authors.update", editor.id],
    ["authors.delete", editor.id],
  ]);
  expect(events[1].details).toEqual({
    displayName: { from: "Nadia Rahman", to: "Nadia K. Rahman" },
    position: { from: "Visiting Scholar", to: "Senior Fellow" },
  });
});

test("a profile can be linked to a user account, but not to one that already has a profile", async () => {
  const fellow = await makeUser("writer", { name: "Farah Fellow", withAuthor: false });
  const linked = await createAuthor(editor, { displayName: "Farah Fellow", userId: fellow.id });
  expect(linked.userId).toBe(fellow.id);
  await expect(createAuthor(editor, { displayName: "Farah Again", userId: fellow.id })).rejects.toThrow(
    "Farah Fellow's account is already linked to the author Farah Fellow.",
  );
  await expect(createAuthor(editor, { displayName: "Nobody", userId: "no-such-user" })).rejects.toThrow(
    "The chosen user account does not exist.",
  );
});

test("an edit that does not mention the account keeps the link; choosing none unlinks it", async () => {
  const fellow = await makeUser("writer", { name: "Greta Fellow", withAuthor: false });
  const linked = await createAuthor(editor, { displayName: "Greta Fellow", userId: fellow.id });
  await updateAuthor(editor, linked.id, { displayName: "Greta M. Fellow", slug: linked.slug });
  expect(await db.authorProfile.findUniqueOrThrow({ where: { id: linked.id } })).toMatchObject({
    displayName: "Greta M. Fellow",
    userId: fellow.id,
  });
  // The form sends "" for "no account".
  await updateAuthor(editor, linked.id, { displayName: "Greta M. Fellow", slug: linked.slug, userId: "" });
  expect((await db.authorProfile.findUniqueOrThrow({ where: { id: linked.id } })).userId).toBeNull();
});

test("writers and anonymous visitors are refused, and nothing is written", async () => {
  await expect(createAuthor(writer, { displayName: "Sneaky" })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(createAuthor(null, { displayName: "Sneaky" })).rejects.toBeInstanceOf(NotSignedInError);
  await expect(listAuthors(writer)).rejects.toMatchObject({ status: 403 });
  await expect(listAuthors(null)).rejects.toMatchObject({ status: 401 });
  const existing = await createAuthor(editor, { displayName: "Kept Author" });
  await expect(updateAuthor(writer, existing.id, { displayName: "Renamed" })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(deleteAuthor(null, existing.id)).rejects.toBeInstanceOf(NotSignedInError);
  expect((await db.authorProfile.findUniqueOrThrow({ where: { id: existing.id } })).displayName).toBe("Kept Author");
  expect(await db.authorProfile.count({ where: { displayName: "Sneaky" } })).toBe(0);
});

test("an author on pieces cannot be deleted; the message names the count", async () => {
  const amara = await makeUser("writer", { name: "Amara Okafor" });
  for (const status of ["draft", "in_review", "published", "archived"] as const) {
    await makeArticle({ createdById: amara.id, authorIds: [amara.author!.id], status });
  }
  await expect(deleteAuthor(editor, amara.author!.id)).rejects.toThrow(
    "Amara Okafor is an author of 4 pieces; remove them from those pieces first.",
  );
  await expect(deleteAuthor(editor, amara.author!.id)).rejects.toBeInstanceOf(ConflictError);
  expect(await db.authorProfile.findUnique({ where: { id: amara.author!.id } })).not.toBeNull();
});

test("a slug clash, a bad slug, a missing name and an unsafe bio link get clear messages", async () => {
  await createAuthor(editor, { displayName: "Sam Okoro" });
  await expect(createAuthor(editor, { displayName: "Sam Okoro" })).rejects.toThrow('An author with the slug "sam-okoro" already exists.');
  await expect(createAuthor(editor, { displayName: "Sam", slug: "Sam Okoro!" })).rejects.toThrow(
    "Slugs use lower-case letters, digits and single hyphens.",
  );
  const missing = createAuthor(editor, { displayName: "   " });
  await expect(missing).rejects.toBeInstanceOf(ValidationError);
  await expect(missing).rejects.toThrow("Give the author a name.");
  await expect(createAuthor(editor, { displayName: "Long", position: "x".repeat(301) })).rejects.toThrow(
    "The position is at most 300 characters.",
  );
  expect(await db.authorProfile.count({ where: { displayName: { in: ["Sam", "Long"] } } })).toBe(0);
});
