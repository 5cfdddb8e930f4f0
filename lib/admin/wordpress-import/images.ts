// A WordPress post's images, brought into the media library. The images an import can have are
// the site's own uploads: its attachments (the export's items of type "attachment": file, alt
// text, caption) and any other file under /wp-content/uploads/ of the same site that a post
// shows. Their bytes are read from a local copy of that folder (the command's --uploads-dir),
// never fetched: an import must not depend on the old site being up, and this server may have no
// network at all. Each image is taken in once per site and attachment (ImportedMedia), so a
// second import, or a second post showing the same picture, uses the same library image.
//
// Planning (a dry run too) reads and checks each file it would take in, so the report says
// exactly which images will come in and which will not, and why; applying reads them again and
// stores them through the library's one ingest (lib/media/ingest.ts).
import "server-only";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { JSONContent } from "@tiptap/core";
import { FIGURE_LIMITS } from "../../content/limits";
import { ImageTooLargeError, ingestImage, inspectImage, mediaLimits } from "../../media/ingest";
import type { Actor } from "../../permissions";
import { db } from "../../platform/db";
import { DomainError } from "../../platform/errors";
import { splitCredit, type ContentImage } from "./content";
import type { Wxr, WxrItem } from "./wxr";

/** A file the import cannot have: missing, outside the folder, too large. Its message says which. */
export class ImageUnavailable extends Error {}

/** Where the import reads image files: a copy of the WordPress site's wp-content/uploads. */
export interface UploadsReader {
  /** The file at `relativePath` under the folder; throws ImageUnavailable saying why not. */
  read(relativePath: string): Promise<Buffer>;
}

/** Reads files from a folder on this machine, never outside it, never one larger than the library takes. */
export function uploadsFolder(dir: string): UploadsReader {
  const root = path.resolve(dir);
  return {
    async read(relativePath) {
      const full = path.resolve(root, relativePath);
      const inside = path.relative(root, full);
      if (!inside || inside.startsWith("..") || path.isAbsolute(inside))
        throw new ImageUnavailable("its path leads outside the uploads folder");
      const info = await stat(full).catch(() => null);
      if (!info?.isFile()) throw new ImageUnavailable(`not in the uploads folder: ${relativePath}`);
      const { maxBytes } = mediaLimits();
      if (info.size > maxBytes) throw new ImageUnavailable(new ImageTooLargeError(info.size, maxBytes).message);
      try {
        return await readFile(full);
      } catch (error) {
        // Unreadable (permissions, a disk error): that image is reported, the import goes on.
        throw new ImageUnavailable(`it could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}): ${relativePath}`);
      }
    },
  };
}

/** One image the import can take in, found from an <img>, a featured image or an attachment. */
interface ImageRef {
  /** ImportedMedia.sourceId: the attachment's id, or "file:" and its path for a file without one. */
  key: string;
  /** Paths under uploads to try, in order. */
  files: string[];
  name: string;
  /** What the library gets: the attachment's alt text, caption and credit. */
  alt: string;
  caption: string;
  credit: string;
}

const UPLOADS = "/wp-content/uploads/";
const bareHost = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, "");
const stripTags = (html: string) => html.replace(/<[^>]*>/g, " ");

/** The path under wp-content/uploads of an address on the site itself (http or https, with or without www). */
function uploadsPathOf(address: string, siteUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(address, `${siteUrl || "https://wordpress.invalid"}/`);
    if (siteUrl && bareHost(url) !== bareHost(new URL(siteUrl))) return null;
  } catch {
    return null;
  }
  const at = url.pathname.indexOf(UPLOADS);
  if (at < 0) return null;
  try {
    return decodeURIComponent(url.pathname.slice(at + UPLOADS.length));
  } catch {
    return null;
  }
}

/**
 * The files an uploads path may stand for, the original first: WordPress shows resized copies
 * ("photo-1024x683.jpg") of an original ("photo.jpg", or "photo-scaled.jpg" when it scaled
 * down a very large upload), and the library keeps one image and makes its own sizes.
 */
function originalsOf(file: string): string[] {
  const [, stem, ext] = /^(.*?)(?:-\d+x\d+)?(\.[A-Za-z0-9]+)$/.exec(file) ?? [null, file, ""];
  return [...new Set([`${stem}${ext}`, `${stem}-scaled${ext}`, file])];
}

/** The export's attachments, found by id and by file. */
export class SiteImages {
  private readonly byId = new Map<string, ImageRef>();
  private readonly byFile = new Map<string, ImageRef>();

  constructor(private readonly wxr: Wxr) {
    for (const item of wxr.items) {
      if (item.postType !== "attachment" || !item.postId) continue;
      const file = item.meta._wp_attached_file || uploadsPathOf(item.attachmentUrl, wxr.siteUrl) || "";
      const { caption, credit } = splitCredit(stripTags(item.excerpt));
      const ref: ImageRef = {
        key: item.postId,
        files: file ? [file] : [],
        name: path.basename(file || item.attachmentUrl) || item.title || `attachment ${item.postId}`,
        alt: (item.meta._wp_attachment_image_alt ?? "").trim().slice(0, FIGURE_LIMITS.alt),
        caption: caption.slice(0, FIGURE_LIMITS.caption),
        credit: credit.slice(0, FIGURE_LIMITS.credit),
      };
      this.byId.set(item.postId, ref);
      if (file) this.byFile.set(file, ref);
    }
  }

