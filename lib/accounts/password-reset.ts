// Password reset by email. Asking for a link answers the same whether or not the address
// has an account, so the form tells an attacker nothing. The link carries a random token
// whose SHA-256 hash is all the database keeps; it works once, for an hour, and setting a
// new password ends every session of the account (and voids its other links). Requests are
// limited per client address. Per account nothing is ever refused, so strangers asking for
// someone's address cannot stop that person from resetting: the account gets at most one
// mail per MAIL_EVERY_MINUTES, and every link mailed keeps working until it expires or one
// of them is used. Bad tokens are limited per client address.
import "server-only";
import { z } from "zod";
import { recordAudit } from "../platform/audit";
import { db } from "../platform/db";
import { parseInput } from "../platform/validation";
import { DomainError, RateLimitedError } from "../platform/errors";
import { hashToken, newLinkToken } from "../platform/tokens";
import { LINK_HIDDEN, deliverPending, queueEmail } from "../platform/mail";
import { MIN_PASSWORD_LENGTH, hashPassword } from "./passwords";
import { describeWait, hit, lockedFor, type LimitRule } from "../platform/rate-limit";
import { paths } from "../platform/paths";
import { absoluteUrl, getSiteSettings } from "../platform/site-settings";

export const RESET_TTL_MINUTES = 60;

/** An account gets at most one reset mail this often, whoever asks. */
export const MAIL_EVERY_MINUTES = 15;

export const RESET_REQUESTED =
  "If an account uses that address, we have sent it a link to choose a new password. The link works once, for an hour. " +
  `We send at most one link every ${MAIL_EVERY_MINUTES} minutes: if you asked a moment ago, use the link you already have.`;

export const RESET_INVALID = "This password-reset link has expired or was already used. Ask for a new one.";

export class ResetInvalidError extends DomainError {
  constructor() {
    super(RESET_INVALID, 404);
  }
}

interface Client {
  ip: string;
}

const rules = {
  /** Requests from one address: enough for a forgetful office behind one NAT. */
  requestsFromIp: (ip: string): LimitRule => ({
    key: `reset:ip:${ip}`,
    max: 20,
    windowSeconds: 3600,
    lockSeconds: 900,
    maxLockSeconds: 3600,
  }),
  /** Wrong tokens from one address: typos, never a search of the token space. */
  badTokensFromIp: (ip: string): LimitRule => ({
    key: `reset-token:ip:${ip}`,
    max: 10,
    windowSeconds: 900,
    lockSeconds: 900,
    maxLockSeconds: 3600,
  }),
};

const tooMany = (seconds: number) =>
  new RateLimitedError(`Too many password-reset attempts. Try again in ${describeWait(seconds)}.`, seconds);

const requestInput = z.object({ email: z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address.")) });

const resetInput = z.object({
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1000, "Passwords are at most 1,000 characters."),
});

/**
 * Mails a reset link if the address has an active account that was not sent one in the last
 * MAIL_EVERY_MINUTES. The answer, and the limit that applies, are the same either way.
 * Returns the message to show.
 */
export async function requestPasswordReset(input: unknown, client: Client): Promise<{ message: string }> {
  const { email } = parseInput(requestInput, input);
  const fromIp = rules.requestsFromIp(client.ip);
  const wait = await lockedFor([fromIp.key]);
  if (wait > 0) throw tooMany(wait);
  // Counted before looking the address up, so a limit reached says nothing about the account.
  const locked = await hit(fromIp);
  if (locked > 0) throw tooMany(locked);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabled: true, passwordHash: true } });
  if (!user || user.disabled || !user.passwordHash) return { message: RESET_REQUESTED };
  const token = newLinkToken();
  const [link, { siteName }] = await Promise.all([absoluteUrl(paths.resetPassword(token)), getSiteSettings()]);
  const queued = await db.$transaction(async (tx) => {
    // One request at a time per account, so two at once cannot both find no recent mail.
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id} FOR UPDATE`;
    const recent = await tx.passwordReset.count({
      where: { userId: user.id, usedAt: null, createdAt: { gt: new Date(Date.now() - MAIL_EVERY_MINUTES * 60_000) } },
    });
    if (recent > 0) return false;
    // Earlier links stay valid: the person may be about to click one that a stranger's request would otherwise void.
    await tx.passwordReset.create({
      data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000) },
    });
    await queueEmail(tx, {
      to: [email],
      subject: `Choose a new ${siteName} password`,
      text: [
        `Someone (we hope you) asked to reset the password of your ${siteName} account.`,
        "",
        `Choose a new password here: ${LINK_HIDDEN}`,
        "",
        `The link works once and expires in ${RESET_TTL_MINUTES} minutes. If you did not ask, ignore this message: your password stays as it is.`,
      ].join("\n"),
      link,
    });
    await recordAudit(tx, { actorId: user.id, action: "users.requestPasswordReset", subject: `user:${user.id}` });
    return true;
  });
  if (queued) await deliverPending();
  return { message: RESET_REQUESTED };
}

const tokenShape = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Sets a new password with a live token, uses the token up and ends every session of the account. */
export async function resetPassword(token: string, input: unknown, client: Client): Promise<void> {
  const wait = await lockedFor([rules.badTokensFromIp(client.ip).key]);
  if (wait > 0) throw tooMany(wait);
  const { password } = parseInput(resetInput, input);
  const reset = tokenShape.safeParse(token).success
    ? await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } })
    : null;
  if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now() || reset.user.disabled) {
    const locked = await hit(rules.badTokensFromIp(client.ip));
    if (locked > 0) throw tooMany(locked);
    throw new ResetInvalidError();
  }
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Claimed conditionally, so of two uses racing, exactly one wins.
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new ResetInvalidError();
    // The account's other links, mailed earlier, end with this one.
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: new Date() } });
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await tx.session.updateMany({ where: { userId: reset.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actorId: reset.userId, action: "users.resetPassword", subject: `user:${reset.userId}` });
  });
}
