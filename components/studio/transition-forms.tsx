// The workflow buttons of the overview page: one small form per action the person may
// take now. The server decides again when the form is sent.
import { runTransitionAction } from "@/lib/actions/workflow";
import { toSiteLocalInput } from "@/lib/platform/dates";
import type { TransitionName } from "@/lib/editorial/workflow";
import { ActionForm } from "@/components/ui/action-form";

const labels: Record<TransitionName, { button: string; hint: string }> = {
  submit: { button: "Submit for review", hint: "Sends the piece to the editors; you can withdraw it until they act." },
  withdraw: { button: "Withdraw from review", hint: "Takes the piece back to draft." },
  requestChanges: { button: "Request changes", hint: "Sends the piece back to its authors with your reason." },
  approve: { button: "Approve", hint: "Ready to publish now or at a set time." },
  publish: { button: "Publish now", hint: "Readers see this version at once." },
  schedule: { button: "Schedule", hint: "Readers see the piece from the time you choose." },
  unpublish: { button: "Unpublish", hint: "Takes the piece off the public site." },
  archive: { button: "Archive", hint: "Takes the piece out of circulation, and off the public site if it is live." },
  newVersion: {
    button: "Start a new version",
    hint: "Reopens the piece as a draft; readers keep the published version until the new one is published.",
  },
};

export function TransitionForms({
  articleId,
  actions,
  timeZone,
  hasLiveCopy,
  mayBackdate,
}: {
  articleId: string;
  actions: TransitionName[];
  timeZone: string;
  hasLiveCopy: boolean;
  /** Editors may publish an archive piece as of its original date; writers never see the control. */
  mayBackdate: boolean;
}) {
  if (actions.length === 0) return <p className="muted">There is nothing for you to do with this piece in its current state.</p>;
  return (
    <ul className="workflow-actions">
      {actions.map((name) => {
        const danger = name === "unpublish" || name === "archive";
        return (
          <li key={name} className={danger ? "workflow-action workflow-action--danger" : "workflow-action"}>
            <ActionForm
              action={runTransitionAction}
              submitLabel={labels[name].button}
              pendingLabel="Working…"
              resetOnSuccess
              className="form form--compact"
              buttonClassName={danger ? "button button--danger" : "button"}
            >
              <input type="hidden" name="articleId" value={articleId} />
              <input type="hidden" name="transition" value={name} />
              <p className="workflow-action__hint muted" id={`hint-${name}`}>
                {labels[name].hint}
              </p>
              {name === "requestChanges" ? (
                <>
                  <label htmlFor="reason">What needs to change (required)</label>
                  <textarea id="reason" name="reason" rows={4} required maxLength={4000} aria-describedby={`hint-${name}`} />
                </>
              ) : null}
              {name === "publish" && mayBackdate ? (
                // Apart from "Schedule" on purpose: a date here is in the past and the piece goes live now.
                <fieldset className="workflow-action__archive">
                  <legend>Original publication date (archive piece)</legend>
                  <p className="muted" id="hint-originalDate">
                    Only for a piece first published elsewhere: it goes live now, dated and sorted as of this day. Leave empty to publish
                    with today&apos;s date.
                  </p>
                  <label htmlFor="originalDate">First published on ({timeZone} date)</label>
                  <input
                    id="originalDate"
                    name="originalDate"
                    type="date"
                    max={toSiteLocalInput(new Date(), timeZone).slice(0, 10)}
                    aria-describedby="hint-originalDate"
                  />
                </fieldset>
              ) : null}
              {name === "schedule" ? (
                <>
                  <label htmlFor="publishAt">Publish at ({timeZone} time)</label>
                  <input
                    id="publishAt"
                    name="publishAt"
                    type="datetime-local"
                    required
                    min={toSiteLocalInput(new Date(), timeZone)}
                    aria-describedby={`hint-${name}`}
                  />
                </>
              ) : null}
              {danger ? (
                <label className="checkbox">
                  <input type="checkbox" name="confirm" value="yes" required />
                  {name === "unpublish" || hasLiveCopy
                    ? " I understand that readers will no longer find this piece."
                    : ` Yes, ${name} this piece.`}
                </label>
              ) : null}
            </ActionForm>
          </li>
        );
      })}
    </ul>
  );
}
