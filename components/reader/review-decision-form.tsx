// The outside reviewer's decision under the piece: approve, or ask for changes with a comment
// (required then; the server checks it again, lib/editorial/review-links.ts).
import { ActionForm } from "@/components/ui/action-form";
import { decideReviewAction } from "@/lib/actions/review-links";

export function ReviewDecisionForm({ token }: { token: string }) {
  return (
    <section className="outside-review-decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Your decision</h2>
      <ActionForm action={decideReviewAction} submitLabel="Send my decision" pendingLabel="Sending…">
        <input type="hidden" name="token" value={token} />
        <fieldset className="outside-review-decision__choices">
          <legend>Do you approve this piece for publication?</legend>
          <div className="checkbox">
            <input type="radio" id="decision-approved" name="decision" value="approved" required />
            <label htmlFor="decision-approved">Approve it as it is</label>
          </div>
          <div className="checkbox">
            <input type="radio" id="decision-changes" name="decision" value="changes_requested" />
            <label htmlFor="decision-changes">Ask for changes</label>
          </div>
        </fieldset>
        <label htmlFor="comment">Comment (required when you ask for changes)</label>
        <textarea id="comment" name="comment" rows={5} maxLength={4000} />
      </ActionForm>
    </section>
  );
}
