// Editorial threads on the overview page: open threads in full, resolved ones folded away.
// Bodies are plain text rendered as React text, so they are always escaped.
import { addEditorialCommentAction, setThreadResolvedAction } from "@/lib/actions/comments";
import type { EditorialThread } from "@/lib/editorial/comments";
import { SiteTime } from "@/components/ui/site-time";
import { ActionForm } from "@/components/ui/action-form";

function Comment({ who, when, body, timeZone }: { who: string; when: Date; body: string; timeZone: string }) {
  return (
    <>
      <p className="comment__meta">
        <strong>{who}</strong> · <SiteTime date={when} timeZone={timeZone} />
      </p>
      <p className="comment__body">{body}</p>
    </>
  );
}

function Thread({ thread, articleId, timeZone }: { thread: EditorialThread; articleId: string; timeZone: string }) {
  const resolved = Boolean(thread.resolvedAt);
  return (
    <>
      <Comment who={thread.author.name} when={thread.createdAt} body={thread.body} timeZone={timeZone} />
      {thread.replies.length ? (
        <ol className="thread__replies" aria-label={`Replies to ${thread.author.name}`}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <Comment who={reply.author.name} when={reply.createdAt} body={reply.body} timeZone={timeZone} />
            </li>
          ))}
        </ol>
      ) : null}
      <div className="thread__actions">
        {!resolved ? (
          <details className="thread__reply">
            <summary>Reply</summary>
            <ActionForm
              action={addEditorialCommentAction}
              submitLabel="Post reply"
              pendingLabel="Working…"
              resetOnSuccess
              className="form form--compact"
            >
              <input type="hidden" name="articleId" value={articleId} />
              <input type="hidden" name="parentId" value={thread.id} />
              <label htmlFor={`reply-${thread.id}`}>Your reply</label>
              <textarea id={`reply-${thread.id}`} name="body" rows={3} required maxLength={10000} />
            </ActionForm>
          </details>
        ) : null}
        <ActionForm
          action={setThreadResolvedAction}
          submitLabel={resolved ? "Reopen thread" : "Resolve thread"}
          pendingLabel="Working…"
          className="form form--inline"
          buttonClassName="button button--quiet"
        >
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="commentId" value={thread.id} />
          <input type="hidden" name="resolved" value={resolved ? "false" : "true"} />
        </ActionForm>
      </div>
    </>
  );
}

export function EditorialThreadList({ threads, articleId, timeZone }: { threads: EditorialThread[]; articleId: string; timeZone: string }) {
  return (
    <>
      {threads.length === 0 ? <p className="muted">No comments yet.</p> : null}
      <ol className="threads">
        {threads.map((thread) => (
          <li key={thread.id} className={thread.resolvedAt ? "thread thread--resolved" : "thread"}>
            {thread.resolvedAt ? (
              <details>
                <summary>
                  Resolved thread started by {thread.author.name}
                  {thread.resolvedBy ? `, resolved by ${thread.resolvedBy.name}` : ""} ({thread.replies.length + 1}{" "}
                  {thread.replies.length ? "comments" : "comment"})
                </summary>
                <Thread thread={thread} articleId={articleId} timeZone={timeZone} />
              </details>
            ) : (
              <Thread thread={thread} articleId={articleId} timeZone={timeZone} />
            )}
          </li>
        ))}
      </ol>
      <ActionForm action={addEditorialCommentAction} submitLabel="Post comment" pendingLabel="Working…" resetOnSuccess>
        <input type="hidden" name="articleId" value={articleId} />
        <label htmlFor="new-comment">New comment</label>
        <textarea id="new-comment" name="body" rows={4} required maxLength={10000} />
      </ActionForm>
    </>
  );
}
