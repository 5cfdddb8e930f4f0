"use server";
// A writer throwing away their own draft that was never submitted (lib/editorial/discard.ts decides).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { discardDraft } from "../editorial/discard";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

export const discardDraftAction = defineFormAction(
  z.object({
    articleId: z.string().min(1, "Which piece?"),
    confirm: z.literal("yes", { error: "Tick the box to confirm that the draft goes for good." }),
  }),
  async (user, input) => {
    await discardDraft(user, input.articleId);
    revalidatePath(paths.studio.home(), "layout");
    redirect(paths.studio.home({ discarded: "1" }));
  },
);
