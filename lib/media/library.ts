// The media library as the studio sees it: the list (searched, filtered, paged by keyset), one
// image with the places it is used, changes to its texts and focal point, and deletion. Every
// function takes the actor first and asks permissions.ts before reading or writing.
//
// Not a `referenceData` kind (lib/admin/reference-data.ts): that mechanism gives one permission
// to every read and change, lists every row at once, creates rows from form fields and deletes
// rows alone. Images are read by everyone who writes (media.browse) but changed by their
// uploader or an editor (mayChangeMedia), are created from bytes (lib/media/ingest.ts), are
// listed by keyset with search, and a delete must also remove the stored files. The parts that
// fit are used the same way: recordAudit in the change's transaction, a ConflictError naming
// the uses, refreshPublic with the tags of the pages that show the image.
import "server-only";
import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { authorizeSite, mayChangeMedia, type Actor } from "../permissions";
import { changedFields, recordAudit } from "../platform/audit";
import { db } from "../platform/db";
import { ConflictError, ForbiddenError, NotFoundError } from "../platform/errors";
import { keysetPage, pageAtFrom, pageAtParams, type Cursor, type KeysetPage, type PageAt } from "../platform/keyset";
import { listSearchParam, parseInput, searchWords } from "../platform/validation";
import { publicTags, refreshPublic, tagsForArticle } from "../reader/cache";
import { toMediaItem, type MediaItem, type MediaRow } from "./types";
import { mediaKeys, mediaStore } from "./store";
import { CROPS, cropUrl, MEDIA_FORMATS, type CropName } from "./urls";
import { mediaUsages, describeUsage, type MediaUsage } from "./usage";

export const MEDIA_PAGE_SIZE = 24;

export const MEDIA_FILTERS = ["unused", "noAlt"] as const;
export type MediaFilter = (typeof MEDIA_FILTERS)[number];

/** The list's query string; anything it did not offer falls back (no search, all images, page 1). */
export const mediaListQuery = z.object({
  q: listSearchParam,
  filter: z.enum(MEDIA_FILTERS).optional().catch(undefined),
  ...pageAtParams,
});

const rowColumns = Prisma.sql`m.id, m.rev, m.title, m.alt, m.caption, m.credit, m.licence, m.format, m.width, m.height, m.bytes,
  m."focalX", m."focalY", m."createdAt", m."uploadedById"`;

/** Every typed word in the title, alt text, caption or credit (any case), as ILIKE over the trigram-indexed title and the rest. */
function searchSql(q: string | undefined): Prisma.Sql[] {
  return searchWords(q).map((word) => {
    const like = `%${word}%`;
    return Prisma.sql`(m.title ILIKE ${like} OR m.alt ILIKE ${like} OR m.caption ILIKE ${like} OR m.credit ILIKE ${like})`;
  });
}

/**
 * Unused: no working copy and no publication lists it in mediaIds (GIN indexes), nothing has it
 * as a lead image (in case a row's mediaIds lags), and no author has it as a portrait.
 */
const unusedSql = Prisma.sql`NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."mediaIds" @> ARRAY[m.id] OR a."leadImageId" = m.id)
  AND NOT EXISTS (SELECT 1 FROM "Publication" p WHERE p."mediaIds" @> ARRAY[m.id] OR p."leadImageId" = m.id)
  AND NOT EXISTS (SELECT 1 FROM "AuthorProfile" ap WHERE ap."portraitId" = m.id)`;

/** The bound of a keyset page over (createdAt, id), newest first, and the direction to read in. */
function keysetSql(at: PageAt): { where: Prisma.Sql[]; order: Prisma.Sql } {
  if (!at) return { where: [], order: Prisma.sql`m."createdAt" DESC, m.id DESC` };
  const forwards = "after" in at;
  const cursor: Cursor = forwards ? at.after : at.before;
  return forwards
    ? { where: [Prisma.sql`(m."createdAt", m.id) < (${cursor.at}, ${cursor.id})`], order: Prisma.sql`m."createdAt" DESC, m.id DESC` }
    : { where: [Prisma.sql`(m."createdAt", m.id) > (${cursor.at}, ${cursor.id})`], order: Prisma.sql`m."createdAt" ASC, m.id ASC` };
}

export interface MediaListPage extends KeysetPage<MediaItem> {
  q?: string;
  filter?: MediaFilter;
}

/** One page of the library, newest first: the studio's grid, the picker and GET /api/media. */
export async function listMedia(actor: Actor | null, input: unknown = {}, size = MEDIA_PAGE_SIZE): Promise<MediaListPage> {
  const user = authorizeSite(actor, "media.browse");
  const query = parseInput(mediaListQuery, input);
  const at = pageAtFrom(query);
  const keyset = keysetSql(at);
  const conditions = [
    ...searchSql(query.q),
    ...(query.filter === "noAlt" ? [Prisma.sql`m.alt = ''`] : []),
    ...(query.filter === "unused" ? [unusedSql] : []),
    ...keyset.where,
  ];
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<MediaRow[]>`SELECT ${rowColumns} FROM "MediaAsset" m ${where} ORDER BY ${keyset.order} LIMIT ${size + 1}`;
  const page = keysetPage(rows, at, size, (row) => ({ at: row.createdAt, id: row.id }));
  return { ...page, items: page.items.map((row) => toMediaItem(row, user)), q: query.q, filter: query.filter };
}

export interface MediaDetail {
  item: MediaItem;
  usages: (MediaUsage & { label: string })[];
  uploadedBy: string | null;
}

