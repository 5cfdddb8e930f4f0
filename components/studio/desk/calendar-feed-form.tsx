"use client";
// The account page's "Calendar feed": create or replace the secret URL (shown once: only its hash
// is kept), or remove it.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/platform/http/domain-errors";
import { createCalendarFeedAction, removeCalendarFeedAction } from "@/lib/actions/calendar-feed";
import "@/app/styles/desk.css";

export function CalendarFeedForm({ active }: { active: boolean }) {
  const [created, create, creating] = useActionState<ActionResult<{ url: string }> | null, FormData>(createCalendarFeedAction, null);
  const [removed, remove, removing] = useActionState<ActionResult<{ message: string }> | null, FormData>(removeCalendarFeedAction, null);
  const failure = [created, removed].find((r) => r && !r.ok);
  return (
    <div className="calendar-feed">
      <p>
        {active
          ? "You have a calendar feed. Replacing it gives you a new address and stops the old one working."
          : "You have no calendar feed."}
      </p>
      <div className="calendar-feed__buttons">
        <form action={create}>
          <button type="submit" className="button" disabled={creating}>
            {creating ? "Creating…" : active ? "Replace the feed address" : "Create a calendar feed"}
          </button>
        </form>
        {active ? (
          <form action={remove}>
            <button type="submit" className="button button--quiet" disabled={removing}>
              {removing ? "Removing…" : "Remove the feed"}
            </button>
          </form>
        ) : null}
      </div>
      {failure && !failure.ok ? (
        <p className="form__error" role="alert">
          {failure.error}
        </p>
      ) : null}
      {created?.ok ? (
        <div className="calendar-feed__new" role="status">
          <p>Copy this address into your calendar application now: it is shown only once, and anyone who has it sees your calendar.</p>
          <label htmlFor="calendar-feed-url">Calendar feed address</label>
          <input id="calendar-feed-url" type="text" readOnly value={created.data.url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      {removed?.ok ? <p role="status">{removed.data.message}</p> : null}
    </div>
  );
}
