// Every setting read from the environment, in one schema: `npm run dev | build | start` check it
// before anything starts and refuse with a message naming each bad variable. README's
// "Configuration" and .env.example list the same variables.
import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((value) => protocols.includes(new URL(value).protocol), `must start with ${protocols.map((p) => `${p}//`).join(" or ")}`);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL for the app and the scripts; unset, the start scripts run the embedded database. */
  DATABASE_URL: optional(url(["postgresql:", "postgres:"])),
  DATABASE_POOL_SIZE: positiveInt(10),
  /** Longest wait to open a connection or get one from the pool (also a transaction's wait to start). */
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt(5_000),
  /** The server cancels a statement running longer; the client gives up a second later if no answer comes at all. */
  DATABASE_QUERY_TIMEOUT_MS: positiveInt(10_000),
  /** Longest transaction: Prisma rolls back one still open after this, and the server ends a session idle in one as long. */
  DATABASE_TRANSACTION_TIMEOUT_MS: positiveInt(15_000),
  EMBEDDED_DB_PORT: port(54329),
  /** Where the embedded database and the generated secret live (default .data/). */
  STANDFIRST_DATA_DIR: optional(z.string()),
  /** "1": `npm start` may serve from the embedded database (a single-machine site). */
  ALLOW_EMBEDDED_DATABASE: optional(z.enum(["1"], { message: 'must be "1" or unset' })),
  NEXTAUTH_SECRET: optional(z.string().min(16, "must be at least 16 characters (e.g. `openssl rand -base64 32`)")),
  NEXTAUTH_URL: optional(url(["http:", "https:"])),
  /** The public address written into the site settings by the seed, and the site's address until they exist. */
  SITE_URL: optional(url(["http:", "https:"])),
  PORT: port(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  /** Absolute lifetime of a session. */
  SESSION_MAX_AGE_HOURS: positiveInt(24 * 7),
  /** A session unused for this long ends. */
  SESSION_IDLE_MINUTES: positiveInt(12 * 60),
  /** Memory for the response cache of `npm start`; 0 turns it off. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0, "must be a number of MiB (0 turns the cache off)").default(64),
  /**
   * The V8 heap limit of the server `npm start` runs (--max-old-space-size), in MiB; 0 leaves Node's
   * own, which on a large machine is several GiB and lets the heap swell long before it collects.
   */
  SERVER_HEAP_MB: z.coerce.number().int().min(0, "must be a number of MiB (0 leaves Node's default)").default(768),
  /**
   * Redis shared by every instance of the site (cache-handler.mjs, lib/platform/shared-cache.js):
   * Next's page and data cache, and the channel on which instances announce changes. Unset: one
   * machine, Next's cache in memory (NEXT_CACHE_MB).
   */
  REDIS_URL: optional(url(["redis:", "rediss:"])),
  /** Prefix of the site's keys and channel in Redis, for several sites (or test runs) on one Redis. */
  REDIS_KEY_PREFIX: z.string().min(1).default("standfirst:"),
  /** Memory for Next's page and data cache in each process when REDIS_URL is unset, in MiB. */
  NEXT_CACHE_MB: z.coerce.number().positive("must be a number of MiB").default(64),
  /** How many proxies in front of the app append to X-Forwarded-For (see lib/platform/http/client-ip.ts). */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).default(0),
  /** Where mail goes; unset, it stays in the outbox. */
  SMTP_URL: optional(url(["smtp:", "smtps:"])),
  MAIL_FROM: z.string().min(3).default("Standfirst <no-reply@standfirst.example>"),
  /**
   * How long a delivery run holds a message it is sending (lib/platform/mail.ts); another run
   * takes it over only after this. Each step of a send times out at a tenth of it.
   */
  MAIL_LEASE_SECONDS: z.coerce.number().min(1, "must be at least 1 second").default(300),
  STANDFIRST_DEBUG_MIGRATIONS: optional(z.string()),
  /** Where uploaded images and their renditions are kept on disk (default <STANDFIRST_DATA_DIR or .data>/media); unused with MEDIA_S3_BUCKET. */
  MEDIA_DIR: optional(z.string()),
  /** Largest image file accepted, in bytes (default 20 MB). */
  MEDIA_MAX_BYTES: positiveInt(20_000_000),
  /** Largest image accepted in pixels, width x height (x frames), so a small file that decodes huge is refused (default 50 megapixels). */
  MEDIA_MAX_PIXELS: positiveInt(50_000_000),
  /** Set: images are kept in this S3 bucket (any S3-compatible store) instead of on disk. */
  MEDIA_S3_BUCKET: optional(z.string()),
  MEDIA_S3_REGION: z.string().min(1).default("us-east-1"),
  /** The store's address for a store that is not AWS (MinIO, R2, Spaces...); unset, AWS's own. */
  MEDIA_S3_ENDPOINT: optional(url(["http:", "https:"])),
  /** Unset: the AWS SDK's own chain (AWS_ACCESS_KEY_ID, an instance role...). */
  MEDIA_S3_ACCESS_KEY_ID: optional(z.string()),
  MEDIA_S3_SECRET_ACCESS_KEY: optional(z.string()),
  /** "1": address the bucket in the path (http://host/bucket/key), as most non-AWS stores need. */
  MEDIA_S3_FORCE_PATH_STYLE: optional(z.enum(["1", "0"], { message: 'must be "1", "0" or unset' })),
  /** Keys start with this (e.g. "standfirst/"), for a bucket shared with other things. */
  MEDIA_S3_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9][A-Za-z0-9._-]*\/)*$/, 'must be empty or end with "/" (e.g. "standfirst/")')
    .default(""),
});

export type Config = z.infer<typeof schema>;

/** The problems with the environment, one line per variable, or none. */
export function environmentProblems(source: NodeJS.ProcessEnv = process.env): string[] {
  const parsed = schema.safeParse(source);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
}

/**
 * The settings as they are now. Read afresh on each call (a zod parse of a few variables): the
 * start scripts fill in DATABASE_URL and NEXTAUTH_SECRET after checking, and tests point
 * SMTP_URL at a server of their own.
 */
export function config(): Config {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${environmentProblems().join("; ")}`);
  return parsed.data;
}

/** The secret that signs session tokens; its absence stops the app rather than weakening it. */
export function authSecret(): string {
  const secret = config().NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Set it to a long random value (e.g. `openssl rand -base64 32`); " +
        "`npm run dev` and `npm start` without DATABASE_URL generate one under .data/.",
    );
  }
  return secret;
}

/**
 * The site's address from the environment (no trailing slash), used while the site settings name
 * none: SITE_URL, else the address the site is served on (scripts/run.ts sets NEXTAUTH_URL from
 * the port it serves on). Links take it through siteUrl() (lib/platform/site-settings.ts).
 */
export function configuredSiteUrl(): string {
  const { SITE_URL, NEXTAUTH_URL } = config();
  return (SITE_URL ?? NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
