"use client";
// A form posting to a server action made by defineFormAction. It shows the action's
// message (or error) next to the form and keeps what was typed when the action refuses.
import { useRef, useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/define";

type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

export function ActionForm<T>({
  action,
  submitLabel,
  pendingLabel = "Working…",
  children,
  className = "form",
  buttonClassName = "button",
}: {
  action: FormAction<T>;
  submitLabel: string;
  pendingLabel?: string;
  children?: ReactNode;
  className?: string;
  buttonClassName?: string;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      ref={form}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const outcome = await action(null, data);
          // An action that redirects navigates away instead of answering.
          setResult(outcome ?? null);
          if (outcome?.ok) form.current?.reset();
        });
      }}
    >
      {children}
      <button type="submit" className={buttonClassName} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
      <div aria-live="polite">
        {result && !result.ok ? (
          <p className="form__error" role="alert">
            {result.error}
          </p>
        ) : null}
        {result?.ok && typeof result.data === "string" ? <p className="form__ok">{result.data}</p> : null}
      </div>
    </form>
  );
}
