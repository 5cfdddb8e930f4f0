"use client";
// The one form for server actions made by defineFormAction, in the studio, the admin pages and
// the account pages. It submits without a page reload and, unlike a plain <form action>, keeps
// its fields when the action refuses, so what was typed stays next to the message that explains
// the refusal; forms that post something new (a comment, a correction) empty themselves on success.
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/platform/http/domain-errors";

export type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** What the action said on success: a string result, or the result's `message`. */
const messageOf = (data: unknown) =>
  typeof data === "string"
    ? data
    : typeof data === "object" && data !== null && "message" in data && typeof data.message === "string"
      ? data.message
      : null;

export function ActionForm<T>({
  action,
  submitLabel,
  pendingLabel = "Saving…",
  confirmMessage,
  resetOnSuccess = false,
  className = "form",
  buttonClassName = "button",
  children,
}: {
  action: FormAction<T>;
  submitLabel: ReactNode;
  /** Shown on the button while the action runs. */
  pendingLabel?: string;
  /** Asked before submitting, for what cannot be undone. */
  confirmMessage?: string;
  /** Empty the fields after a success, for forms that add something (a comment, a correction). */
  resetOnSuccess?: boolean;
  className?: string;
  buttonClassName?: string;
  children?: ReactNode;
}) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  // Mark the fields the server named as invalid and move focus to the first, so keyboard
  // and screen-reader users land where the problem is.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    if (!result || result.ok) return;
    const invalid = Object.keys(result.fieldErrors ?? {})
      .map((name) => form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"], [name="${CSS.escape(name)}[]"]`))
      .filter((el): el is HTMLElement => el !== null && el.getAttribute("type") !== "hidden");
    invalid.forEach((el) => el.setAttribute("aria-invalid", "true"));
    invalid[0]?.focus();
  }, [result]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirmMessage && !window.confirm(confirmMessage)) return;
    const element = event.currentTarget;
    const form = new FormData(element);
    startTransition(async () => {
      const outcome = await action(null, form);
      // An action that redirects navigates away instead of answering.
      setResult(outcome ?? null);
      if (outcome?.ok && resetOnSuccess) element.reset();
    });
  }

  const problems =
    result && !result.ok ? [...new Set(Object.values(result.fieldErrors ?? {}).flat())].filter((p) => p !== result.error) : [];
  const success = result?.ok ? messageOf(result.data) : null;

  return (
    <form ref={formRef} className={className} onSubmit={onSubmit} noValidate>
      {result && !result.ok ? (
        <div className="form__error" role="alert">
          <p>{result.error}</p>
          {problems.length ? (
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {success ? (
        <p className="form__success" role="status">
          {success}
        </p>
      ) : null}
      {children}
      <button type="submit" className={buttonClassName} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