const detailSelect = {
  id: true,
  rev: true,
  title: true,
  alt: true,
  caption: true,
  credit: true,
  licence: true,
  format: true,
  width: true,
  height: true,
  bytes: true,
  focalX: true,
  focalY: true,
  createdAt: true,
  uploadedById: true,
  uploadedBy: { select: { name: true } },
} satisfies Prisma.MediaAssetSelect;

async function loadMedia(id: string) {
  const row = await db.mediaAsset.findUnique({ where: { id }, select: detailSelect });
  if (!row) throw new NotFoundError("No such image.");
  return row;
}

/** One image, with where it is used, for its page in the studio. */
export async function getMedia(actor: Actor | null, id: string): Promise<MediaDetail> {
  const user = authorizeSite(actor, "media.browse");
  const row = await loadMedia(id);
  const usages = await mediaUsages(user, id);
  return {
    item: toMediaItem(row, user),
    usages: usages.map((usage) => ({ ...usage, label: describeUsage(usage) })),
    uploadedBy: row.uploadedBy?.name ?? null,
  };
}

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${max.toLocaleString("en-GB")} characters.`)
    .default("");
const fraction = z.coerce.number().min(0, "The focal point lies inside the image.").max(1, "The focal point lies inside the image.");

export const mediaInput = z.object({
  title: z.string().trim().min(1, "Give the image a title.").max(200, "Titles are at most 200 characters."),
  alt: text("Alt text", 1000),
  caption: text("The caption", 1000),
  credit: text("The credit", 300),
  licence: text("The licence", 300),
  focalX: fraction.default(0.5),
  focalY: fraction.default(0.5),
});

/** The public pages that show an image: its published pieces' (and so the listings') and its authors'. */
async function tagsShowing(id: string): Promise<string[]> {
  const [publications, authors] = await Promise.all([
    db.publication.findMany({ where: { OR: [{ mediaIds: { has: id } }, { leadImageId: id }] }, select: { articleId: true } }),
    db.authorProfile.findMany({ where: { portraitId: id }, select: { id: true } }),
  ]);
  const pieceTags = await Promise.all(publications.map((publication) => tagsForArticle(publication.articleId)));
  return [...new Set([...pieceTags.flat(), ...authors.map((author) => publicTags.author(author.id))])];
}

function authorizeChange(actor: Actor | null, row: { uploadedById: string | null }): Actor {
  const user = authorizeSite(actor, "media.browse");
  if (!mayChangeMedia(user, row)) throw new ForbiddenError("Only the person who uploaded this image, or an editor, may change it.");
  return user;
}

/** Changes an image's texts and focal point; the pages that show it are refreshed. */
export async function updateMedia(actor: Actor | null, id: string, input: unknown): Promise<MediaItem> {
  const before = await loadMedia(id).catch((error: unknown) => {
    // Someone who may not browse the library learns nothing of its contents.
    authorizeSite(actor, "media.browse");
    throw error;
  });
  const user = authorizeChange(actor, before);
  const data = parseInput(mediaInput, input);
  const saved = await db.$transaction(async (tx) => {
    const row = await tx.mediaAsset.update({ where: { id }, data, select: detailSelect });
    const details = changedFields(
      {
        title: before.title,
        alt: before.alt,
        caption: before.caption,
        credit: before.credit,
        licence: before.licence,
        focalX: before.focalX,
        focalY: before.focalY,
      },
      data,
    );
    await recordAudit(tx, { actorId: user.id, action: "media.update", subject: `media:${id}`, details });
    return row;
  });
  refreshPublic(await tagsShowing(id));
  if (saved.focalX !== before.focalX || saved.focalY !== before.focalY) await forgetCrops(before);
  return toMediaItem(saved, user);
}

/** The crops cut around a focal point no longer current: the route will not serve them again, so the store lets them go. */
async function forgetCrops(asset: { id: string; rev: string; focalX: number; focalY: number }) {
  const store = mediaStore();
  const segments = (Object.keys(CROPS) as CropName[]).flatMap((crop) =>
    CROPS[crop].widths.flatMap((width) => MEDIA_FORMATS.map((format) => cropUrl(asset, crop, width, format).split("/").pop()!)),
  );
  await Promise.all(segments.map((segment) => store.delete(mediaKeys.rendition(asset.id, asset.rev, segment))));
}

/** Deletes an image used nowhere, and its stored original and renditions; refused with where it is used otherwise. */
export async function deleteMedia(actor: Actor | null, id: string): Promise<void> {
  const before = await loadMedia(id).catch((error: unknown) => {
    authorizeSite(actor, "media.browse");
    throw error;
  });
  const user = authorizeChange(actor, before);
  const usages = await mediaUsages(user, id);
  if (usages.length) {
    throw new ConflictError(`This image is used: ${usages.map(describeUsage).join("; ")}. Remove it from there first.`);
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.mediaAsset.delete({ where: { id } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "media.delete",
        subject: `media:${id}`,
        details: { title: before.title, format: before.format, width: before.width, height: before.height },
      });
    });
  } catch (error) {
    // A lead image or portrait set since the check above: the foreign keys refuse (RESTRICT).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      throw new ConflictError("This image has just been put to use elsewhere. Reload to see where.");
    }
    throw error;
  }
  // After the commit: files without a row are harmless; a row without its files would not be.
  await mediaStore().deleteAll(mediaKeys.folder(id));
}
