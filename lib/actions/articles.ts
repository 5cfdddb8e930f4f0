"use server";
// Writing a piece: create it, save its working copy, and read the saved version when two
// saves crossed. Every check happens in lib/editorial/working-copy.
import { z } from "zod";
import { createArticle, getCurrentVersion, saveArticle } from "../editorial/working-copy";
import { parsedByReceiver } from "../platform/validation";
import { defineAction } from "./define";

const savedFields = (article: { id: string; slug: string; version: number; updatedAt: Date }) => ({
  id: article.id,
  slug: article.slug,
  version: article.version,
  savedAt: article.updatedAt.toISOString(),
});

// The piece is parsed once, by the lib function (lib/editorial/working-copy.ts).
export const createArticleAction = defineAction(parsedByReceiver, async (user, input) => savedFields(await createArticle(user, input)));

export const saveArticleAction = defineAction(
  z.object({ id: z.string().min(1), baseVersion: z.number().int().positive(), article: parsedByReceiver }),
  async (user, { id, baseVersion, article }) => savedFields(await saveArticle(user, id, baseVersion, article)),
);

export const getCurrentVersionAction = defineAction(z.object({ id: z.string().min(1) }), (user, { id }) => getCurrentVersion(user, id));
