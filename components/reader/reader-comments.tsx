import "@/app/styles/machines.css";
import { SiteTime } from "@/components/ui/site-time";
import { publicComments } from "@/lib/reader/cache/reads";
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
                <strong>{c.name}</strong> · <SiteTime date={c.createdAt} timeZone={timeZone} format="date" />
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
