// The media library end to end, on disk and on a real S3-compatible server: an upload through
// POST /api/media, its renditions through /media/..., every refusal the issue lists (each with
// its message, and nothing stored: no row, no file), the uses that refuse a delete, the list's
// search and filters, and edits refreshing the public pages.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { POST as upload, GET as list } from "@/app/api/media/route";
import { GET as rendition } from "@/app/media/[id]/[rev]/[file]/route";
import { createSession } from "@/lib/accounts/sessions";
import { deleteMedia, getMedia, listMedia, updateMedia } from "@/lib/media/library";
import { cropBox } from "@/lib/media/crop";
import { uploadMedia } from "@/lib/media/upload";
import type { MediaItem } from "@/lib/media/types";
import { authSecret } from "@/lib/platform/env";
import { db } from "@/lib/platform/db";
import { publicTags } from "@/lib/reader/cache";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { bombPng, chartPng, phpAsJpeg, photoJpeg, svgWithScript, truncatedJpeg } from "../helpers/images";
import { useMediaStore, type StoreKind } from "../helpers/media-store";
import { expiredTags } from "../helpers/next-cache";
import { setRequest } from "../helpers/next-headers";
import { pieceAt, publishedPiece } from "../helpers/pieces";

const ORIGIN = "http://studio.test";
type User = Awaited<ReturnType<typeof makeUser>>;

let editor: User;
let writer: User;
let otherWriter: User;
let photo: Buffer;
let chart: Buffer;

beforeAll(async () => {
  editor = await makeUser("editor");
  writer = await makeUser("writer");
  otherWriter = await makeUser("writer");
  photo = await photoJpeg();
  chart = await chartPng();
});

async function signIn(user: User | null) {
  if (!user) return setRequest({ headers: { host: "studio.test", origin: ORIGIN } });
  const token = await encode({ token: { sid: (await createSession(user.id)).id }, secret: authSecret() });
  setRequest({ cookies: { "next-auth.session-token": token }, headers: { host: "studio.test", origin: ORIGIN } });
}

/** A multipart POST as a browser sends it, with its Content-Length (or without, as a chunked upload). */
async function uploadRequest(file: { name: string; bytes: Buffer; type?: string }, fields: Record<string, string> = {}, declare = true) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "image/jpeg" }));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const headers: Record<string, string> = {
    host: "studio.test",
    origin: ORIGIN,
    "content-type": encoded.headers.get("content-type")!,
  };
  if (declare) headers["content-length"] = String(body.length);
  const stream = new ReadableStream({
    start(controller) {
      for (let at = 0; at < body.length; at += 1 << 20) controller.enqueue(new Uint8Array(body.subarray(at, at + (1 << 20))));
      controller.close();
    },
  });
  // A stream body needs `duplex` (Node's fetch), which Next's RequestInit type does not list.
  const init: RequestInit & { duplex: "half" } = { method: "POST", body: stream, headers, duplex: "half" };
  return new NextRequest(new Request(new URL("/api/media", ORIGIN), init));
}

async function post(user: User | null, file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}, declare = true) {
  await signIn(user);
  const response = await upload(await uploadRequest(file, fields, declare));
  return { status: response.status, body: (await response.json()) as { media?: MediaItem; error?: string } };
}

const get = (path: string, headers: Record<string, string> = {}) => {
  const [, , id, rev, file] = path.split("/");
  return rendition(new Request(new URL(path, ORIGIN), { headers }), { params: Promise.resolve({ id, rev, file }) });
};

