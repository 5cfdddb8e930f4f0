// User accounts: roles and disabling. Only admins manage users; both changes take effect
// on the user's next request because sessions are checked against the database.
import "server-only";
import { z } from "zod";
import { recordAudit } from "../platform/audit";
import { db } from "../platform/db";
import { ForbiddenError, NotFoundError } from "../platform/errors";
import { parseInput } from "../platform/validation";
import { Role } from "../generated/prisma/enums";
import { authorizeSite, divisionEditorRoles, type Actor } from "../permissions";
import { revokeAllSessions } from "./sessions";

const roleInput = z.object({
  role: z.enum(Role, { error: (issue) => `"${String(issue.input)}" is not a role: choose writer, editor or admin.` }),
});

async function target(actor: Actor, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("No such user.");
  if (user.id === actor.id) throw new ForbiddenError("You cannot change your own account's role or access; ask another administrator.");
  return user;
}

/** Every account with its role, status and when it was last used (its latest session). */
export async function listUsers(actor: Actor | null) {
  authorizeSite(actor, "users.manage");
  const users = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabled: true,
      createdAt: true,
      sessions: { orderBy: { lastSeenAt: "desc" }, take: 1, select: { lastSeenAt: true } },
    },
  });
  return users.map(({ sessions, ...user }) => ({ ...user, lastSeenAt: sessions[0]?.lastSeenAt ?? null }));
}

/** Editors and admins who can sign in: the people a division may name as its editors. */
export async function listEditorChoices(actor: Actor | null) {
  authorizeSite(actor, "taxonomy.manage");
  return db.user.findMany({
    where: { role: { in: [...divisionEditorRoles] }, disabled: false },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, role: true },
  });
}

/** Accounts an author profile may be linked to: those without a profile yet, plus the profile's own. */
export async function listAccountChoices(actor: Actor | null, authorId: string | null) {
  authorizeSite(actor, "authors.manage");
  return db.user.findMany({
    where: { OR: [{ author: null }, ...(authorId ? [{ author: { id: authorId } }] : [])] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}

export async function setUserDisabled(actor: Actor | null, userId: string, disabled: boolean) {
  const admin = authorizeSite(actor, "users.manage");
  const user = await target(admin, userId);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabled, disabledAt: disabled ? new Date() : null } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: disabled ? "users.disable" : "users.enable",
      subject: `user:${userId}`,
      details: { email: user.email },
    });
  });
  if (disabled) await revokeAllSessions(userId);
}

export async function setUserRole(actor: Actor | null, userId: string, role: unknown) {
  const admin = authorizeSite(actor, "users.manage");
  const { role: chosen } = parseInput(roleInput, { role });
  const user = await target(admin, userId);
  if (user.role === chosen) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role: chosen } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "users.changeRole",
      subject: `user:${userId}`,
      details: { email: user.email, role: { from: user.role, to: chosen } },
    });
  });
}
