// A piece's outside review on its overview page: the links sent to reviewers without an account,
// with what each said, the form to send another, and whether an outside approval is required
// before publication (lib/editorial/review-links.ts). The server decides again on every form.
import { ActionForm } from "@/components/ui/action-form";
import { SiteTime } from "@/components/ui/site-time";
import { revokeReviewLinkAction, sendReviewLinkAction, setRequireOutsideApprovalAction } from "@/lib/actions/review-links";
import type { ReviewLinkList, ReviewLinkStatus } from "@/lib/editorial/review-links";
import "@/app/styles/outside-review.css";

const statusLabels: Record<ReviewLinkStatus, string> = {
  waiting: "Waiting",
  approved: "Approved",
  changes_requested: "Changes asked",
  revoked: "Revoked",
  expired: "Expired",
};

export function OutsideReview({ articleId, review, timeZone }: { articleId: string; review: ReviewLinkList; timeZone: string }) {
  const { links, manage } = review;
  return (
    <section aria-labelledby="outside-review-heading" className="outside-review">
      <h2 id="outside-review-heading">Outside review</h2>
      {review.requireOutsideApproval ? (
        <p className={review.approvedNow ? "notice" : "notice notice--info"}>
          {review.approvedNow
            ? "An outside reviewer has approved the current text, so it may be published."
            : "This piece needs an outside reviewer's approval of its current text before it can be published or scheduled."}
        </p>
      ) : null}
      {links.length ? (
        <ul className="piece-list outside-review__links">
          {links.map((link) => (
            <li key={link.id}>
              <p className="piece-list__title">
                {link.reviewerName}
                {link.reviewerEmail ? <span className="muted"> ({link.reviewerEmail})</span> : null}{" "}
                <span className={`status status--review-${link.status}`}>{statusLabels[link.status]}</span>
              </p>
              <p className="piece-list__detail">
                Sent by {link.sentBy} <SiteTime date={link.createdAt} timeZone={timeZone} format="ago" />
                {link.status === "waiting" ? (
                  <>
                    ; open until <SiteTime date={link.expiresAt} timeZone={timeZone} />
                  </>
                ) : null}
                {link.decidedAt ? (
                  <>
                    ; answered <SiteTime date={link.decidedAt} timeZone={timeZone} format="ago" />
                  </>
                ) : null}
                {link.current ? "" : ". The text has changed since it was sent."}
              </p>
              {link.comment ? <p className="quote">{link.comment}</p> : null}
              {manage && link.status === "waiting" ? (
                <ActionForm
                  action={revokeReviewLinkAction}
                  submitLabel="Revoke"
                  pendingLabel="Revoking…"
                  className="form form--inline"
                  buttonClassName="button button--quiet"
                  confirmMessage={`Revoke the link sent to ${link.reviewerName}? It will open nothing afterwards.`}
                >
                  <input type="hidden" name="linkId" value={link.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No review links sent.</p>
      )}
      {review.maySend ? (
        <ActionForm action={sendReviewLinkAction} submitLabel="Send review link" pendingLabel="Sending…" resetOnSuccess>
          <input type="hidden" name="articleId" value={articleId} />
          <p className="field-hint">
            The reviewer needs no account: they get a link by mail, for them alone, to read the piece and approve it or ask for changes. It
            works for 14 days, for the text as it is now.
          </p>
          <label htmlFor="reviewerName">Reviewer’s name</label>
          <input id="reviewerName" name="reviewerName" type="text" required maxLength={200} autoComplete="off" />
          <label htmlFor="reviewerEmail">Reviewer’s email</label>
          <input id="reviewerEmail" name="reviewerEmail" type="email" required maxLength={254} autoComplete="off" />
        </ActionForm>
      ) : null}
      {manage ? (
        <ActionForm action={setRequireOutsideApprovalAction} submitLabel="Save requirement" pendingLabel="Saving…">
          <input type="hidden" name="articleId" value={articleId} />
          <div className="checkbox">
            <input type="checkbox" id="requireOutsideApproval" name="required" value="yes" defaultChecked={review.requireOutsideApproval} />
            <label htmlFor="requireOutsideApproval">Require an outside approval of the current text before publishing</label>
          </div>
        </ActionForm>
      ) : null}
    </section>
  );
}
