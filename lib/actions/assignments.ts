"use server";
// A piece's assigned editor, due date and priority, set from its overview (lib/editorial/assignments.ts checks who may).
import { refresh } from "next/cache";
import { z } from "zod";
import { setAssignment } from "../editorial/assignments";
import { defineFormAction } from "./define";

export const setAssignmentAction = defineFormAction(
  z.object({
    articleId: z.string().min(1),
    assignedEditorId: z.string().default(""),
    dueOn: z.string().default(""),
    priority: z.string().default("normal"),
  }),
  async (user, { articleId, ...assignment }) => {
    await setAssignment(user, articleId, assignment);
    refresh();
    return { message: "Assignment saved." };
  },
);