  /** The attachment `id`, if the export has it. */
  attachment(id: string): ImageRef | null {
    return this.byId.get(id) ?? null;
  }

  /** The image an <img> shows, if it is one of this site's uploads: its attachment, else its file. */
  forImage(image: ContentImage): ImageRef | null {
    const byClass = image.attachmentId ? this.byId.get(image.attachmentId) : undefined;
    if (byClass) return byClass;
    const file = uploadsPathOf(image.src, this.wxr.siteUrl);
    if (!file) return null;
    const files = originalsOf(file);
    for (const candidate of files) {
      const found = this.byFile.get(candidate);
      if (found) return found;
    }
    return { key: `file:${files[0]}`, files, name: path.basename(files[0]), alt: "", caption: "", credit: "" };
  }

  /** Attachments no imported post uses: listed as not imported. */
  unused(used: ReadonlySet<string>): { postId: string; name: string }[] {
    return [...this.byId.values()].filter((ref) => !used.has(ref.key)).map((ref) => ({ postId: ref.key, name: ref.name }));
  }
}

/** Where an image stands before the import: in the library already, to take in from its file, or not to be had. */
export type ImageState =
  { kind: "reuse"; mediaId: string; alt: string } | { kind: "import"; file: string } | { kind: "missing"; reason: string };

/** Decides each image's state once per plan, reading the library's records of earlier imports and the files. */
export class ImagePlanner {
  private readonly states = new Map<string, Promise<ImageState>>();

  private constructor(
    private readonly imported: Map<string, { mediaId: string; alt: string }>,
    private readonly reader: UploadsReader | null,
    private readonly unreadable: string,
  ) {}

  /** With no reader (the studio, or the command without --uploads-dir), `unreadable` says why no file can be had. */
  static async load(source: string, files: { reader: UploadsReader } | { reader: null; unreadable: string }): Promise<ImagePlanner> {
    const rows = await db.importedMedia.findMany({
      where: { source },
      select: { sourceId: true, mediaId: true, media: { select: { alt: true } } },
    });
    const imported = new Map(rows.map((row) => [row.sourceId, { mediaId: row.mediaId, alt: row.media.alt }]));
    return new ImagePlanner(imported, files.reader, files.reader ? "" : files.unreadable);
  }

  state(ref: ImageRef): Promise<ImageState> {
    let state = this.states.get(ref.key);
    if (!state) {
      state = this.decide(ref);
      this.states.set(ref.key, state);
    }
    return state;
  }

  private async decide(ref: ImageRef): Promise<ImageState> {
    const done = this.imported.get(ref.key);
    if (done) return { kind: "reuse", ...done };
    if (!this.reader) return { kind: "missing", reason: this.unreadable };
    if (!ref.files.length) return { kind: "missing", reason: "the export names no file for it" };
    let firstReason = "";
    for (const file of ref.files) {
      let bytes: Buffer;
      try {
        bytes = await this.reader.read(file);
      } catch (error) {
        if (!(error instanceof ImageUnavailable)) throw error;
        firstReason ||= error.message;
        continue;
      }
      try {
        // The library's own checks (type from the bytes, size, a full decode), so that what the
        // plan promises is what the import stores.
        await inspectImage(bytes, ref.name);
        return { kind: "import", file };
      } catch (error) {
        if (error instanceof DomainError) return { kind: "missing", reason: error.message };
        throw error;
      }
    }
    return { kind: "missing", reason: firstReason };
  }
}

/** An image a piece will use: its token stands in the plan's body until the library id is known. */
export interface PlannedImage {
  token: string;
  key: string;
  name: string;
  alt: string;
  caption: string;
  credit: string;
  state: Exclude<ImageState, { kind: "missing" }>;
}

export interface PostImages {
  /** The body with each figure's token, or without the figures whose image cannot be had. */
  body: JSONContent;
  /** The featured image's token. */
  leadImage: string | null;
  images: PlannedImage[];
  /** "port.jpg (not in the uploads folder)". */
  missing: string[];
  /** Images the piece shows without alt text, as WordPress had them. */
  withoutAlt: string[];
  /** Attachment ids the post uses, whatever their state. */
  attachments: string[];
}

/**
 * A stable stand-in for a library id, the same on every run (the plan's hash covers the body):
 * the body's id pattern takes it, and applying replaces it (resolveImages).
 */
const tokenOf = (key: string) => `wpmedia-${createHash("sha256").update(key).digest("hex").slice(0, 24)}`;

