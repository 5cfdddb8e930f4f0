"use server";
// The media library's forms (/studio/media/<id>): an image's texts and focal point, and its deletion.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteMedia, updateMedia } from "../media/library";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

const id = z.string().min(1).max(64);
// The fields are checked by lib/media/library.ts's schema.
const value = z.string();

export const updateMediaAction = defineFormAction(z.object({ id }).catchall(value), async (user, { id, ...input }) => {
  const item = await updateMedia(user, id, input);
  revalidatePath(paths.studio.media());
  revalidatePath(paths.studio.mediaItem(id));
  return { message: "Saved.", item };
});

export const deleteMediaAction = defineFormAction(z.object({ id }), async (user, { id }) => {
  await deleteMedia(user, id);
  const list = paths.studio.media();
  revalidatePath(list);
  redirect(list);
});
