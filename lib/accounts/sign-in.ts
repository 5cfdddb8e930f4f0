// Email-and-password sign-in with limits on failures that stop guessing without letting a
// stranger lock the real user out (README, Security: "what an attacker can and cannot do"):
// - per account and address (with backoff): stops an attacker at one address, and only there;
// - per address: stops one address spraying many accounts;
// - per account, across addresses: slows a guessing campaign spread over many addresses. It
//   locks out only browsers and addresses the account has never signed in from: a browser
//   holding the account's device cookie (lib/accounts/device-cookies.ts), or an address the account
//   signed in from in the last 90 days, still gets in with the right password.
// A browser with the account's device cookie is counted under that cookie alone, so failures
// from others at its address do not lock it either.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { issueDeviceToken, verifyDeviceToken } from "./device-cookies";
import { DomainError, RateLimitedError } from "../platform/errors";
import { parseInput } from "../platform/validation";
import { verifyPassword } from "./passwords";
import { clear, describeWait, hit, lockedFor, type LimitRule } from "../platform/rate-limit";
import { createSession } from "./sessions";

export const SIGN_IN_FAILED = "Incorrect email or password.";

/** How long an address stays "one this account signs in from". */
const KNOWN_ADDRESS_DAYS = 90;

export class SignInError extends DomainError {
  constructor(message = SIGN_IN_FAILED) {
    super(message, 401);
  }
}

/** One message for whatever is missing or malformed: the form has just the two fields. */
const ENTER_CREDENTIALS = "Enter your email address and password.";

const credentials = z.object(
  {
    email: z.string({ error: ENTER_CREDENTIALS }).trim().toLowerCase().min(3, ENTER_CREDENTIALS).max(320, ENTER_CREDENTIALS),
    password: z.string({ error: ENTER_CREDENTIALS }).min(1, ENTER_CREDENTIALS).max(1000, ENTER_CREDENTIALS),
  },
  { error: ENTER_CREDENTIALS },
);

const signInRules = {
  pair: (email: string, ip: string): LimitRule => ({
    key: `signin:pair:${email}|${ip}`,
    max: 5,
    windowSeconds: 900,
    lockSeconds: 60,
    maxLockSeconds: 3600,
  }),
  ip: (ip: string): LimitRule => ({ key: `signin:ip:${ip}`, max: 50, windowSeconds: 900, lockSeconds: 300, maxLockSeconds: 3600 }),
  account: (email: string): LimitRule => ({
    key: `signin:account:${email}`,
    max: 100,
    windowSeconds: 3600,
    lockSeconds: 900,
    maxLockSeconds: 3600,
  }),
  /** A browser with the device cookie: as strict as one address, so a stolen cookie buys no more guesses. */
  device: (deviceId: string): LimitRule => ({
    key: `signin:device:${deviceId}`,
    max: 5,
    windowSeconds: 900,
    lockSeconds: 60,
    maxLockSeconds: 3600,
  }),
};

const tooMany = (seconds: number) =>
  new RateLimitedError(`Too many failed sign-in attempts. Try again in ${describeWait(seconds)}.`, seconds);

/** Whether the account behind this email opened a session from this address lately. Asked the same way whether or not the account exists. */
async function knownAddress(email: string, ip: string): Promise<boolean> {
  if (ip === "unknown") return false;
  const since = new Date(Date.now() - KNOWN_ADDRESS_DAYS * 86_400_000);
  return Boolean(await db.session.findFirst({ where: { ip, createdAt: { gt: since }, user: { email } }, select: { id: true } }));
}

export interface SignInClient {
  ip: string;
  userAgent?: string;
  /** The device cookie the browser sent, if any. */
  deviceToken?: string;
}

/**
 * Checks the credentials and opens a session; throws SignInError, RateLimitedError or
 * ValidationError. Returns the device cookie to (re)set on the browser.
 */
export async function signInWithPassword(input: unknown, client: SignInClient) {
  const { email, password } = parseInput(credentials, input);

  const user = await db.user.findUnique({ where: { email } });
  const deviceId = user ? verifyDeviceToken(client.deviceToken, user.id) : null;
  // Which limits count this attempt's failure, and which of them can refuse it.
  let counted: LimitRule[];
  let checked: LimitRule[];
  if (deviceId) {
    counted = checked = [signInRules.device(deviceId)];
  } else {
    const [pair, ip, account] = [signInRules.pair(email, client.ip), signInRules.ip(client.ip), signInRules.account(email)];
    counted = [pair, ip, account];
    checked = (await knownAddress(email, client.ip)) ? [pair, ip] : counted;
  }

  const wait = await lockedFor(checked.map((r) => r.key));
  if (wait > 0) throw tooMany(wait);

  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    const locks = await Promise.all(counted.map(hit));
    const lockedNow = Math.max(...checked.map((rule) => locks[counted.indexOf(rule)]));
    if (lockedNow > 0) throw tooMany(lockedNow);
    throw new SignInError();
  }
  if (user.disabled) throw new SignInError("This account has been disabled. Ask an administrator to enable it.");

  await clear(checked[0].key);
  const session = await createSession(user.id, client);
  return { user, sessionId: session.id, deviceToken: issueDeviceToken(user.id, deviceId ?? undefined) };
}
