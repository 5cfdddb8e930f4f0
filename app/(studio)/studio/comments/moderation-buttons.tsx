"use client";

import { useActionState } from "react";
import { moderateReaderCommentAction } from "@/lib/actions/reader-comments";

const done = { approved: "Approved.", rejected: "Rejected.", spam: "Marked as spam." } as const;

/** Approve / reject / spam for one comment; a plain form POST when scripts are off. */
export function ModerationButtons({ id, status, who }: { id: string; status: string; who: string }) {
  const [state, action, pending] = useActionState(moderateReaderCommentAction, null);
  return (
    <form action={action} className="moderation">
      <input type="hidden" name="id" value={id} />
      <div className="moderation__buttons" role="group" aria-label={`Moderate the comment from ${who}`}>
        {status !== "approved" ? (
          <button
            type="submit"
            name="decision"
            value="approve"
            className="moderation__button moderation__button--approve"
            disabled={pending}
          >
            Approve
          </button>
        ) : null}
        {status !== "rejected" ? (
          <button type="submit" name="decision" value="reject" className="moderation__button" disabled={pending}>
            Reject
          </button>
        ) : null}
        {status !== "spam" ? (
          <button type="submit" name="decision" value="spam" className="moderation__button" disabled={pending}>
            Spam
          </button>
        ) : null}
      </div>
      <p className="moderation__result" role="status">
        {state?.ok ? done[state.data.status] : null}
      </p>
      {state && !state.ok ? (
        <p className="form__error" role="alert">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
