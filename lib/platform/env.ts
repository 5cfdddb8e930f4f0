// Settings read from the environment, validated once. README's "Configuration" lists them.
import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** Absolute lifetime of a session. */
  SESSION_MAX_AGE_HOURS: positiveInt(24 * 7),
  /** A session unused for this long ends. */
  SESSION_IDLE_MINUTES: positiveInt(12 * 60),
  /** How many proxies in front of the app append to X-Forwarded-For (see lib/platform/http/client-ip.ts). */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).default(0),
});

export type Config = z.infer<typeof schema>;

let cached: Config | undefined;

export function config(): Config {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  cached = parsed.data;
  return cached;
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
