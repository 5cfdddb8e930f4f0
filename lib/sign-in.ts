// Email-and-password sign-in with limits on failures per account, per IP and per
// account-and-IP pair. The pair lockout backs off exponentially; it stops an attacker at
// one address without locking the real user (at another address) out of their account.
import { z } from "zod";
import { db } from "./db";
import { DomainError, RateLimitedError, ValidationError } from "./errors";
import { verifyPassword } from "./passwords";
import { clear, describeWait, hit, lockedFor, type LimitRule } from "./rate-limit";
import { createSession } from "./sessions";

export const SIGN_IN_FAILED = "Incorrect email or password.";

export class SignInError extends DomainError {
  constructor(message = SIGN_IN_FAILED) {
    super(message, 401);
  }
}

const credentials = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(1000),
});

function signInRules(email: string, ip: string): LimitRule[] {
  return [
    { key: `signin:pair:${email}|${ip}`, max: 5, windowSeconds: 900, lockSeconds: 60, maxLockSeconds: 3600 },
    { key: `signin:ip:${ip}`, max: 50, windowSeconds: 900, lockSeconds: 300, maxLockSeconds: 3600 },
    // Slows a guessing campaign spread over many addresses; high enough that it is not a cheap way to lock someone out.
    { key: `signin:account:${email}`, max: 100, windowSeconds: 3600, lockSeconds: 900, maxLockSeconds: 3600 },
  ];
}

const tooMany = (seconds: number) =>
  new RateLimitedError(`Too many failed sign-in attempts. Try again in ${describeWait(seconds)}.`, seconds);

/** Checks the credentials and opens a session; throws SignInError, RateLimitedError or ValidationError. */
export async function signInWithPassword(input: unknown, client: { ip: string; userAgent?: string }) {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) throw new ValidationError("Enter your email address and password.");
  const { email, password } = parsed.data;
  const rules = signInRules(email, client.ip);

  const wait = await lockedFor(rules.map((r) => r.key));
  if (wait > 0) throw tooMany(wait);

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    const locks = await Promise.all(rules.map(hit));
    const lockedNow = Math.max(...locks);
    if (lockedNow > 0) throw tooMany(lockedNow);
    throw new SignInError();
  }
  if (user.disabled) throw new SignInError("This account has been disabled. Ask an administrator to enable it.");

  await clear(rules[0].key);
  const session = await createSession(user.id, client);
  return { user, sessionId: session.id };
}
