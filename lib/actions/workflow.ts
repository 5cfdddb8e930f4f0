"use server";
// Status changes from the studio's overview page. Each calls lib/editorial/workflow, which checks
// the session's user, the permission and the current state itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publishBackdatedAtSiteTime, scheduleAtSiteTime, transition, transitionNames } from "../editorial/workflow";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

/** Taking a piece off the public site is confirmed with a tick, checked here on the server. */
const destructive = new Set(["unpublish", "archive"]);

const transitionForm = z
  .object({
    articleId: z.string().min(1, "Which piece?"),
    transition: z.enum(transitionNames, { error: "Unknown action." }),
    reason: z.string().max(4000, "The reason is at most 4,000 characters.").optional(),
    publishAt: z.string().max(40).optional(),
    /** "Original publication date (archive piece)": a day in the past, with publish only. */
    originalDate: z.string().max(40).optional(),
    confirm: z.literal("yes").optional(),
  })
  .superRefine((input, ctx) => {
    if (destructive.has(input.transition) && input.confirm !== "yes") {
      ctx.addIssue({
        code: "custom",
        path: ["confirm"],
        message: `Tick the box to confirm that you want to ${input.transition} this piece.`,
      });
    }
  });

export const runTransitionAction = defineFormAction(transitionForm, async (user, input) => {
  if (input.transition === "schedule") await scheduleAtSiteTime(user, input.articleId, input.publishAt ?? "");
  else if (input.transition === "publish" && input.originalDate?.trim()) {
    await publishBackdatedAtSiteTime(user, input.articleId, input.originalDate);
  } else await transition(user, input.articleId, input.transition, { reason: input.reason });
  revalidatePath(paths.studio.home(), "layout");
  // The page shows what happened; the button that was pressed may no longer be offered.
  redirect(paths.studio.article(input.articleId, { done: input.transition }));
});
