// The signed-in user a lib function receives, from a real session row.
import { createSession, resolveSession } from "@/lib/accounts/sessions";

export async function actorFor(user: { id: string }) {
  const actor = await resolveSession((await createSession(user.id)).id);
  if (!actor) throw new Error("The test user cannot sign in.");
  return actor;
}
