"use server";
// The public /forgot-password and /reset-password/[token] forms. No session is involved:
// the mailbox, then the token, is the credential.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "../platform/http/client-ip";
import { requestPasswordReset, resetPassword } from "../accounts/password-reset";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

export const requestPasswordResetAction = defineFormAction(z.object({ email: z.string() }), async (_user, input) =>
  requestPasswordReset(input, { ip: clientIp(await headers()) }),
);

export const resetPasswordAction = defineFormAction(
  z.object({ token: z.string().max(200), password: z.string() }),
  async (_user, { token, password }) => {
    await resetPassword(token, { password }, { ip: clientIp(await headers()) });
    redirect(paths.signIn({ reset: "done" }));
  },
);
