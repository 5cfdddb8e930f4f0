"use client";
// A form bound to a server action made by defineFormAction. It submits without a page
// reload and, unlike a plain <form action>, does not reset its fields afterwards, so a
// refused save keeps what was typed next to the message that explains the refusal.
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/define";

export type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

const messageOf = (data: unknown) =>
  typeof data === "object" && data !== null && "message" in data && typeof data.message === "string" ? data.message : null;

export function ActionForm<T>({
  action,
  submitLabel,
  pendingLabel = "Saving…",
  confirmMessage,
  className = "form",
  buttonClassName = "button",
  children,
}: {
  action: FormAction<T>;
  submitLabel: ReactNode;
  pendingLabel?: string;
  /** Asked before submitting, for what cannot be undone. */
  confirmMessage?: string;
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
    const form = new FormData(event.currentTarget);
    startTransition(async () => setResult(await action(null, form)));
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
