"use server";
// Disclaimers: the forms under /studio/admin/disclaimers.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createDisclaimer, deleteDisclaimer, updateDisclaimer } from "../admin/disclaimers";
import { defineFormAction } from "./define";
import { paths } from "../platform/paths";

const LIST = paths.studio.admin.list("disclaimers");
// The shape of the form; lib/admin/disclaimers validates each field.
const fields = z.record(z.string(), z.string());
const withId = z.object({ id: z.string().min(1).max(64) }).catchall(z.string());

export const createDisclaimerAction = defineFormAction(fields, async (user, input) => {
  await createDisclaimer(user, input);
  revalidatePath(LIST);
  redirect(LIST);
});

export const updateDisclaimerAction = defineFormAction(withId, async (user, { id, ...input }) => {
  await updateDisclaimer(user, id, input);
  revalidatePath(LIST);
  redirect(LIST);
});

export const deleteDisclaimerAction = defineFormAction(withId, async (user, { id }) => {
  await deleteDisclaimer(user, id);
  revalidatePath(LIST);
  redirect(LIST);
});
