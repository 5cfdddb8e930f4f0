"use server";
// Editorial comments on the overview page; lib/editorial/comments checks who may see and write them.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addEditorialComment, setThreadResolved } from "../editorial/comments";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

export const postEditorialComment = defineFormAction(
  z.object({ articleId: z.string().min(1), parentId: z.string().min(1).optional(), body: z.string({ error: "Write a comment first." }) }),
  async (user, input) => {
    await addEditorialComment(user, input.articleId, { body: input.body, parentId: input.parentId });
    revalidatePath(paths.studio.article(input.articleId));
    return input.parentId ? "Reply posted." : "Comment posted.";
  },
);

export const resolveEditorialThread = defineFormAction(
  z.object({ articleId: z.string().min(1), commentId: z.string().min(1), resolved: z.enum(["true", "false"]) }),
  async (user, input) => {
    await setThreadResolved(user, input.commentId, input.resolved === "true");
    revalidatePath(paths.studio.article(input.articleId));
    return input.resolved === "true" ? "Thread resolved." : "Thread reopened.";
  },
);
