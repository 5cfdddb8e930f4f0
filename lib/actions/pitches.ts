"use server";
// Pitches: filed by writers and editors, accepted or declined by editors (lib/editorial/pitches.ts checks who may).
import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { z } from "zod";
import { acceptPitch, declinePitch, filePitch } from "../editorial/pitches";
import { paths } from "../platform/paths";
import { parsedByReceiver } from "../platform/validation";
import { defineFormAction } from "./define";

/** The fields are parsed once, by the lib function, so its refusals name the form's fields. */
export const filePitchAction = defineFormAction(parsedByReceiver, async (user, input) => {
  const pitch = await filePitch(user, input);
  redirect(paths.studio.pitch(pitch.id));
});

export const acceptPitchAction = defineFormAction(
  z.object({
    pitchId: z.string().min(1),
    assignedEditorId: z.string().default(""),
    dueOn: z.string().default(""),
    priority: z.string().default("normal"),
  }),
  async (user, { pitchId, ...assignment }) => {
    const { articleId } = await acceptPitch(user, pitchId, assignment);
    redirect(paths.studio.article(articleId));
  },
);

export const declinePitchAction = defineFormAction(
  z.object({ pitchId: z.string().min(1), reason: z.string().default("") }),
  async (user, { pitchId, reason }) => {
    await declinePitch(user, pitchId, { reason });
    refresh();
    return { message: "The pitch was declined and its filer told by mail." };
  },
);
