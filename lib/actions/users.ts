"use server";
// Users and invitations: the forms on /studio/admin/users and the public /invite/[token] page.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "../platform/http/client-ip";
import { acceptInvitation, createInvitation, revokeInvitation } from "../accounts/invitations";
import { smtpConfigured } from "../platform/mail";
import { setUserDisabled, setUserRole } from "../accounts/users";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

const USERS_PATH = paths.studio.admin.list("users");
const id = z.string().trim().min(1, "Choose a user.").max(64);

export const inviteUserAction = defineFormAction(z.object({ email: z.string(), role: z.string() }), async (user, input) => {
  const { invitation, link } = await createInvitation(user, input);
  revalidatePath(USERS_PATH);
  // Without SMTP the mail waits in the outbox, so the admin gets the link to pass on.
  return {
    message: smtpConfigured()
      ? `Invitation sent to ${invitation.email}.`
      : `Invitation for ${invitation.email} is waiting in the outbox (no mail server is configured). You can send them this link: ${link}`,
  };
});

export const revokeInvitationAction = defineFormAction(z.object({ invitationId: id }), async (user, { invitationId }) => {
  await revokeInvitation(user, invitationId);
  revalidatePath(USERS_PATH);
  return { message: "Invitation revoked." };
});

export const changeRoleAction = defineFormAction(z.object({ userId: id, role: z.string() }), async (user, { userId, role }) => {
  await setUserRole(user, userId, role);
  revalidatePath(USERS_PATH);
  return { message: "Role changed." };
});

export const setDisabledAction = defineFormAction(
  z.object({ userId: id, disabled: z.enum(["true", "false"]) }),
  async (user, { userId, disabled }) => {
    await setUserDisabled(user, userId, disabled === "true");
    revalidatePath(USERS_PATH);
    return { message: disabled === "true" ? "Account disabled; its sessions have ended." : "Account enabled." };
  },
);

/** Public: the token is the credential. The signed-in user, if any, plays no part. */
export const acceptInvitationAction = defineFormAction(
  z.object({ token: z.string().max(200), name: z.string(), password: z.string() }),
  async (_user, { token, ...input }) => {
    await acceptInvitation(token, input, { ip: clientIp(await headers()) });
    redirect(paths.signIn({ callbackUrl: paths.studio.home() }));
  },
);
