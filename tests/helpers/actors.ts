// Signed-in people: the user a lib function receives (CurrentUser), from a real session row.
import type { Role } from "@/lib/generated/prisma/enums";
import { createSession, resolveSession } from "@/lib/accounts/sessions";
import { makeUser } from "./db";

/** The signed-in form of an existing user, through a new session. */
export async function actorFor(user: { id: string }) {
  const actor = await resolveSession((await createSession(user.id)).id);
  if (!actor) throw new Error("The test user cannot sign in.");
  return actor;
}

/** A new person with this role (and an author profile), signed in. */
export async function signedIn(role: Role, options: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(role, options);
  return { user, actor: await actorFor(user) };
}
