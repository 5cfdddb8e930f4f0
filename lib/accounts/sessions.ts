// Server-side sessions. The signed cookie carries only a session id; every request looks
// the session and its user up here, so sign-out, "sign out everywhere", disabling a user
// and role changes all take effect on the very next request.
import "server-only";
import { db } from "../platform/db";
import { config } from "../platform/env";
import { NotSignedInError } from "../platform/errors";
import type { Role } from "../generated/prisma/enums";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: false;
  sessionId: string;
}

/** lastSeenAt is written at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(userId: string, client: { ip?: string; userAgent?: string } = {}) {
  const expiresAt = new Date(Date.now() + config().SESSION_MAX_AGE_HOURS * 3600_000);
  return db.session.create({
    data: { userId, expiresAt, ip: client.ip?.slice(0, 64), userAgent: client.userAgent?.slice(0, 300) },
  });
}

/** The signed-in user behind a session id, or null when the session no longer counts. */
export async function resolveSession(sessionId: string | undefined | null): Promise<CurrentUser | null> {
  if (!sessionId) return null;
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt || session.user.disabled) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) return null;
  if (session.lastSeenAt.getTime() + config().SESSION_IDLE_MINUTES * 60_000 <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  const { user } = session;
  return { id: user.id, email: user.email, name: user.name, role: user.role, disabled: false, sessionId: session.id };
}

export async function revokeSession(sessionId: string) {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeAllSessions(userId: string) {
  await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** "Sign out everywhere": ends every session of the signed-in user, the current one included. */
export async function signOutEverywhere(actor: CurrentUser | null): Promise<void> {
  if (!actor) throw new NotSignedInError();
  await revokeAllSessions(actor.id);
}