describe.each<StoreKind>(["disk", "s3"])("on the %s store", (kind) => {
  const stored = useMediaStore(kind);

  beforeEach(() => db.mediaAsset.deleteMany({ where: { leadOfArticles: { none: {} }, portraitOf: { none: {} } } }));

  test("an editor uploads a photo; its renditions are made once, typed, cached for good, and carry no EXIF", async () => {
    const { status, body } = await post(editor, { name: "Harbour at dawn.jpg", bytes: photo });
    expect(status).toBe(201);
    const media = body.media!;
    expect(media).toMatchObject({ title: "Harbour at dawn", format: "jpeg", width: 1600, height: 1000, alt: "", mayChange: true });
    expect(await stored.keys()).toEqual([`${media.id}/original-${media.rev}`]);
    // The original keeps what the camera wrote; it is never served.
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const first = await get(`/media/${media.id}/${media.rev}/w640.webp`);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/webp");
    expect(first.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = first.headers.get("etag")!;
    const bytes = Buffer.from(await first.arrayBuffer());
    const served = await sharp(bytes).metadata();
    expect({ format: served.format, width: served.width, height: served.height, exif: served.exif, icc: served.icc }).toEqual({
      format: "webp",
      width: 640,
      height: 400,
      exif: undefined,
      icc: undefined,
    });
    expect(await stored.keys()).toContain(`${media.id}/${media.rev}/w640.webp`);

    const again = await get(`/media/${media.id}/${media.rev}/w640.webp`);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await get(`/media/${media.id}/${media.rev}/w640.webp`, { "if-none-match": etag })).status).toBe(304);

    for (const [segment, type, format] of [
      ["w1920.avif", "image/avif", "heif"],
      ["w320.jpg", "image/jpeg", "jpeg"],
    ] as const) {
      const answer = await get(`/media/${media.id}/${media.rev}/${segment}`);
      expect(answer.headers.get("content-type")).toBe(type);
      const meta = await sharp(Buffer.from(await answer.arrayBuffer())).metadata();
      expect({ format: meta.format, exif: meta.exif }).toEqual({ format, exif: undefined });
      // Never enlarged: the 1920 rendition of a 1600 px photo is 1600 px.
      if (segment === "w1920.avif") expect(meta.width).toBe(1600);
    }

    const social = await get(`/media/${media.id}/${media.rev}/social-1200-50-50.jpg`);
    const socialMeta = await sharp(Buffer.from(await social.arrayBuffer())).metadata();
    expect({ width: socialMeta.width, height: socialMeta.height, exif: socialMeta.exif }).toEqual({
      width: 1200,
      height: 630,
      exif: undefined,
    });
  });

  test("unknown images, other revisions, unlisted widths and crops around an old focal point are not found; `current` redirects", async () => {
    const { body } = await post(editor, { name: "chart.png", bytes: chart });
    const media = body.media!;
    expect(media.format).toBe("png");
    expect((await get(`/media/nope/${media.rev}/w320.webp`)).status).toBe(404);
    expect((await get(`/media/${media.id}/000000000000/w320.webp`)).status).toBe(404);
    expect((await get(`/media/${media.id}/${media.rev}/w500.webp`)).status).toBe(404);
    expect((await get(`/media/${media.id}/${media.rev}/w320.gif`)).status).toBe(404);
    expect((await get(`/media/${media.id}/${media.rev}/card-480-20-50.webp`)).status).toBe(404);
    expect((await get(`/media/${media.id}/${media.rev}/card-480-50-50.webp`)).status).toBe(200);

    const current = await get(`/media/${media.id}/current/w320.webp`);
    expect({ status: current.status, location: current.headers.get("location"), cache: current.headers.get("cache-control") }).toEqual({
      status: 302,
      location: `/media/${media.id}/${media.rev}/w320.webp`,
      cache: "public, max-age=60",
    });
    const crop = await get(`/media/${media.id}/current/square-160-0-0.jpg`);
    expect(crop.headers.get("location")).toBe(`/media/${media.id}/${media.rev}/square-160-50-50.jpg`);
  });

  test("two first requests at once both get the whole, right rendition", async () => {
    const { body } = await post(editor, { name: "Twice.jpg", bytes: photo });
    const media = body.media!;
    const path = `/media/${media.id}/${media.rev}/card-960-50-50.avif`;
    const answers = await Promise.all([get(path), get(path), get(path)]);
    const bodies = await Promise.all(answers.map(async (answer) => Buffer.from(await answer.arrayBuffer())));
    for (const bytes of bodies) {
      const meta = await sharp(bytes).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: "heif", width: 960, height: 540 });
      expect(bytes.equals(bodies[0])).toBe(true);
    }
    expect((await get(path)).status).toBe(200);
  });

  describe("refusals: each has its message, and nothing is stored", () => {
    let before: { rows: number; keys: string[] };
    beforeEach(async () => {
      before = { rows: await db.mediaAsset.count(), keys: await stored.keys() };
    });
    afterEach(async () => {
      expect({ rows: await db.mediaAsset.count(), keys: await stored.keys() }).toEqual(before);
    });

    test("a PHP file named .jpg", async () => {
      expect(await post(editor, { name: "shell.jpg", bytes: phpAsJpeg })).toEqual({
        status: 415,
        body: { error: "“shell.jpg” is not an image Standfirst accepts: JPEG, PNG, WebP, AVIF or GIF.", fieldErrors: {} },
      });
    });

    test("an SVG with a script", async () => {
      expect(await post(editor, { name: "logo.svg", bytes: svgWithScript })).toEqual({
        status: 415,
        body: { error: "“logo.svg”: SVG images are not accepted: export the image as PNG or JPEG.", fieldErrors: {} },
      });
    });

    test("a 20,000 x 20,000 PNG, refused from its header before it is decoded", async () => {
      const bomb = bombPng();
      expect(bomb.length).toBeLessThan(200_000);
      const started = Date.now();
      expect(await post(editor, { name: "bomb.png", bytes: bomb })).toEqual({
        status: 400,
        body: {
          error: "“bomb.png” is 20,000 × 20,000 pixels (400 megapixels); the largest image Standfirst accepts is 50 megapixels.",
          fieldErrors: {},
        },
      });
      // Decoding it would take many seconds and 1.6 GB; reading the header takes a moment.
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    test("a truncated JPEG", async () => {
      expect(await post(editor, { name: "cut.jpg", bytes: await truncatedJpeg() })).toEqual({
        status: 400,
        body: {
          error:
            "“cut.jpg” is damaged or incomplete (it could not be read to the end). Nothing was stored: export it again and upload the new file.",
          fieldErrors: {},
        },
      });
    });

    test("a 50 MB file, declared or not", async () => {
      const huge = Buffer.alloc(50_000_000);
      photo.copy(huge);
      const declared = await post(editor, { name: "huge.jpg", bytes: huge });
      expect(declared.status).toBe(413);
      expect(declared.body.error).toMatch(/^The upload is 50 MB; the largest image Standfirst accepts is 20 MB\.$/);
      const chunked = await post(editor, { name: "huge.jpg", bytes: huge }, {}, false);
      expect(chunked).toEqual({
        status: 413,
        body: { error: "The upload is larger than 20 MB, the largest image Standfirst accepts.", fieldErrors: {} },
      });
    });

    test("an anonymous upload", async () => {
      expect(await post(null, { name: "photo.jpg", bytes: photo })).toEqual({
        status: 401,
        body: { error: "You need to sign in.", fieldErrors: {} },
      });
    });

    test("a writer uploading for someone else's piece gets the same 404 as for the piece itself", async () => {
      const theirs = await pieceAt("draft", { writer: otherWriter, editor });
      expect(await post(writer, { name: "photo.jpg", bytes: photo }, { articleId: theirs.id })).toEqual({
        status: 404,
        body: { error: "No such piece.", fieldErrors: {} },
      });
    });

    test("a writer uploading for no piece", async () => {
      expect(await post(writer, { name: "photo.jpg", bytes: photo })).toEqual({
        status: 403,
        body: { error: "Writers upload images for one of their pieces: upload it from the piece's editor.", fieldErrors: {} },
      });
    });

    test("a request from another site", async () => {
      await signIn(editor);
      const request = await uploadRequest({ name: "photo.jpg", bytes: photo });
      request.headers.set("origin", "http://evil.test");
      const response = await upload(request);
      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 403,
        body: { error: "Requests from other sites are refused.", fieldErrors: {} },
      });
    });
  });

  test("a writer uploads for their own draft; a 6 MB-class photo arrives whole", async () => {
    const own = await pieceAt("draft", { writer, editor });
    const big = await photoJpeg(4000, 3000);
    const { status, body } = await post(writer, { name: "field.jpg", bytes: big }, { articleId: own.id }, false);
    expect(status).toBe(201);
    const row = await db.mediaAsset.findUniqueOrThrow({ where: { id: body.media!.id } });
    expect({ bytes: row.bytes, articleId: row.articleId, uploadedById: row.uploadedById }).toEqual({
      bytes: big.length,
      articleId: own.id,
      uploadedById: writer.id,
    });
    expect(await db.auditEvent.count({ where: { action: "media.upload", subject: `media:${row.id}`, actorId: writer.id } })).toBe(1);
    // Making, then decoding in full, a 12-megapixel photo: seconds on a quiet machine, but the
    // whole suite runs twice side by side in CI, so the harness gets more than its 30 s default.
  }, 90_000);
});

