"use server";
// Outside review: links sent, revoked and required by editors from a piece's overview page, and
// the decision of a reviewer without an account, from the page their link opens.
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { decideReview, reviewDecisionInput, revokeReviewLink, sendReviewLink, setRequireOutsideApproval } from "../editorial/review-links";
import { clientIp } from "../platform/http/client-ip";
import { defineFormAction } from "./define";

export const sendReviewLinkAction = defineFormAction(
  z.object({ articleId: z.string().min(1), reviewerName: z.string().max(400), reviewerEmail: z.string().max(400) }),
  async (user, { articleId, ...input }) => {
    const link = await sendReviewLink(user, articleId, input);
    // The list of links on the page must show the new one.
    refresh();
    return { message: `Review link sent to ${input.reviewerEmail.trim()}.`, expiresAt: link.expiresAt.toISOString() };
  },
);

export const revokeReviewLinkAction = defineFormAction(z.object({ linkId: z.string().min(1) }), async (user, { linkId }) => {
  const result = await revokeReviewLink(user, linkId);
  refresh();
  return { ...result, message: "Link revoked." };
});

export const setRequireOutsideApprovalAction = defineFormAction(
  // An unticked checkbox sends nothing.
  z.object({ articleId: z.string().min(1), required: z.literal("yes").optional() }),
  async (user, { articleId, required }) => {
    const result = await setRequireOutsideApproval(user, articleId, required === "yes");
    refresh();
    return {
      ...result,
      message: result.required ? "An outside approval is now required before publication." : "No outside approval is required.",
    };
  },
);

/** A reviewer's decision: no session, the token is the authority (and is rate limited like preview links). */
export const decideReviewAction = defineFormAction(reviewDecisionInput, async (_user, input) => {
  const result = await decideReview(input, { ip: clientIp(await headers()) });
  refresh();
  return {
    ...result,
    message: result.decision === "approved" ? "Thank you: your approval is recorded." : "Thank you: your request for changes is recorded.",
  };
});
