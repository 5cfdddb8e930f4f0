"use server";
// Writing a piece: create it, save its working copy, and read the saved version when two
// saves crossed. Every check happens in lib/editorial/working-copy.
import { z } from "zod";
import { createArticle, getCurrentVersion, saveArticle } from "../editorial/working-copy";
import { parsedByReceiver } from "../platform/validation";
import { defineAction } from "./define";
import { savedFields } from "../editorial/saved-answer";

// The piece is parsed once, by the lib function (lib/editorial/working-copy.ts).
export const createArticleAction = defineAction(parsedByReceiver, async (user, input) => savedFields(await createArticle(user, input)));

export const saveArticleAction = defineAction(
  z.object({ id: z.string().min(1), baseVersion: z.number().int().positive(), article: parsedByReceiver }),
  async (user, { id, baseVersion, article }) => savedFields(await saveArticle(user, id, baseVersion, article)),
);

export const getCurrentVersionAction = defineAction(
  z.object({ id: z.string().min(1), baseVersion: z.number().int().positive().optional() }),
  (user, { id, baseVersion }) => getCurrentVersion(user, id, baseVersion),
);