/** Works out a post's images: its <img>s as converted (./content.ts) and its featured image. */
export async function planPostImages(
  item: WxrItem,
  converted: { body: JSONContent; images: ContentImage[] },
  site: SiteImages,
  planner: ImagePlanner,
): Promise<PostImages> {
  const planned = new Map<string, PlannedImage>();
  const missing: string[] = [];
  const withoutAlt: string[] = [];
  const attachments = new Set<string>();
  const place = new Map<string, { token: string; alt: string }>();

  const take = async (ref: ImageRef, imgAlt: string): Promise<PlannedImage | null> => {
    if (!ref.key.startsWith("file:")) attachments.add(ref.key);
    const state = await planner.state(ref);
    if (state.kind === "missing") {
      missing.push(`${ref.name} (${state.reason})`);
      return null;
    }
    const image = planned.get(ref.key) ?? {
      token: tokenOf(ref.key),
      key: ref.key,
      name: ref.name,
      // The library keeps an attachment's own alt text (the same whichever post brings it in); a
      // file without an attachment has only the alt text of the <img> that shows it.
      alt: ref.key.startsWith("file:") ? imgAlt : ref.alt,
      caption: ref.caption,
      credit: ref.credit,
      state,
    };
    planned.set(ref.key, image);
    return image;
  };

  for (const image of converted.images) {
    const ref = site.forImage(image);
    if (!ref) {
      missing.push(`${image.name} (not among this site's uploads: images are never fetched from elsewhere)`);
      continue;
    }
    const taken = await take(ref, image.alt);
    if (!taken) continue;
    const alt = image.alt || ref.alt;
    if (!alt) withoutAlt.push(ref.name);
    place.set(image.placeholder, { token: taken.token, alt });
  }

  let leadImage: string | null = null;
  const featured = item.meta._thumbnail_id;
  if (featured) {
    const ref = site.attachment(featured);
    const taken = ref ? await take(ref, "") : null;
    if (!ref) missing.push(`the featured image (attachment #${featured} is not in the export)`);
    if (ref && taken) {
      leadImage = taken.token;
      // Pages show a lead image with the library's alt text: an image already in the library has its own.
      const alt = taken.state.kind === "reuse" ? taken.state.alt : taken.alt;
      if (!alt) withoutAlt.push(`${ref.name} (the lead image)`);
    }
  }

  const body: JSONContent = {
    ...converted.body,
    content: (converted.body.content ?? []).flatMap((node) => {
      if (node.type !== "figure") return [node];
      const to = place.get(String(node.attrs?.mediaId));
      return to ? [{ ...node, attrs: { ...node.attrs, mediaId: to.token, alt: to.alt } }] : [];
    }),
  };
  return { body, leadImage, images: [...planned.values()], missing, withoutAlt, attachments: [...attachments] };
}

/**
 * Takes in the images a post uses that the library does not have yet (each in its own
 * transaction with its ImportedMedia record), and returns every token's library id. `brought`
 * carries what this run took in already, for the next post showing the same image.
 */
export async function bringImages(
  actor: Actor,
  source: string,
  images: PlannedImage[],
  reader: UploadsReader | null,
  brought: Map<string, string>,
): Promise<{ ids: Map<string, string>; imported: number }> {
  const ids = new Map<string, string>();
  let imported = 0;
  for (const image of images) {
    let mediaId = brought.get(image.key) ?? (image.state.kind === "reuse" ? image.state.mediaId : null);
    if (!mediaId && image.state.kind === "import") {
      if (!reader) throw new Error(`The image ${image.name} cannot be read.`);
      mediaId = await takeIn(actor, source, image, image.state.file, reader);
      imported += 1;
    }
    if (!mediaId) throw new Error(`The image ${image.name} is not in the library.`);
    brought.set(image.key, mediaId);
    ids.set(image.token, mediaId);
  }
  return { ids, imported };
}

async function takeIn(actor: Actor, source: string, image: PlannedImage, file: string, reader: UploadsReader): Promise<string> {
  const bytes = await reader.read(file);
  try {
    const row = await ingestImage({
      fileName: path.basename(file),
      bytes,
      uploadedById: actor.id,
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
      within: async (tx, row) => {
        await tx.importedMedia.create({ data: { source, sourceId: image.key, mediaId: row.id } });
      },
    });
    return row.id;
  } catch (error) {
    // Taken in a moment ago by another run of the same import: use that one.
    const again = await db.importedMedia.findUnique({
      where: { source_sourceId: { source, sourceId: image.key } },
      select: { mediaId: true },
    });
    if (again) return again.mediaId;
    throw error;
  }
}

/** The plan's body and lead image with library ids in place of tokens. */
export function resolveImages(body: JSONContent, leadImage: string | null, ids: Map<string, string>) {
  const resolved: JSONContent = {
    ...body,
    content: (body.content ?? []).map((node) =>
      node.type === "figure" ? { ...node, attrs: { ...node.attrs, mediaId: ids.get(String(node.attrs?.mediaId)) } } : node,
    ),
  };
  return { body: resolved, leadImageId: leadImage ? (ids.get(leadImage) ?? null) : null };
}
