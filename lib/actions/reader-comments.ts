"use server";

import { headers } from "next/headers";
import { clientIp } from "../client-ip";
import { afterModeration, commentInput, moderateReaderComment, moderationInput, postReaderComment } from "../reader-comments";
import { defineFormAction } from "./define";

/** A reader's comment from the form under a piece; no session needed. */
export const postComment = defineFormAction(commentInput, async (_user, input) => postReaderComment(input, { ip: clientIp(await headers()) }));

export const moderateComment = defineFormAction(moderationInput, async (user, input) => {
  const result = await moderateReaderComment(user, input);
  afterModeration(result.slug);
  return result;
});
