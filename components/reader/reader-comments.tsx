import "@/app/styles/machines.css";
import { publicComments } from "@/lib/reader/cache/reads";
import { formatDate } from "@/lib/platform/site-settings";
import { CommentForm } from "./comment-form";

/** Approved comments, oldest first, as escaped plain text (line breaks kept by CSS), then the form. */
export async function ReaderComments({ slug, timeZone }: { slug: string; timeZone: string }) {
  const comments = await publicComments(slug);
  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments{comments.length ? ` (${comments.length})` : ""}</h2>
      {comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
      {comments.length ? (
        <ol className="comment-list">
          {comments.map((c) => (
            <li key={c.id}>
              <p className="comment__meta">
                <strong>{c.name}</strong> · <time dateTime={c.createdAt}>{formatDate(new Date(c.createdAt), timeZone)}</time>
              </p>
              <p className="comment__body">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <CommentForm slug={slug} />
    </section>
  );
}
