// Labelled form controls for the administration forms. Every control has a visible label;
// a hint, when given, is tied to the control with aria-describedby.
import type { ReactNode } from "react";

interface FieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  defaultValue?: string;
  required?: boolean;
}

const hintId = (name: string) => `${name}-hint`;

function Hint({ name, hint }: { name: string; hint?: ReactNode }) {
  return hint ? (
    <p className="field-hint" id={hintId(name)}>
      {hint}
    </p>
  ) : null;
}

export function TextField({
  name,
  label,
  hint,
  defaultValue,
  required,
  type = "text",
  autoComplete,
}: FieldProps & { type?: string; autoComplete?: string }) {
  return (
    <>
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete ?? "off"}
        aria-describedby={hint ? hintId(name) : undefined}
      />
      <Hint name={name} hint={hint} />
    </>
  );
}

export function TextArea({ name, label, hint, defaultValue, required, rows = 6 }: FieldProps & { rows?: number }) {
  return (
    <>
      <label htmlFor={name}>{label}</label>
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        aria-describedby={hint ? hintId(name) : undefined}
      />
      <Hint name={name} hint={hint} />
    </>
  );
}

export function Select({ name, label, hint, defaultValue, options }: FieldProps & { options: { value: string; label: string }[] }) {
  return (
    <>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={defaultValue} aria-describedby={hint ? hintId(name) : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint name={name} hint={hint} />
    </>
  );
}

export const markupHint = (
  <>
    Leave a blank line between paragraphs. Write <code>*italic*</code>, <code>**bold**</code> and links as{" "}
    <code>[text](https://example.org)</code>.
  </>
);

export const slugHint = "Lower-case letters, digits and hyphens, used in web addresses. Leave empty to make one from the name.";
