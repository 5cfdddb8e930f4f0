"use server";
// Writing a piece: create it, save its working copy, and read the saved version when two
// saves crossed. Every check happens in lib/editorial/working-copy.
import { z } from "zod";
import { articleInput, createArticle, getCurrentVersion, saveArticle } from "../editorial/working-copy";
import { defineAction } from "./define";
import { savedFields } from "../editorial/saved-answer";

export const createArticleAction = defineAction(articleInput, async (user, input) => savedFields(await createArticle(user, input)));

export const saveArticleAction = defineAction(
  z.object({ id: z.string().min(1), baseVersion: z.number().int().positive(), article: articleInput }),
  async (user, { id, baseVersion, article }) => savedFields(await saveArticle(user, id, baseVersion, article)),
);

export const getCurrentVersionAction = defineAction(
  z.object({ id: z.string().min(1), baseVersion: z.number().int().positive().optional() }),
  (user, { id, baseVersion }) => getCurrentVersion(user, id, baseVersion),
);
