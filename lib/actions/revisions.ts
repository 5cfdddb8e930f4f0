"use server";
// Restoring an earlier revision from the history page; lib/editorial/revision-history checks the
// permission and saves through the optimistic lock.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { restoreRevision } from "../editorial/revision-history";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

export const restoreRevisionAction = defineFormAction(
  z.object({
    articleId: z.string().min(1),
    revision: z.coerce.number().int().positive("Which revision?"),
    baseVersion: z.coerce.number().int().positive(),
  }),
  async (user, input) => {
    await restoreRevision(user, input.articleId, input.revision, input.baseVersion);
    revalidatePath(paths.studio.home(), "layout");
    redirect(paths.studio.history(input.articleId, { restored: input.revision }));
  },
);
