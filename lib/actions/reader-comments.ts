"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { clientIp } from "../platform/http/client-ip";
import { commentInput, moderateReaderComment, moderationInput, postReaderComment } from "../reader/comments";
import { defineFormAction } from "./define";

/** A reader's comment from the form under a piece; no session needed. */
export const postReaderCommentAction = defineFormAction(commentInput, async (_user, input) =>
  postReaderComment(input, { ip: clientIp(await headers()) }),
);

export const moderateReaderCommentAction = defineFormAction(moderationInput, async (user, input) => {
  const result = await moderateReaderComment(user, input);
  // The queue is not cached: re-render it so the comment moves to its new place.
  refresh();
  return result;
});
