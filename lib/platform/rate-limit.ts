// Counters with lockout and backoff, kept in PostgreSQL so every app instance sees the
// same state. A rule allows `max` hits per window; the hit that reaches it locks the key
// for `lockSeconds`, doubled for each lockout in a row (up to `maxLockSeconds`).
import "server-only";
import { db } from "./db";

export interface LimitRule {
  key: string;
  max: number;
  windowSeconds: number;
  lockSeconds: number;
  maxLockSeconds: number;
}

/** Seconds until the first of these keys unlocks, or 0 when none is locked. */
export async function lockedFor(keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.rateLimit.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil!.getTime()));
  return until ? Math.ceil((until - Date.now()) / 1000) : 0;
}

/** Counts one hit; returns the seconds the key is now locked for (0 if it is not). */
export async function hit(rule: LimitRule): Promise<number> {
  // Lockouts in a row are forgotten after a quiet day.
  await db.$executeRaw`
    INSERT INTO "RateLimit" ("key", "count", "windowStart", "updatedAt")
    VALUES (${rule.key}, 1, now(), now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE "RateLimit"."windowStart" END,
      "strikes" = CASE WHEN "RateLimit"."updatedAt" < now() - interval '1 day' THEN 0 ELSE "RateLimit"."strikes" END,
      "updatedAt" = now()`;
  const locked = await db.$queryRaw<{ lockedUntil: Date }[]>`
    UPDATE "RateLimit" SET
      "lockedUntil" = now() + make_interval(secs => LEAST(${rule.maxLockSeconds}, ${rule.lockSeconds} * power(2, "strikes"))),
      "strikes" = "strikes" + 1,
      "count" = 0,
      "windowStart" = now()
    WHERE "key" = ${rule.key} AND "count" >= ${rule.max}
    RETURNING "lockedUntil"`;
  // The lock has just been set to whole seconds from the database's clock; rounding (not ceil)
  // absorbs the stored timestamp's millisecond rounding, which made a 300 s lock read as 301 s
  // ("6 minutes") when the database answered within a millisecond.
  return locked.length ? Math.max(1, Math.round((locked[0].lockedUntil.getTime() - Date.now()) / 1000)) : 0;
}

export async function clear(key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** "3 minutes", "45 seconds": for "try again in ..." messages. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
