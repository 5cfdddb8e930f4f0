// Above the editor: the piece's state, and while it is returned the editor's reason with a way to
// the discussion, so a writer fixing it sees what to fix where they fix it.
import Link from "next/link";
import type { EditingStatus } from "@/lib/editorial/editing-status";
import { SiteTime } from "@/components/ui/site-time";
import { paths } from "@/lib/platform/paths";
import { StatusBadge } from "./status-badge";
import { DiscardDraft } from "./discard-draft";

export function EditingStatusPanel({ articleId, editing, timeZone }: { articleId: string; editing: EditingStatus; timeZone: string }) {
  const request = editing.lastRequest;
  return (
    <div className="editing-status">
      <p className="editing-status__state">
        Status: <StatusBadge status={editing.status} />
      </p>
      {request ? (
        <section aria-labelledby="editing-request-heading" className="panel panel--warning editing-status__request">
          <h2 id="editing-request-heading">Changes requested</h2>
          <p className="meta">
            {request.user?.name ?? "An editor"} on <SiteTime date={request.createdAt} timeZone={timeZone} />:
          </p>
          <p className="comment__body">{request.reason}</p>
          <p>
            <Link href={`${paths.studio.article(articleId)}#comments-heading`}>Discuss it in the editorial comments</Link>
          </p>
        </section>
      ) : null}
      {editing.mayDiscard ? <DiscardDraft articleId={articleId} /> : null}
    </div>
  );
}
