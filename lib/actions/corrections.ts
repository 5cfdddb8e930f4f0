"use server";
// Appending a public correction from the overview page; lib/editorial/corrections checks the permission.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { appendCorrection } from "../editorial/corrections";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

export const postCorrection = defineFormAction(
  z.object({ articleId: z.string().min(1), body: z.string({ error: "Write the correction first." }) }),
  async (user, input) => {
    await appendCorrection(user, input.articleId, input.body);
    revalidatePath(paths.studio.article(input.articleId));
    return "Correction appended. Readers see it under the piece.";
  },
);
