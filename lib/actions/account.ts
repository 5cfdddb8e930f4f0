"use server";
// The signed-in person's own account: /studio/account.
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOutEverywhere } from "../accounts/sessions";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

/** Ends every session of the caller, on every device; this browser lands on the sign-in page. */
export const signOutEverywhereAction = defineFormAction(z.object({}), async (user) => {
  await signOutEverywhere(user);
  redirect(paths.signIn({ signedOut: "everywhere" }));
});
