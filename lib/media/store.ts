// Where the media library keeps bytes: each image's original (private, never served) and the
// renditions made from it (lib/media/renditions.ts). One interface, two places, chosen by the
// environment (README, "Configuration"): a folder on disk by default (nothing to set up), or
// any S3-compatible store when MEDIA_S3_BUCKET is set, so several instances share one library.
//
// Keys are made by lib/media (never taken from a request as they are) and checked here anyway:
// segments of letters, digits, ".", "_" and "-", not starting with a dot, joined by "/", so no
// key can climb out of the folder or the prefix.
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { config } from "../platform/env";

export interface MediaStore {
  /** Writes the bytes under the key, replacing what was there. Readers never see half a file. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every key under `prefix` (which ends with "/"). */
  deleteAll(prefix: string): Promise<void>;
  /** Where it keeps things, for logs and the bench ("disk /srv/media", "s3 bucket/prefix"). */
  readonly description: string;
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** The key, if it is one lib/media could have made; throws otherwise (a bug, never a person's input). */
export function checkedKey(key: string, { prefix = false } = {}): string {
  const parts = (prefix ? key.replace(/\/$/, "") : key).split("/");
  if (!parts.every((part) => SEGMENT.test(part)) || (prefix && !key.endsWith("/"))) throw new Error(`Not a media key: ${key}`);
  return key;
}

/** A folder on disk. A write goes to a temporary file first and is renamed into place (atomic on one file system). */
export function diskStore(root: string): MediaStore {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    const file = path.resolve(base, ...checkedKey(key).split("/"));
    // checkedKey already forbids ".." and absolute parts; this is the belt to its braces.
    if (!file.startsWith(base + path.sep)) throw new Error(`Not a media key: ${key}`);
    return file;
  };
  return {
    description: `disk ${base}`,
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomBytes(6).toString("hex")}.part`;
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    },
    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await unlink(fileOf(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
    },
    async deleteAll(prefix) {
      const folder = path.resolve(base, ...checkedKey(prefix, { prefix: true }).replace(/\/$/, "").split("/"));
      if (!folder.startsWith(base + path.sep)) throw new Error(`Not a media key: ${prefix}`);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
  /** Put before every key: "" or ending with "/". */
  prefix?: string;
}

/** A bucket of any S3-compatible store, through the AWS SDK. */
export function s3Store(settings: S3Settings): MediaStore {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  });
  const Bucket = settings.bucket;
  const prefix = settings.prefix ?? "";
  const Key = (key: string) => `${prefix}${checkedKey(key)}`;
  return {
    description: `s3 ${Bucket}/${prefix}`,
    async put(key, bytes, contentType) {
      // One PUT is atomic in S3: a reader gets the old object or the new one, never half.
      await client.send(new PutObjectCommand({ Bucket, Key: Key(key), Body: bytes, ContentType: contentType }));
    },
    async get(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: Key(key) }));
        return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: Key(key) }));
    },
    async deleteAll(folder) {
      const Prefix = `${prefix}${checkedKey(folder, { prefix: true })}`;
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
        const Objects = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
        if (Objects.length) await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}

/** The store the environment names: S3 with MEDIA_S3_BUCKET, else the folder MEDIA_DIR (default <data folder>/media). */
export function configuredStore(): MediaStore {
  const env = config();
  if (env.MEDIA_S3_BUCKET) {
    return s3Store({
      bucket: env.MEDIA_S3_BUCKET,
      region: env.MEDIA_S3_REGION,
      endpoint: env.MEDIA_S3_ENDPOINT,
      accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID,
      secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.MEDIA_S3_FORCE_PATH_STYLE === "1",
      prefix: env.MEDIA_S3_PREFIX,
    });
  }
  return diskStore(env.MEDIA_DIR ?? path.join(env.STANDFIRST_DATA_DIR ?? ".data", "media"));
}

let current: { signature: string; store: MediaStore } | null = null;

/**
 * The configured store, made once per configuration (an S3 client keeps its connections). Read
 * afresh when the variables change, as tests that switch between disk and S3 do.
 */
export function mediaStore(): MediaStore {
  const env = config();
  const signature = JSON.stringify([
    env.MEDIA_DIR,
    env.STANDFIRST_DATA_DIR,
    env.MEDIA_S3_BUCKET,
    env.MEDIA_S3_REGION,
    env.MEDIA_S3_ENDPOINT,
    env.MEDIA_S3_ACCESS_KEY_ID,
    env.MEDIA_S3_FORCE_PATH_STYLE,
    env.MEDIA_S3_PREFIX,
  ]);
  if (current?.signature !== signature) current = { signature, store: configuredStore() };
  return current.store;
}

/** The keys of one image: its original, and the folder of its renditions (all under one folder, deleted together). */
export const mediaKeys = {
  folder: (id: string) => `${id}/`,
  original: (id: string, rev: string) => `${id}/original-${rev}`,
  rendition: (id: string, rev: string, segment: string) => `${id}/${rev}/${segment}`,
};
