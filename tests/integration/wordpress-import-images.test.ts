// The WordPress import's images (issue 12, item 4) against the real database and a media store on
// disk: a featured image becomes the piece's lead image with its alt text, caption and credit; an
// inline image a figure after its paragraph, found through a resized copy's address; a picture
// two posts show is stored once; what cannot be had (a file not in the uploads folder, an image on
// another site) is named in the report, and comes in on a later run once its file is there; an
// image without alt text is imported as WordPress had it and listed; a second run stores nothing
// new; a dry run counts without storing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { JSONContent } from "@tiptap/core";
import { importWordPress, uploadsFolder } from "@/lib/admin/wordpress-import";
import { listMedia } from "@/lib/media/library";
import { db } from "@/lib/platform/db";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { photoJpeg } from "../helpers/images";
import { useMediaStore } from "../helpers/media-store";
import { buildWxr, imagesSite, writeImagesUploads } from "../fixtures/wxr-builder";

jest.setTimeout(120_000);

const xml = buildWxr(imagesSite());
let uploads = "";
let admin: Awaited<ReturnType<typeof actorFor>>;

const withUploads = () => ({ images: { reader: uploadsFolder(uploads) } });

async function piece(slug: string) {
  const article = await db.article.findUniqueOrThrow({
    where: { slug },
    select: {
      leadImageId: true,
      body: true,
      mediaIds: true,
      publication: { select: { leadImageId: true, bodyHtml: true, mediaIds: true } },
    },
  });
  return { ...article, body: article.body as JSONContent };
}

test("the uploads folder gives only its own files", async () => {
  const folder = uploadsFolder(uploads);
  await expect(folder.read("2024/05/chart.png")).resolves.toBeInstanceOf(Buffer);
  // An export naming a path outside the folder (`_wp_attached_file` is text anyone can write) gets nothing.
  for (const outside of ["../../etc/passwd", "/etc/passwd", "2024/../../x.jpg"]) {
    await expect(folder.read(outside)).rejects.toThrow("its path leads outside the uploads folder");
  }
  await expect(folder.read("2024/05/none.jpg")).rejects.toThrow("not in the uploads folder: 2024/05/none.jpg");
});

const figures = (body: JSONContent) => (body.content ?? []).filter((n) => n.type === "figure").map((n) => n.attrs ?? {});

beforeAll(async () => {
  uploads = mkdtempSync(path.join(os.tmpdir(), "wp-uploads-"));
  await writeImagesUploads(uploads);
  admin = await actorFor(await makeUser("admin"));
});

afterAll(() => rmSync(uploads, { recursive: true, force: true }));

