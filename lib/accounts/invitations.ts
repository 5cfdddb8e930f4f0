// Invitations: how people get an account. An admin invites an email address with a role;
// the mail carries a random token whose SHA-256 hash is all the database keeps, so a copy
// of the database opens no account. A token works once, until it expires. Inviting an
// address that already has a pending invitation replaces it (the old link stops working),
// which is also how an admin re-sends a lost invitation.
import "server-only";
import { hashToken, newLinkToken } from "../platform/tokens";
import { z } from "zod";
import { recordAudit } from "../platform/audit";
import { db } from "../platform/db";
import { parseInput } from "../platform/validation";
import { ConflictError, DomainError, NotFoundError, RateLimitedError, fromDatabaseError } from "../platform/errors";
import { Role } from "../generated/prisma/enums";
import { LINK_HIDDEN, deliverPending, queueEmail } from "../platform/mail";
import { MIN_PASSWORD_LENGTH, hashPassword } from "./passwords";
import { authorizeSite, type Actor } from "../permissions";
import { describeWait, hit, lockedFor, type LimitRule } from "../platform/rate-limit";
import { paths } from "../platform/paths";
import { absoluteUrl, getSiteSettings } from "../platform/site-settings";

/** How long an invitation link works. */
export const INVITATION_TTL_DAYS = 7;

export const INVITATION_INVALID = "This invitation link has expired or was already used.";

/** An unknown, expired, used or revoked token: one message for all, so a guess learns nothing. */
export class InvitationInvalidError extends DomainError {
  constructor() {
    super(INVITATION_INVALID, 404);
  }
}

/** Bad tokens per client address before a lockout: enough for typos, far too few to guess 256 bits. */
const inviteTokenRule = (ip: string): LimitRule => ({
  key: `invite:ip:${ip}`,
  max: 10,
  windowSeconds: 900,
  lockSeconds: 900,
  maxLockSeconds: 3600,
});

const inviteInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
  role: z.enum(Role, "Choose writer, editor or admin."),
});

const acceptInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(200, "Names are at most 200 characters."),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1000, "Passwords are at most 1,000 characters."),
});

/** Invites an address (admins only). Returns the link too, so an admin without SMTP can pass it on. */
export async function createInvitation(actor: Actor | null, input: unknown) {
  const admin = authorizeSite(actor, "users.manage");
  const { email, role } = parseInput(inviteInput, input);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new ConflictError(`${email} already has an account.`);
  }
  const token = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600_000);
  const link = await absoluteUrl(paths.invite(token));
  const [inviter, { siteName }] = await Promise.all([
    db.user.findUnique({ where: { id: admin.id }, select: { name: true } }),
    getSiteSettings(),
  ]);
  const invitation = await db.$transaction(async (tx) => {
    const replaced = await tx.invitation.deleteMany({ where: { email, usedAt: null } });
    const created = await tx.invitation.create({ data: { email, role, tokenHash: hashToken(token), expiresAt, invitedById: admin.id } });
    await queueEmail(tx, {
      to: [email],
      subject: `You are invited to ${siteName}`,
      text: [
        `${inviter?.name ?? "An administrator"} has invited you to ${siteName} as ${role === "admin" ? "an" : "a"} ${role}.`,
        "",
        `Set your name and password here: ${LINK_HIDDEN}`,
        "",
        `The link works once and expires in ${INVITATION_TTL_DAYS} days. If you did not expect this, ignore this message.`,
      ].join("\n"),
      link,
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "users.invite",
      subject: `invitation:${created.id}`,
      details: { email, role, ...(replaced.count ? { replacedEarlierInvitation: true } : {}) },
    });
    return created;
  });
  await deliverPending();
  return { invitation, link };
}

/** Invitations not yet used, newest first, with whether each has expired. */
export async function listPendingInvitations(actor: Actor | null) {
  authorizeSite(actor, "users.manage");
  const rows = await db.invitation.findMany({
    where: { usedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
  });
  const now = Date.now();
  return rows.map((r) => ({ ...r, expired: r.expiresAt.getTime() <= now }));
}

/** Revoking deletes the invitation: its link then gets the same answer as any unknown token. */
export async function revokeInvitation(actor: Actor | null, id: string) {
  const admin = authorizeSite(actor, "users.manage");
  const invitation = await db.invitation.findUnique({ where: { id } });
  if (!invitation || invitation.usedAt) throw new NotFoundError("No such pending invitation.");
  await db.$transaction(async (tx) => {
    await tx.invitation.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "users.revokeInvitation",
      subject: `invitation:${id}`,
      details: { email: invitation.email },
    });
  });
}

interface Client {
  ip: string;
}

async function checkLimit(client: Client) {
  const wait = await lockedFor([inviteTokenRule(client.ip).key]);
  if (wait > 0) throw new RateLimitedError(`Too many invalid invitation links. Try again in ${describeWait(wait)}.`, wait);
}

async function refuse(client: Client): Promise<never> {
  const lockedNow = await hit(inviteTokenRule(client.ip));
  if (lockedNow > 0) throw new RateLimitedError(`Too many invalid invitation links. Try again in ${describeWait(lockedNow)}.`, lockedNow);
  throw new InvitationInvalidError();
}

const tokenShape = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

async function findLive(token: string) {
  if (!tokenShape.safeParse(token).success) return null;
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!invitation || invitation.usedAt || invitation.expiresAt.getTime() <= Date.now()) return null;
  return invitation;
}

/**
 * Who a link invites, for the acceptance page. Public by design: the token is the
 * credential. Each bad token counts against the client's address.
 */
export async function describeInvitation(token: string, client: Client) {
  await checkLimit(client);
  const invitation = await findLive(token);
  if (!invitation) return refuse(client);
  return { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
}

/**
 * Creates the invited account and uses up the invitation in one transaction. The
 * conditional update claims the invitation, so of two accepts racing, exactly one wins.
 */
export async function acceptInvitation(token: string, input: unknown, client: Client) {
  await checkLimit(client);
  const { name, password } = parseInput(acceptInput, input);
  const invitation = await findLive(token);
  if (!invitation) return refuse(client);
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (claimed.count !== 1) throw new InvitationInvalidError();
      const user = await tx.user.create({ data: { email: invitation.email, name, role: invitation.role, passwordHash } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "users.acceptInvitation",
        subject: `user:${user.id}`,
        details: { email: user.email, role: user.role },
      });
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw fromDatabaseError(error, { email: invitation.email });
  }
}
