"use server";
// The site settings form on /studio/admin/settings. The action checks the form's shape; the lib
// function checks the permission and every field.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateSiteSettings } from "../admin/site-settings";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

const fields = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export const updateSiteSettingsAction = defineFormAction(fields, async (user, input) => {
  await updateSiteSettings(user, input);
  // The studio shows times in the site's time zone: its pages render afresh too.
  revalidatePath(paths.studio.home(), "layout");
  return { message: "Settings saved. The public pages show them from now on." };
});
