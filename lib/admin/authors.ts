// Author profiles: the public bylines. Editors and admins maintain them; a fellow's profile
// may be linked to their user account, a guest author has none. Each change is one function
// here (and one audit event), so refreshing the public pages after it has one place to go.
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { recordAudit, changedFields } from "../platform/audit";
import { proseToMarkup } from "../content/markup";
import { db } from "../platform/db";
import { nameField, optionalId, plural, proseFromMarkup, slugField, slugFrom, textField } from "./entities";
import { parseInput } from "../platform/validation";
import { ConflictError, NotFoundError, ValidationError, fromDatabaseError } from "../platform/errors";
import { authorizeSite, type Actor } from "../permissions";
import { refreshAuthorNames } from "../reader/publications";
import { publicTags, refreshPublic } from "../reader/cache";

const authorInput = z.object({
  displayName: nameField("author"),
  slug: slugField,
  position: textField("The position", 300),
  affiliation: textField("The affiliation", 300),
  focus: textField("The focus", 300),
  bio: z.string().max(20_000, "The bio is at most 20,000 characters.").default(""),
  userId: optionalId,
});

export async function listAuthors(actor: Actor | null) {
  authorizeSite(actor, "authors.manage");
  return db.authorProfile.findMany({
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      slug: true,
      displayName: true,
      position: true,
      user: { select: { name: true, email: true } },
      _count: { select: { articles: true } },
    },
  });
}

/** An author with the bio as editable markup. */
export async function getAuthor(actor: Actor | null, id: string) {
  authorizeSite(actor, "authors.manage");
  const author = await db.authorProfile.findUnique({ where: { id }, include: { user: { select: { id: true, name: true, email: true } } } });
  if (!author) throw new NotFoundError("No such author.");
  return { ...author, bioMarkup: proseToMarkup(author.bio) };
}

async function parse(input: unknown, authorId: string | null) {
  const data = parseInput(authorInput, input);
  const bio = proseFromMarkup(data.bio, "bio", "Bio");
  if (data.userId) {
    const user = await db.user.findUnique({
      where: { id: data.userId },
      select: { name: true, author: { select: { id: true, displayName: true } } },
    });
    if (!user) throw new ValidationError("The chosen user account does not exist.", { userId: ["Choose an existing account."] });
    if (user.author && user.author.id !== authorId) {
      throw new ConflictError(`${user.name}'s account is already linked to the author ${user.author.displayName}.`);
    }
  }
  return { ...data, slug: slugFrom(data.slug, data.displayName), bio: bio as object };
}

export async function createAuthor(actor: Actor | null, input: unknown) {
  const user = authorizeSite(actor, "authors.manage");
  const data = await parse(input, null);
  try {
    const saved = await db.$transaction(async (tx) => {
      const author = await tx.authorProfile.create({ data });
      await recordAudit(tx, {
        actorId: user.id,
        action: "authors.create",
        subject: `author:${author.id}`,
        details: { displayName: author.displayName, slug: author.slug },
      });
      return author;
    });
    refreshPublic([publicTags.author(saved.id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

export async function updateAuthor(actor: Actor | null, id: string, input: unknown) {
  const user = authorizeSite(actor, "authors.manage");
  const before = await db.authorProfile.findUnique({ where: { id } });
  if (!before) throw new NotFoundError("No such author.");
  const data = await parse(input, id);
  // Only an explicit choice changes the linked account (the form sends "" for none): an edit
  // that leaves the field out must not unlink the writer from their byline.
  if (!(typeof input === "object" && input !== null && "userId" in input)) data.userId = before.userId;
  try {
    const saved = await db.$transaction(async (tx) => {
      const author = await tx.authorProfile.update({ where: { id }, data });
      if (before.displayName !== author.displayName) await refreshAuthorNames(tx, id);
      const { bio, ...fields } = data;
      const changes: Record<string, unknown> = changedFields(
        {
          displayName: before.displayName,
          slug: before.slug,
          position: before.position,
          affiliation: before.affiliation,
          focus: before.focus,
          userId: before.userId,
        },
        fields,
      );
      // Stored JSON comes back with its keys reordered, so compare values, not text.
      if (!isDeepStrictEqual(before.bio, bio)) changes.bio = "changed";
      await recordAudit(tx, { actorId: user.id, action: "authors.update", subject: `author:${id}`, details: changes });
      return author;
    });
    refreshPublic([publicTags.author(id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

/** Refused while the author is on any piece, working or published: bylines must not vanish. */
export async function deleteAuthor(actor: Actor | null, id: string) {
  const user = authorizeSite(actor, "authors.manage");
  const author = await db.authorProfile.findUnique({ where: { id } });
  if (!author) throw new NotFoundError("No such author.");
  const pieces = await db.article.count({
    where: { OR: [{ authors: { some: { authorId: id } } }, { publication: { authors: { some: { authorId: id } } } }] },
  });
  if (pieces > 0) {
    throw new ConflictError(
      `${author.displayName} is an author of ${plural(pieces, "piece")}; remove them from ${pieces === 1 ? "that piece" : "those pieces"} first.`,
    );
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.authorProfile.delete({ where: { id } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "authors.delete",
        subject: `author:${id}`,
        details: { displayName: author.displayName, slug: author.slug },
      });
    });
    refreshPublic([publicTags.author(id)]);
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