describe("importing a site's images from a copy of its uploads folder", () => {
  const store = useMediaStore("disk");
  let dry: Awaited<ReturnType<typeof importWordPress>>["report"];
  let first: Awaited<ReturnType<typeof importWordPress>>["report"];
  let afterDry: { media: number; records: number; files: string[] };

  beforeAll(async () => {
    dry = (await importWordPress(admin, xml, { dryRun: true, ...withUploads() })).report;
    afterDry = { media: await db.mediaAsset.count(), records: await db.importedMedia.count(), files: await store.keys() };
    first = (await importWordPress(admin, xml, withUploads())).report;
  });

  it("says in a dry run how many images would come in and which are missing, and stores nothing", async () => {
    expect(dry.dryRun).toBe(true);
    expect(afterDry).toEqual({ media: 0, records: 0, files: [] });
    // The harbour photo (two posts), the chart (inline and a lead image) and the map without an attachment.
    expect(dry.images.imported).toBe(3);
    expect(dry.images.missing).toEqual([
      "lost.jpg (not in the uploads folder: 2024/05/lost.jpg)",
      "pic.jpg (not among this site's uploads: images are never fetched from elsewhere)",
    ]);
    expect(first.images).toEqual({ ...dry.images, imported: 3 });
  });

  it("stores each image once, as the importing admin, with its files in the store", async () => {
    expect(first.counts).toMatchObject({ created: 4, failed: 0 });
    const media = await db.mediaAsset.findMany({ orderBy: { title: "asc" } });
    expect(media.map((m) => m.title)).toEqual(["chart", "harbour", "map"]);
    expect(media.every((m) => m.uploadedById === admin.id)).toBe(true);
    const keys = await store.keys();
    for (const image of media) expect(keys).toContain(`${image.id}/original-${image.rev}`);
    expect(await db.importedMedia.count()).toBe(3);
  });

  it("makes the featured image the lead image, with the attachment's alt text, caption and credit", async () => {
    const harbour = await db.mediaAsset.findFirstOrThrow({ where: { title: "harbour" } });
    expect(harbour).toMatchObject({ alt: "Container ships at the harbour", caption: "The harbour at dawn.", credit: "Jane Doe" });
    const featured = await piece("featured-and-inline");
    expect(featured.leadImageId).toBe(harbour.id);
    expect(featured.publication?.leadImageId).toBe(harbour.id);
    // The other post with the same featured image leads with the same library image.
    expect((await piece("same-photo")).leadImageId).toBe(harbour.id);
  });

  it("turns an inline image into a figure after its paragraph, found through its resized copy's address", async () => {
    const chart = await db.mediaAsset.findFirstOrThrow({ where: { title: "chart" } });
    const harbour = await db.mediaAsset.findFirstOrThrow({ where: { title: "harbour" } });
    const { body, mediaIds, publication } = await piece("featured-and-inline");
    expect(body.content?.map((n) => n.type)).toEqual(["paragraph", "figure"]);
    expect(figures(body)).toEqual([{ mediaId: chart.id, alt: "Exports by year, rising", caption: "", credit: "", href: null }]);
    expect([...mediaIds].sort()).toEqual([chart.id, harbour.id].sort());
    expect(publication?.mediaIds).toContain(chart.id);
    // Readers get the library's renditions, with the alt text.
    expect(publication?.bodyHtml).toContain(`/media/${chart.id}/`);
    expect(publication?.bodyHtml).toContain('alt="Exports by year, rising"');
  });

  it("names each image it could not have, and keeps the rest of the post", async () => {
    const post = first.posts.find((p) => p.postId === "11")!;
    expect(post.outcome).toBe("created");
    expect(post.notes).toContain(
      "Images not imported: lost.jpg (not in the uploads folder: 2024/05/lost.jpg), pic.jpg (not among this site's uploads: images are never fetched from elsewhere).",
    );
    const map = await db.mediaAsset.findFirstOrThrow({ where: { title: "map" } });
    const { body } = await piece("missing-and-foreign");
    expect(figures(body).map((f) => f.mediaId)).toEqual([map.id]);
    expect(body.content?.map((n) => n.type)).toEqual(["paragraph", "figure"]);
  });

  it("publishes an image without alt text as WordPress had it, and lists it for the library's alt text work", async () => {
    const chart = await db.mediaAsset.findFirstOrThrow({ where: { title: "chart" } });
    expect(chart.alt).toBe("");
    expect((await piece("chart-without-alt")).publication?.leadImageId).toBe(chart.id);
    expect(first.images.withoutAlt).toEqual(["chart.png (the lead image)"]);
    expect(first.posts.find((p) => p.postId === "13")?.notes.join(" ")).toMatch(/Without alt text.*chart\.png \(the lead image\)/);
    const noAlt = await listMedia(admin, { filter: "noAlt" });
    expect(noAlt.items.map((i) => i.id)).toEqual([chart.id]);
  });

  it("lists the attachment no post shows as not imported", () => {
    expect(first.skipped).toEqual([{ postId: "504", title: "unused.jpg", reason: "an attachment no imported post shows" }]);
  });

  it("changes nothing on a second run: no new image, no new file, every post unchanged", async () => {
    const keys = await store.keys();
    const again = (await importWordPress(admin, xml, withUploads())).report;
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(again.images).toMatchObject({ imported: 0, reused: 3 });
    expect(await db.mediaAsset.count()).toBe(3);
    expect(await store.keys()).toEqual(keys);
    // Without the folder (the studio), the images already imported are found in the library: still nothing changes.
    const studio = (await importWordPress(admin, xml)).report;
    expect(studio.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(studio.images.imported).toBe(0);
  });

  it("brings a missing image in once its file is in the folder, updating its piece", async () => {
    writeFileSync(path.join(uploads, "2024/05/lost.jpg"), await photoJpeg(300, 200));
    const planned = (await importWordPress(admin, xml, { dryRun: true, ...withUploads() })).report;
    expect(planned.images.imported).toBe(1);
    const run = (await importWordPress(admin, xml, withUploads())).report;
    expect(run.counts).toMatchObject({ updated: 1, unchanged: 3 });
    const lost = await db.mediaAsset.findFirstOrThrow({ where: { title: "lost" } });
    expect(lost.alt).toBe("A lost picture");
    const { body } = await piece("missing-and-foreign");
    expect(figures(body)[0]).toMatchObject({ mediaId: lost.id, alt: "A lost picture", caption: "Lost" });
  });
});
