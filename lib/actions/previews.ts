"use server";
// Share links for draft previews: created and revoked by editors from the preview page.
import { refresh } from "next/cache";
import { z } from "zod";
import { createPreviewLink, DEFAULT_LINK_DAYS, revokePreviewLink } from "../editorial/previews";
import { absoluteUrl } from "../platform/site-settings";
import { defineFormAction } from "./define";

export const createPreviewLinkAction = defineFormAction(
  z.object({ articleId: z.string().min(1), days: z.coerce.number().default(DEFAULT_LINK_DAYS) }),
  async (user, { articleId, days }) => {
    const link = await createPreviewLink(user, articleId, { days });
    // The list of links on the page must show the new one.
    refresh();
    return { url: await absoluteUrl(link.path), expiresAt: link.expiresAt.toISOString() };
  },
);

export const revokePreviewLinkAction = defineFormAction(z.object({ linkId: z.string().min(1) }), async (user, { linkId }) => {
  const result = await revokePreviewLink(user, linkId);
  refresh();
  return result;
});
