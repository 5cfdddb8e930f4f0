// Users: only admins change roles and access; disabling ends sessions at once; nobody
// can lock themselves out.
import { db } from "@/lib/platform/db";
import { ForbiddenError, NotSignedInError, ValidationError } from "@/lib/platform/errors";
import { resolveSession, createSession } from "@/lib/accounts/sessions";
import { listAccountChoices, listEditorChoices, listUsers, setUserDisabled, setUserRole } from "@/lib/accounts/users";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";

let admin: Awaited<ReturnType<typeof actorFor>>;
let editor: Awaited<ReturnType<typeof actorFor>>;

beforeAll(async () => {
  admin = await actorFor(await makeUser("admin", { name: "Ada Admin" }));
  editor = await actorFor(await makeUser("editor", { name: "Edith Editor" }));
});

test("the user list shows role, status and when each person was last seen", async () => {
  const idle = await makeUser("writer", { name: "Never Signed In" });
  const users = await listUsers(admin);
  expect(users.find((u) => u.id === idle.id)).toMatchObject({ role: "writer", disabled: false, lastSeenAt: null });
  expect(users.find((u) => u.id === admin.id)?.lastSeenAt).toBeInstanceOf(Date);
  await expect(listUsers(editor)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(listUsers(null)).rejects.toBeInstanceOf(NotSignedInError);
});

test("an admin changes a role; it takes effect on the next request and is audited", async () => {
  const user = await makeUser("writer");
  const session = await createSession(user.id);
  await setUserRole(admin, user.id, "editor");
  expect((await resolveSession(session.id))?.role).toBe("editor");
  const event = await db.auditEvent.findFirstOrThrow({ where: { action: "users.changeRole", subject: `user:${user.id}` } });
  expect(event).toMatchObject({ actorId: admin.id, details: { email: user.email, role: { from: "writer", to: "editor" } } });
  await expect(setUserRole(admin, user.id, "overlord")).rejects.toThrow('"overlord" is not a role: choose writer, editor or admin.');
  await expect(setUserRole(admin, user.id, "overlord")).rejects.toBeInstanceOf(ValidationError);
});

test("an admin disables a user: their sessions end and they cannot sign in until enabled", async () => {
  const user = await makeUser("editor");
  const session = await createSession(user.id);
  await setUserDisabled(admin, user.id, true);
  expect(await resolveSession(session.id)).toBeNull();
  expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
  expect((await listUsers(admin)).find((u) => u.id === user.id)?.disabled).toBe(true);

  await setUserDisabled(admin, user.id, false);
  expect(await resolveSession((await createSession(user.id)).id)).not.toBeNull();
  const actions = await db.auditEvent.findMany({ where: { subject: `user:${user.id}` }, orderBy: { createdAt: "asc" } });
  expect(actions.map((a) => a.action)).toEqual(["users.disable", "users.enable"]);
});

test("an admin cannot disable or demote themselves", async () => {
  await expect(setUserDisabled(admin, admin.id, true)).rejects.toThrow(
    "You cannot change your own account's role or access; ask another administrator.",
  );
  await expect(setUserRole(admin, admin.id, "writer")).rejects.toBeInstanceOf(ForbiddenError);
  expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", disabled: false });
});

test("editors, writers and anonymous visitors cannot change roles or access", async () => {
  const user = await makeUser("writer");
  const writer = await actorFor(await makeUser("writer"));
  await expect(setUserRole(editor, user.id, "admin")).rejects.toBeInstanceOf(ForbiddenError);
  await expect(setUserRole(writer, user.id, "admin")).rejects.toBeInstanceOf(ForbiddenError);
  await expect(setUserDisabled(null, user.id, true)).rejects.toBeInstanceOf(NotSignedInError);
  expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "writer", disabled: false });
});

test("pickers: division editors are active editors and admins; author accounts are those without a profile", async () => {
  const disabled = await makeUser("editor", { disabled: true });
  const writer = await makeUser("writer", { withAuthor: false });
  const editors = (await listEditorChoices(editor)).map((u) => u.id);
  expect(editors).toEqual(expect.arrayContaining([admin.id, editor.id]));
  expect(editors).not.toContain(disabled.id);
  expect(editors).not.toContain(writer.id);
  const accounts = (await listAccountChoices(editor, null)).map((u) => u.id);
  expect(accounts).toContain(writer.id);
  expect(accounts).not.toContain(admin.id);
  await expect(listEditorChoices(await actorFor(writer))).rejects.toBeInstanceOf(ForbiddenError);
});
