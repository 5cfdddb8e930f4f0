// The media store the tests run against, disk or S3 (a real s3rver), chosen per describe block
// through the same environment variables the app reads; and what the store holds, to check that
// a refused upload left nothing behind.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { startS3Server, type S3Server } from "./s3-server";

export type StoreKind = "disk" | "s3";

const MEDIA_VARIABLES = [
  "MEDIA_DIR",
  "MEDIA_S3_BUCKET",
  "MEDIA_S3_ENDPOINT",
  "MEDIA_S3_REGION",
  "MEDIA_S3_ACCESS_KEY_ID",
  "MEDIA_S3_SECRET_ACCESS_KEY",
  "MEDIA_S3_FORCE_PATH_STYLE",
  "MEDIA_S3_PREFIX",
];

export interface TestStore {
  kind: StoreKind;
  /** Every key stored now, sorted. */
  keys(): Promise<string[]>;
}

/** Points the media store at a fresh folder or a fresh s3rver for the enclosing describe block. */
export function useMediaStore(kind: StoreKind): TestStore {
  let folder = "";
  let s3: S3Server | null = null;
  let client: S3Client | null = null;
  beforeAll(async () => {
    for (const name of MEDIA_VARIABLES) delete process.env[name];
    if (kind === "disk") {
      folder = mkdtempSync(path.join(os.tmpdir(), "media-"));
      process.env.MEDIA_DIR = folder;
    } else {
      s3 = await startS3Server();
      Object.assign(process.env, s3.env, { MEDIA_S3_PREFIX: "site/" });
      client = new S3Client({
        region: "us-east-1",
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
    }
  });
  afterAll(async () => {
    for (const name of MEDIA_VARIABLES) delete process.env[name];
    if (folder) rmSync(folder, { recursive: true, force: true });
    client?.destroy();
    await s3?.close();
  });
  return {
    kind,
    async keys() {
      if (kind === "disk") {
        const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
        return files.map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")).sort();
      }
      const listed = await client!.send(new ListObjectsV2Command({ Bucket: s3!.bucket }));
      return (listed.Contents ?? []).map((object) => object.Key!.replace(/^site\//, "")).sort();
    },
  };
}
