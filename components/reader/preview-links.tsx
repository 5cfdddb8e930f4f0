"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/platform/http/domain-errors";
import { createPreviewLinkAction, revokePreviewLinkAction } from "@/lib/actions/previews";

/** Creates a share link and shows it once: only its hash is kept, so it cannot be shown again. */
export function CreatePreviewLinkForm({ articleId, defaultDays, maxDays }: { articleId: string; defaultDays: number; maxDays: number }) {
  const [state, action, pending] = useActionState<ActionResult<{ url: string; expiresAt: string }> | null, FormData>(
    createPreviewLinkAction,
    null,
  );
  return (
    <form action={action} className="preview-links__form">
      <input type="hidden" name="articleId" value={articleId} />
      <label htmlFor="preview-days">Link lasts (days)</label>
      <div className="preview-links__row">
        <input id="preview-days" name="days" type="number" min={1} max={maxDays} defaultValue={defaultDays} required />
        <button type="submit" className="button button--inline" disabled={pending}>
          {pending ? "Creating…" : "Create share link"}
        </button>
      </div>
      {state && !state.ok ? (
        <p className="form__error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state?.ok ? (
        <div className="preview-links__new" role="status">
          <p>Copy this link now: it is shown only once.</p>
          <label htmlFor="preview-new-url">New share link</label>
          <input id="preview-new-url" type="text" readOnly value={state.data.url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
    </form>
  );
}

export function RevokePreviewLinkButton({ linkId, label }: { linkId: string; label: string }) {
  const [state, action, pending] = useActionState<ActionResult<{ articleId: string }> | null, FormData>(revokePreviewLinkAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" className="link-button" disabled={pending} aria-label={label}>
        Revoke
      </button>
      {state && !state.ok ? (
        <span className="form__error" role="alert">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
