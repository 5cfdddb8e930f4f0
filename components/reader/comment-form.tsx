"use client";

import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import { postReaderCommentAction } from "@/lib/actions/reader-comments";

/** The server refuses longer comments (lib/reader/comments); the browser stops typing at it. */
const MAX = 5000;

/**
 * Posts without JavaScript (a plain form POST to the server action). With JavaScript the
 * answer appears inline, and the typed text stays in place when the comment is refused.
 */
export function CommentForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(postReaderCommentAction, null);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);

  // React resets a form after its action runs; submitting by hand keeps the fields on an error.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined);
  const errorId = (name: string) => (fieldError(name) ? `comment-${name}-error` : undefined);

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="form comment-form" aria-labelledby="comment-form-heading">
      <h3 id="comment-form-heading">Add a comment</h3>
      <p className="muted comment-form__note">Comments appear once an editor has approved them. Your email address is never shown.</p>
      {state?.ok ? (
        <p className="comment-form__thanks" role="status">
          {state.data.message}
        </p>
      ) : null}
      {state && !state.ok ? (
        <p className="form__error" role="alert">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="slug" value={slug} />
      <label htmlFor="comment-name">Name</label>
      <input
        id="comment-name"
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        aria-invalid={Boolean(fieldError("name"))}
        aria-describedby={errorId("name")}
      />
      {fieldError("name") ? (
        <p id="comment-name-error" className="field-error">
          {fieldError("name")}
        </p>
      ) : null}
      <label htmlFor="comment-email">
        Email <span className="muted">(optional, never shown)</span>
      </label>
      <input
        id="comment-email"
        name="email"
        type="email"
        autoComplete="email"
        maxLength={320}
        aria-invalid={Boolean(fieldError("email"))}
        aria-describedby={errorId("email")}
      />
      {fieldError("email") ? (
        <p id="comment-email-error" className="field-error">
          {fieldError("email")}
        </p>
      ) : null}
      <label htmlFor="comment-body">Comment</label>
      <textarea
        id="comment-body"
        name="comment"
        rows={6}
        required
        maxLength={MAX}
        aria-invalid={Boolean(fieldError("comment"))}
        aria-describedby={["comment-body-hint", errorId("comment")].filter(Boolean).join(" ")}
      />
      <p id="comment-body-hint" className="muted comment-form__hint">
        Plain text, up to 5,000 characters.
      </p>
      {fieldError("comment") ? (
        <p id="comment-comment-error" className="field-error">
          {fieldError("comment")}
        </p>
      ) : null}
      {/* Honeypot: off-screen, out of the tab order and hidden from assistive technology. */}
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor="comment-website">Website</label>
        <input id="comment-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "Send comment"}
      </button>
    </form>
  );
}
