// `npm run bench -- --media`: what an upload and its renditions cost. Generates a photo-like
// JPEG of about 6 MB (6000 x 4000, noise over a gradient, with a camera's EXIF), then, for each
// store (a folder on disk, and s3rver on loopback, which shows the SDK's overhead rather than a
// real network's), times:
//   - upload-and-process: ingestImage (lib/media/ingest.ts) called directly, the work POST
//     /api/media does after reading the body: sniff, header check, a full decode, hash, store the
//     original, write the row. (The browser test sends the same photo through the running app.)
//   - each rendition the pages name, on its first request (read the original, decode, resize or
//     crop, encode, store) and again (read from the store), through renditionFor, the route's own
//     function. Medians of `runs`.
// The machine is shared: read ratios, not absolutes.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startS3Server } from "../tests/helpers/s3-server";
import { photoJpeg } from "../tests/helpers/images";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(0)} ms`;

const SEGMENTS = [
  "w320.webp",
  "w640.avif",
  "w640.webp",
  "w640.jpg",
  "w1280.avif",
  "w1280.webp",
  "w1280.jpg",
  "w1920.avif",
  "w1920.webp",
  "w1920.jpg",
  "card-480-50-50.webp",
  "card-960-50-50.avif",
  "social-1200-50-50.jpg",
  "square-400-50-50.webp",
];

async function time<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

export async function mediaBench({ runs = 3 }: { runs?: number } = {}) {
  const { ingestImage } = await import("../lib/media/ingest");
  const { renditionFor } = await import("../lib/media/renditions");
  const { mediaStore, mediaKeys } = await import("../lib/media/store");
  const { db } = await import("../lib/platform/db");

  const made = await time(() => photoJpeg(6000, 4000));
  const photo = made.value;
  console.log(`\nMedia: a ${(photo.length / 1e6).toFixed(1)} MB JPEG, 6000 x 4000 (generated in ${ms(made.ms)}); medians of ${runs} runs.`);

  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-media-"));
  const s3 = await startS3Server();
  const stores = [
    { name: "disk", env: { MEDIA_DIR: folder } },
    { name: "s3rver", env: s3.env },
  ];
  const rows: string[][] = [];
  try {
    for (const store of stores) {
      for (const key of Object.keys(process.env))
        if (key.startsWith("MEDIA_") && key !== "MEDIA_MAX_BYTES" && key !== "MEDIA_MAX_PIXELS") delete process.env[key];
      Object.assign(process.env, store.env);
      const ids: string[] = [];
      const uploads: number[] = [];
      const first: Record<string, number[]> = {};
      const again: Record<string, number[]> = {};
      const sizes: Record<string, number> = {};
      for (let run = 0; run < runs; run++) {
        // A different byte each run: a new original (its own rev), as a new upload is.
        const bytes = Buffer.from(photo);
        bytes[bytes.length - 3] = run;
        const upload = await time(() => ingestImage({ fileName: `bench-${run}.jpg`, bytes, uploadedById: null }));
        uploads.push(upload.ms);
        const asset = upload.value;
        ids.push(asset.id);
        for (const segment of SEGMENTS) {
          for (const [timings, label] of [
            [first, "first"],
            [again, "again"],
          ] as const) {
            const answer = await time(() => renditionFor(asset.id, asset.rev, segment));
            if (!answer.value || !("rendition" in answer.value)) throw new Error(`No rendition ${segment} (${label})`);
            (timings[segment] ??= []).push(answer.ms);
            sizes[segment] = answer.value.rendition.bytes.length;
          }
        }
      }
      rows.push([store.name, "upload-and-process (ingestImage)", ms(median(uploads)), "", `${(photo.length / 1e3).toFixed(0)} KB`]);
      for (const segment of SEGMENTS) {
        rows.push([store.name, segment, ms(median(first[segment])), ms(median(again[segment])), `${(sizes[segment] / 1e3).toFixed(0)} KB`]);
      }
      await db.mediaAsset.deleteMany({ where: { id: { in: ids } } });
      await Promise.all(ids.map((id) => mediaStore().deleteAll(mediaKeys.folder(id))));
    }
  } finally {
    await s3.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const header = ["store", "what", "first request", "from the store", "bytes"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
}
