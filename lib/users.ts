// User accounts: roles and disabling. Only admins manage users; both changes take effect
// on the user's next request because sessions are checked against the database.
import { z } from "zod";
import { db } from "./db";
import { ForbiddenError, NotFoundError, ValidationError } from "./errors";
import { Role } from "./generated/prisma/enums";
import { authorizeSite, type Actor } from "./permissions";
import { revokeAllSessions } from "./sessions";

const roleSchema = z.enum(Role);

async function target(actor: Actor, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("No such user.");
  if (user.id === actor.id) throw new ForbiddenError("You cannot change your own account's role or access; ask another administrator.");
  return user;
}

export async function setUserDisabled(actor: Actor | null, userId: string, disabled: boolean) {
  const admin = authorizeSite(actor, "users.manage");
  await target(admin, userId);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabled, disabledAt: disabled ? new Date() : null } }),
    db.auditEvent.create({ data: { actorId: admin.id, action: disabled ? "users.disable" : "users.enable", subject: `user:${userId}` } }),
  ]);
  if (disabled) await revokeAllSessions(userId);
}

export async function setUserRole(actor: Actor | null, userId: string, role: unknown) {
  const admin = authorizeSite(actor, "users.manage");
  const parsed = roleSchema.safeParse(role);
  if (!parsed.success) throw new ValidationError(`"${String(role)}" is not a role: choose writer, editor or admin.`);
  const user = await target(admin, userId);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { role: parsed.data } }),
    db.auditEvent.create({
      data: { actorId: admin.id, action: "users.changeRole", subject: `user:${userId}`, details: { from: user.role, to: parsed.data } },
    }),
  ]);
}
