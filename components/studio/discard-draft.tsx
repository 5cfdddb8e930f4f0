"use client";
// "Discard this draft", offered only to the draft's creator before it was ever submitted.
import { ActionForm } from "@/components/ui/action-form";
import { discardDraftAction } from "@/lib/actions/discard";

export function DiscardDraft({ articleId }: { articleId: string }) {
  return (
    <details className="discard-draft">
      <summary>Discard this draft</summary>
      <ActionForm
        action={discardDraftAction}
        submitLabel="Discard the draft"
        pendingLabel="Discarding…"
        buttonClassName="button button--danger"
      >
        <input type="hidden" name="articleId" value={articleId} />
        <p className="muted">The draft, its saved versions and its comments are deleted. This cannot be undone.</p>
        <label className="checkbox">
          <input type="checkbox" name="confirm" value="yes" required /> Yes, delete this draft for good.
        </label>
      </ActionForm>
    </details>
  );
}
