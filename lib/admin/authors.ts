// Author profiles: the public bylines, declared for lib/admin/reference-data.ts. Editors and
// admins maintain them; a fellow's profile may be linked to their user account, a guest
// author has none.
import "server-only";
import { z } from "zod";
import { proseToMarkup } from "../content/markup";
import { db, type Tx } from "../platform/db";
import { nameField, optionalId, plural, proseFromMarkup, slugField, slugFrom, textField } from "./entities";
import { adminKind, modelStore, referenceData, type ParseContext } from "./reference-data";
import { ConflictError, ValidationError } from "../platform/errors";
import { parseInput } from "../platform/validation";
import { refreshAuthorNames } from "../reader/publications";
import { publicTags } from "../reader/cache";
import type { Prisma } from "../generated/prisma/client";
import { authorLinksInput, parseAuthorLinks, parseOrcid, storedLinks } from "./author-identity";

const authorInput = z
  .object({
    displayName: nameField("author"),
    slug: slugField,
    position: textField("The position", 300),
    affiliation: textField("The affiliation", 300),
    focus: textField("The focus", 300),
    bio: z.string().max(20_000, "The bio is at most 20,000 characters.").default(""),
    userId: optionalId,
    /** A media library image, shown as the author's square portrait. */
    portraitId: optionalId,
    /** Checked by parseOrcid, which names what is wrong (shape or check digit). */
    orcid: z.string().max(100, "An ORCID iD is 19 characters; that is far longer.").default(""),
  })
  .extend(authorLinksInput.shape);

const withUser = {
  user: { select: { id: true, name: true, email: true } },
  // What the form's portrait field shows: its name and whether it has alt text.
  portrait: { select: { id: true, title: true, alt: true } },
} as const;
type Author = Prisma.AuthorProfileGetPayload<{ include: typeof withUser }>;

/** Refuses a user account that does not exist or already has another byline. */
async function checkLinkedUser(userId: string, authorId: string | null) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, author: { select: { id: true, displayName: true } } },
  });
  if (!user) throw new ValidationError("The chosen user account does not exist.", { userId: ["Choose an existing account."] });
  if (user.author && user.author.id !== authorId) {
    throw new ConflictError(`${user.name}'s account is already linked to the author ${user.author.displayName}.`);
  }
}

/** Refuses a portrait the media library does not have (deleted while the form was open, say). */
async function checkPortrait(portraitId: string) {
  if (!(await db.mediaAsset.findUnique({ where: { id: portraitId }, select: { id: true } }))) {
    const message = "The portrait is no longer in the media library.";
    throw new ValidationError(message, { portraitId: [message] });
  }
}

/** An explicit choice changes a field; an edit that leaves it out keeps what was there. */
const sends = (input: unknown, field: string) => typeof input === "object" && input !== null && field in input;

async function parseAuthor(input: unknown, { before }: ParseContext<Author>) {
  const { linkLabel, linkUrl, ...data } = parseInput(authorInput, input);
  const bio = proseFromMarkup(data.bio, "bio", "Bio");
  const orcid = parseOrcid(data.orcid);
  const links = parseAuthorLinks({ linkLabel, linkUrl });
  if (data.userId) await checkLinkedUser(data.userId, before?.id ?? null);
  if (data.portraitId) await checkPortrait(data.portraitId);
  // Only an explicit choice changes the linked account or the portrait (the form sends "" for
  // none): an edit that leaves the field out must not unlink the writer from their byline.
  return {
    ...data,
    userId: before && !sends(input, "userId") ? before.userId : data.userId,
    portraitId: before && !sends(input, "portraitId") ? before.portraitId : data.portraitId,
    // Likewise the ORCID iD and the links: an update that does not send them keeps them.
    orcid: before && !sends(input, "orcid") ? before.orcid : orcid,
    links: before && !sends(input, "linkUrl") && !sends(input, "linkLabel") ? storedLinks(before.links) : links,
    slug: slugFrom(data.slug, data.displayName),
    bio: bio as object,
  };
}

const store = modelStore(
  (client) => client.authorProfile,
  (client: Tx, id: string) => client.authorProfile.findUnique({ where: { id }, include: withUser }),
);

export const authors = referenceData({
  noun: "author",
  auditPrefix: "authors",
  permission: "authors.manage",
  label: "displayName",
  store: {
    ...store,
    // Publications keep their byline as text: a new name is written into them in the same transaction.
    async update(tx: Tx, before: Author, data: Awaited<ReturnType<typeof parseAuthor>>) {
      const author = await tx.authorProfile.update({ where: { id: before.id }, data });
      if (before.displayName !== author.displayName) await refreshAuthorNames(tx, before.id);
      return author;
    },
  },
  list: () =>
    db.authorProfile.findMany({
      orderBy: { displayName: "asc" },
      select: {
        id: true,
        slug: true,
        displayName: true,
        position: true,
        user: { select: { name: true, email: true } },
        _count: { select: { articles: true } },
      },
    }),
  /** With the bio as editable markup. */
  show: (author: Author) => ({ ...author, bioMarkup: proseToMarkup(author.bio), links: storedLinks(author.links) }),
  parse: parseAuthor,
  audit: {
    named: ["displayName", "slug"],
    compared: ["displayName", "slug", "position", "affiliation", "focus", "userId", "portraitId", "orcid"],
    // Links are JSON: compared by value and logged as "changed", as the bio is.
    prose: ["bio", "links"],
  },
  inUse: {
    pieces: (id: string) => ({ authors: { some: { authorId: id } } }),
    // Bylines must not vanish; the message names the author as readers know them.
    refusal: (author: Author, pieces: number) =>
      `${author.displayName} is an author of ${plural(pieces, "piece")}; remove them from ${pieces === 1 ? "that piece" : "those pieces"} first.`,
  },
  tags: (id: string) => [publicTags.author(id)],
  retiredAs: "author",
});

export const { list: listAuthors, get: getAuthor, create: createAuthor, update: updateAuthor, remove: deleteAuthor } = authors;

export const authorsAdmin = adminKind(authors, {
  title: "Authors",
  section: "authors",
  caption: "Author profiles",
  slug: (author) => author.slug,
  columns: [
    { label: "Position", cell: (author) => author.position || { muted: "—" } },
    { label: "Account", cell: (author) => (author.user ? author.user.email : { muted: "Guest (no account)" }) },
    { label: "Pieces", cell: (author) => author._count.articles },
  ],
  deleteRule: "Only an author who is on no piece, working or published, can be deleted.",
});
