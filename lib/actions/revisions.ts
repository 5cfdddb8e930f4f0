"use server";
// Restoring an earlier revision from the history page; lib/editorial/revision-history checks the
// permission and saves through the optimistic lock.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { restoreRevision } from "../editorial/revision-history";
import { defineFormAction } from "./define";

export const restoreRevisionAction = defineFormAction(
  z.object({
    articleId: z.string().min(1),
    revision: z.coerce.number().int().positive("Which revision?"),
    baseVersion: z.coerce.number().int().positive(),
  }),
  async (user, input) => {
    await restoreRevision(user, input.articleId, input.revision, input.baseVersion);
    revalidatePath("/studio", "layout");
    redirect(`/studio/articles/${encodeURIComponent(input.articleId)}/history?restored=${input.revision}`);
  },
);
