// Image files for the media tests, made with sharp (and by hand where sharp would refuse to make
// the file at all: a decompression bomb, a truncated JPEG).
import { deflateSync, crc32 } from "node:zlib";
import sharp from "sharp";

/**
 * A photo-like JPEG (noise over a gradient: it compresses as a photo does, 6000 x 4000 is about
 * 6 MB) carrying EXIF a camera writes: make, model, firmware, GPS position.
 */
export async function photoJpeg(width = 1600, height = 1000): Promise<Buffer> {
  const noise = await sharp({
    create: { width, height, channels: 3, background: "#000000", noise: { type: "gaussian", mean: 120, sigma: 20 } },
  })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="#1b4f72"/><stop offset="1" stop-color="#f0b27a"/></linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  return sharp(gradient)
    .composite([{ input: noise, blend: "overlay" }])
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: "Camera Maker", Model: "Model 7", Software: "Firmware 1.2" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "1/1 17/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "103/1 51/1 0/1" },
    })
    .toBuffer();
}

/** A bar chart as a PNG with transparency, as a spreadsheet exports one. */
export async function chartPng(): Promise<Buffer> {
  const bars = [40, 90, 65, 120, 80]
    .map((h, i) => `<rect x="${30 + i * 70}" y="${160 - h}" width="50" height="${h}" fill="#2e86c1"/>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect x="0" y="0" width="400" height="200" fill="none"/>${bars}<line x1="20" y1="160" x2="390" y2="160" stroke="#333" stroke-width="2"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/**
 * A valid 1-bit greyscale PNG of width x height, all black: 20,000 x 20,000 is 400 megapixels
 * (1.6 GB decoded as RGBA) in about 60 KB of file.
 */
export function bombPng(width = 20_000, height = 20_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8)); // filter byte 0, then zero bits
  const raw = Buffer.alloc(row.length * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A JPEG cut off half way, as an interrupted download leaves it. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await photoJpeg(800, 600);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

export const svgWithScript = Buffer.from(
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>fetch("/api/media")</script><circle cx="50" cy="50" r="40"/></svg>`,
);

export const phpAsJpeg = Buffer.from(`<?php system($_GET["cmd"]); ?>\n`);
