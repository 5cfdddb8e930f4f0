"use server";
// Setting a piece's DOI, licence and provenance from its overview page; lib/editorial/identifiers checks the permission.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setArticleIdentifiers } from "../editorial/identifiers";
import { paths } from "../platform/paths";
import { defineFormAction } from "./define";

export const setArticleIdentifiersAction = defineFormAction(
  z.object({
    articleId: z.string().min(1),
    version: z.string(),
    doi: z.string().optional(),
    licence: z.string().optional(),
    firstPublishedIn: z.string().optional(),
    canonicalUrl: z.string().optional(),
  }),
  async (user, { articleId, ...input }) => {
    await setArticleIdentifiers(user, articleId, input);
    revalidatePath(paths.studio.article(articleId));
    return "Identifiers and licence saved. The licence and provenance reach readers with the next publication; a DOI at once.";
  },
);