describe("the library's uses, list and edits", () => {
  useMediaStore("disk");

  const item = async (name: string, bytes: Buffer, by: User = editor) => uploadMedia(await actorFor(by), { fileName: name, bytes });

  test("an image in use cannot be deleted, and the refusal says where; unused, it goes with its files", async () => {
    const lead = await item("Lead.jpg", photo);
    const figure = await item("Figure.png", chart);
    const portrait = await item("Portrait.jpg", photo);
    const draft = await pieceAt("draft", { writer, editor, title: "Rivers and ports" });
    await db.article.update({ where: { id: draft.id }, data: { leadImageId: lead.id, mediaIds: [lead.id] } });
    const live = await publishedPiece({ writer, editor, title: "Water in Asia" });
    await db.publication.update({ where: { articleId: live.id }, data: { mediaIds: [figure.id] } });
    await db.authorProfile.update({ where: { id: writer.author!.id }, data: { portraitId: portrait.id } });

    const e = await actorFor(editor);
    await expect(deleteMedia(e, lead.id)).rejects.toThrow(
      "This image is used: lead image of “Rivers and ports”. Remove it from there first.",
    );
    await expect(deleteMedia(e, figure.id)).rejects.toThrow(
      "This image is used: figure in “Water in Asia” (published). Remove it from there first.",
    );
    await expect(deleteMedia(e, portrait.id)).rejects.toThrow(
      `This image is used: portrait of ${writer.name}. Remove it from there first.`,
    );
    // Another writer is not told the title of a draft they cannot open.
    const seen = await getMedia(await actorFor(otherWriter), lead.id);
    expect(seen.usages.map((usage) => usage.label)).toEqual(["lead image of a piece you cannot open"]);
    expect(seen.item.mayChange).toBe(false);

    const unused = await item("Spare.jpg", photo);
    await get(`/media/${unused.id}/${unused.rev}/w320.webp`);
    await expect(deleteMedia(await actorFor(writer), unused.id)).rejects.toThrow(
      "Only the person who uploaded this image, or an editor, may change it.",
    );
    await deleteMedia(e, unused.id);
    expect(await db.mediaAsset.count({ where: { id: unused.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "media.delete", subject: `media:${unused.id}` } })).toBe(1);
    await expect(getMedia(e, unused.id)).rejects.toThrow("No such image.");
    expect((await get(`/media/${unused.id}/${unused.rev}/w320.webp`)).status).toBe(404);
  });

  test("search by title, alt, caption and credit; the unused and missing-alt filters; keyset pages", async () => {
    await db.auditEvent.deleteMany();
    await db.article.updateMany({ data: { leadImageId: null, mediaIds: [] } });
    await db.publication.updateMany({ data: { leadImageId: null, mediaIds: [] } });
    await db.authorProfile.updateMany({ data: { portraitId: null } });
    await db.mediaAsset.deleteMany();
    const e = await actorFor(editor);
    const a = await item("Harbour.jpg", photo);
    const b = await item("Rainfall chart.png", chart);
    const c = await item("Market.jpg", photo);
    await updateMedia(e, b.id, {
      title: "Rainfall chart",
      alt: "Bars of monthly rainfall",
      caption: "Rain by month",
      credit: "Met Office",
    });
    const draft = await pieceAt("draft", { writer, editor });
    await db.article.update({ where: { id: draft.id }, data: { mediaIds: [c.id] } });

    const titles = async (query: Record<string, string>) => (await listMedia(e, query)).items.map((i) => i.title);
    expect(await titles({})).toEqual(["Market", "Rainfall chart", "Harbour"]);
    expect(await titles({ q: "met office" })).toEqual(["Rainfall chart"]);
    expect(await titles({ q: "monthly" })).toEqual(["Rainfall chart"]);
    expect(await titles({ q: "by month" })).toEqual(["Rainfall chart"]);
    expect(await titles({ q: "harb" })).toEqual(["Harbour"]);
    // From an address: a control character is dropped, an unknown filter and a stale cursor fall back.
    expect(await titles({ q: "harb\u0007" })).toEqual(["Harbour"]);
    expect(await titles({ filter: "everything", after: "yesterday" })).toEqual(["Market", "Rainfall chart", "Harbour"]);
    expect(await titles({ filter: "noAlt" })).toEqual(["Market", "Harbour"]);
    expect(await titles({ filter: "unused" })).toEqual(["Rainfall chart", "Harbour"]);
    expect(await titles({ filter: "unused", q: "harbour" })).toEqual(["Harbour"]);

    const first = await listMedia(e, {}, 2);
    expect(first.items.map((i) => i.title)).toEqual(["Market", "Rainfall chart"]);
    const second = await listMedia(e, { after: `${first.next!.at.getTime()}.${first.next!.id}` }, 2);
    expect(second.items.map((i) => i.title)).toEqual(["Harbour"]);
    expect(second.next).toBeNull();
    const back = await listMedia(e, { before: `${second.previous!.at.getTime()}.${second.previous!.id}` }, 2);
    expect(back.items.map((i) => i.title)).toEqual(["Market", "Rainfall chart"]);
    expect(a.id).toBeTruthy();

    // The same list over HTTP, for the picker.
    await signIn(writer);
    const answer = await list(new Request(new URL("/api/media?filter=noAlt&q=market", ORIGIN)));
    const json = (await answer.json()) as { items: MediaItem[]; next: string | null };
    expect({ titles: json.items.map((i) => i.title), next: json.next, mayChange: json.items[0].mayChange }).toEqual({
      titles: ["Market"],
      next: null,
      mayChange: false,
    });
    await signIn(null);
    expect((await list(new Request(new URL("/api/media", ORIGIN)))).status).toBe(401);
  });

  test("an edit is validated, audited, refreshes the pages that show the image, and moves the crops", async () => {
    const image = await item("Ferry.jpg", photo);
    const live = await publishedPiece({ writer, editor, title: "Ferries" });
    await db.publication.update({ where: { articleId: live.id }, data: { leadImageId: image.id, mediaIds: [image.id] } });
    await db.authorProfile.update({ where: { id: editor.author!.id }, data: { portraitId: image.id } });
    const e = await actorFor(editor);
    await expect(updateMedia(e, image.id, { title: "", alt: "x" })).rejects.toThrow("Give the image a title.");
    await expect(updateMedia(e, image.id, { title: "Ferry", focalX: 2 })).rejects.toThrow("The focal point lies inside the image.");
    await expect(updateMedia(await actorFor(otherWriter), image.id, { title: "Mine now" })).rejects.toThrow(
      "Only the person who uploaded this image, or an editor, may change it.",
    );

    const oldCrop = `/media/${image.id}/${image.rev}/card-480-50-50.webp`;
    expect((await get(oldCrop)).status).toBe(200);
    expiredTags.length = 0;
    const saved = await updateMedia(e, image.id, {
      title: "Ferry at the pier",
      alt: "A ferry moored at a wooden pier",
      caption: "The morning ferry",
      credit: "Photo: A. Tan",
      licence: "CC BY 4.0",
      focalX: "0.8",
      focalY: "0.25",
    });
    expect(saved).toMatchObject({ alt: "A ferry moored at a wooden pier", focalX: 0.8, focalY: 0.25 });
    const tags = expiredTags.map((t) => t.tag);
    expect(tags).toEqual(
      expect.arrayContaining([publicTags.publications, publicTags.publication(live.slug), publicTags.author(editor.author!.id)]),
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "media.update", subject: `media:${image.id}` } });
    expect(audit.details).toMatchObject({ alt: { from: "", to: "A ferry moored at a wooden pier" }, focalX: { from: 0.5, to: 0.8 } });
    expect((await get(oldCrop)).status).toBe(404);
    const moved = await get(`/media/${image.id}/${image.rev}/card-480-80-25.webp`);
    expect(moved.status).toBe(200);
  });

  test("an animated GIF is accepted, its frames counted in the pixel limit; its renditions are its first frame", async () => {
    const frame = (colour: string) =>
      sharp({ create: { width: 60, height: 40, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const gif = await sharp([await frame("#ff0000"), await frame("#0000ff")], { join: { animated: true } })
      .gif()
      .toBuffer();
    const image = await item("Blink.gif", gif);
    expect({ format: image.format, width: image.width, height: image.height }).toEqual({ format: "gif", width: 60, height: 40 });
    const answer = await get(`/media/${image.id}/${image.rev}/w320.webp`);
    const bytes = Buffer.from(await answer.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect({ pages: meta.pages ?? 1, width: meta.width, height: meta.height }).toEqual({ pages: 1, width: 60, height: 40 });
    const { dominant } = await sharp(bytes).stats();
    expect(dominant.r).toBeGreaterThan(200);
    expect(dominant.b).toBeLessThan(60);
  });

  test("a crop is as large as the image allows, around the focal point, inside the edges", () => {
    const landscape = { width: 4000, height: 2000 };
    expect(cropBox({ ...landscape, focalX: 0.5, focalY: 0.5 }, 1)).toEqual({ left: 1000, top: 0, width: 2000, height: 2000 });
    expect(cropBox({ ...landscape, focalX: 0.95, focalY: 0.5 }, 1)).toEqual({ left: 2000, top: 0, width: 2000, height: 2000 });
    expect(cropBox({ ...landscape, focalX: 0, focalY: 0 }, 16 / 9)).toEqual({ left: 0, top: 0, width: 3556, height: 2000 });
    expect(cropBox({ width: 1000, height: 3000, focalX: 0.5, focalY: 0.1 }, 16 / 9)).toEqual({
      left: 0,
      top: 19,
      width: 1000,
      height: 563,
    });
  });
});
