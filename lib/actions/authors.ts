"use server";
// Author profiles: the forms under /studio/admin/authors.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAuthor, deleteAuthor, updateAuthor } from "../admin/authors";
import { defineFormAction } from "./define";
import { paths } from "../platform/paths";

const LIST = paths.studio.admin.list("authors");
// The shape of the form; lib/admin/authors validates each field.
const fields = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const withId = z.object({ id: z.string().min(1).max(64) }).catchall(z.union([z.string(), z.array(z.string())]));

export const createAuthorAction = defineFormAction(fields, async (user, input) => {
  await createAuthor(user, input);
  revalidatePath(LIST);
  redirect(LIST);
});

export const updateAuthorAction = defineFormAction(withId, async (user, { id, ...input }) => {
  await updateAuthor(user, id, input);
  revalidatePath(LIST);
  redirect(LIST);
});

export const deleteAuthorAction = defineFormAction(withId, async (user, { id }) => {
  await deleteAuthor(user, id);
  revalidatePath(LIST);
  redirect(LIST);
});
