import type { PieceView } from "@/lib/publications";
import { PublicDate } from "./public-date";

/** Approved reader comments, oldest first. The form to post one sits below this. */
export function ReaderComments({ piece, timeZone }: { piece: PieceView; timeZone: string }) {
  return (
    <section className="piece__section comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {piece.comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
      <ol className="comment-list">
        {piece.comments.map((c) => (
          <li key={c.id}>
            <p className="comment__meta">
              <strong>{c.name}</strong> · <PublicDate iso={c.createdAt} timeZone={timeZone} />
            </p>
            <p className="comment__body">{c.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
