// Test fixtures, written straight to the database: the code under test is lib/, not these.
import { db } from "@/lib/platform/db";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/accounts/passwords";

/** Empties every table except the migrations record. */
export async function resetDatabase() {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
  }
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;

export async function makeUser(role: Role, options: { disabled?: boolean; name?: string; withAuthor?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const handle = unique(role);
  const user = await db.user.create({
    data: {
      email: `${handle}@test.example`,
      name: options.name ?? handle,
      role,
      disabled: options.disabled ?? false,
      passwordHash: await passwordHash,
    },
  });
  const author =
    options.withAuthor === false
      ? null
      : await db.authorProfile.create({
          data: { slug: handle, displayName: user.name, bio: { type: "doc", content: [{ type: "paragraph" }] }, userId: user.id },
        });
  return { ...user, author };
}

export async function makeDivision(editorIds: string[] = []) {
  const slug = unique("division");
  return db.division.create({ data: { slug, name: slug, editors: { create: editorIds.map((userId) => ({ userId })) } } });
}

export const makeTopic = (name: string) => db.topic.create({ data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") } });
export const makeSeries = (name: string) => db.series.create({ data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") } });

/**
 * A library image as a bare row (media-core's ingest stores the bytes; these tests read only
 * the record). `alt` empty means "alt text missing", as in the library.
 */
export function makeMediaAsset(options: { title?: string; alt?: string; caption?: string; credit?: string; uploadedById?: string } = {}) {
  const title = options.title ?? unique("image");
  return db.mediaAsset.create({
    data: {
      title,
      alt: options.alt ?? `A view of ${title}`,
      caption: options.caption ?? "",
      credit: options.credit ?? "",
      format: "jpeg",
      width: 2400,
      height: 1600,
      bytes: 400_000,
      focalX: 0.3,
      focalY: 0.6,
      rev: Math.random().toString(16).slice(2, 10),
      uploadedById: options.uploadedById ?? null,
    },
  });
}

/** A figure node of the body, as the editor makes it. */
export const figureNode = (mediaId: string, alt = "A chart", caption = "") => ({
  type: "figure",
  attrs: { mediaId, alt, caption, credit: "", href: null },
});

export const sampleBody = {
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "A sentence worth reading." }] }],
};

export async function makeArticle(options: {
  createdById: string;
  authorIds: string[];
  status?: ArticleStatus;
  divisionId?: string | null;
}) {
  const status = options.status ?? "draft";
  return db.article.create({
    data: {
      slug: unique("piece"),
      title: "A piece",
      body: sampleBody,
      status,
      createdById: options.createdById,
      divisionId: options.divisionId ?? null,
      scheduledAt: status === "scheduled" ? new Date(Date.now() + 3600_000) : null,
      publishedAt: status === "published" ? new Date() : null,
      // As the workflow's submit does: the review queue pages by it.
      submittedAt: status === "in_review" ? new Date() : null,
      authors: { create: options.authorIds.map((authorId, position) => ({ authorId, position })) },
    },
  });
}
