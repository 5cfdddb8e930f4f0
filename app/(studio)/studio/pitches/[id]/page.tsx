import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentFields } from "@/components/studio/desk/assignment-fields";
import { ActionForm } from "@/components/ui/action-form";
import { SiteTime } from "@/components/ui/site-time";
import { acceptPitchAction, declinePitchAction } from "@/lib/actions/pitches";
import { requireUser } from "@/lib/accounts/auth";
import { assignableEditors } from "@/lib/editorial/assignments";
import { getPitch, pitchStatusLabels } from "@/lib/editorial/pitches";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { paths } from "@/lib/platform/paths";
import "@/app/styles/admin.css";
import "@/app/styles/desk.css";

export const metadata: Metadata = { title: "Pitch · Studio", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function PitchPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(paths.studio.pitch(id));
  const [{ pitch, mayDecide }, site] = await Promise.all([orNotFound(getPitch(user, id)), getSiteSettings()]);
  const editors = mayDecide ? await assignableEditors() : [];
  const tz = site.timeZone;

  return (
    <div className="overview">
      <p className="kicker">
        <Link href={paths.studio.pitches()}>Pitches</Link>
      </p>
      <h1 className="page-title">{pitch.workingTitle}</h1>
      <section aria-labelledby="pitch-facts" className="panel">
        <h2 id="pitch-facts">The pitch</h2>
        <dl className="facts">
          <dt>State</dt>
          <dd>
            <span className={`pitch-state pitch-state--${pitch.status}`}>{pitchStatusLabels[pitch.status]}</span>
          </dd>
          <dt>Proposed author</dt>
          <dd>{pitch.proposedAuthor?.displayName ?? "None"}</dd>
          <dt>Division</dt>
          <dd>{pitch.division?.name ?? "None"}</dd>
          <dt>Filed</dt>
          <dd>
            <SiteTime date={pitch.createdAt} timeZone={tz} /> by {pitch.filedBy.name}
          </dd>
          {pitch.decidedAt ? (
            <>
              <dt>Decided</dt>
              <dd>
                <SiteTime date={pitch.decidedAt} timeZone={tz} />
                {pitch.decidedBy ? ` by ${pitch.decidedBy.name}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        <h3>Summary</h3>
        <p className="comment__body">{pitch.summary}</p>
      </section>

      {pitch.status === "accepted" && pitch.articleId ? (
        <p className="notice" role="status">
          Accepted: <Link href={paths.studio.article(pitch.articleId)}>open the draft</Link>.
        </p>
      ) : null}
      {pitch.status === "declined" ? (
        <section aria-labelledby="declined-heading" className="panel panel--warning">
          <h2 id="declined-heading">Declined</h2>
          <p className="comment__body">{pitch.declineReason}</p>
        </section>
      ) : null}

      {mayDecide ? (
        <div className="overview__grid">
          <section aria-labelledby="accept-heading" className="panel">
            <h2 id="accept-heading">Accept as a draft</h2>
            <p className="muted">
              The draft carries the working title, the summary as its standfirst and the proposed author on the byline.
            </p>
            <ActionForm action={acceptPitchAction} submitLabel="Accept and create the draft" pendingLabel="Creating the draft…">
              <input type="hidden" name="pitchId" value={pitch.id} />
              <AssignmentFields editors={editors} assignedEditorId={user.id} priority="normal" timeZone={tz} required />
            </ActionForm>
          </section>
          <section aria-labelledby="decline-heading" className="panel">
            <h2 id="decline-heading">Decline</h2>
            <p className="muted">The filer receives the reason by mail.</p>
            <ActionForm
              action={declinePitchAction}
              submitLabel="Decline the pitch"
              pendingLabel="Declining…"
              buttonClassName="button button--quiet"
            >
              <input type="hidden" name="pitchId" value={pitch.id} />
              <label htmlFor="decline-reason">Reason</label>
              <textarea id="decline-reason" name="reason" rows={4} required maxLength={2000} />
            </ActionForm>
          </section>
        </div>
      ) : null}
    </div>
  );
}
