// The frame of a create or edit page: a link back to the list, the heading, the form and,
// when editing, a separate delete section.
import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm, type FormAction } from "@/components/ui/action-form";

export function FormPage({ back, title, children }: { back: { href: string; label: string }; title: string; children: ReactNode }) {
  return (
    <div className="admin-form-page">
      <p className="breadcrumb">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1 className="page-title">{title}</h1>
      {children}
    </div>
  );
}

export function DeleteSection<T>({
  action,
  id,
  what,
  name,
  rule,
}: {
  action: FormAction<T>;
  id: string;
  what: string;
  name: string;
  rule: string;
}) {
  return (
    <section aria-labelledby="delete-heading" className="admin-danger">
      <h2 id="delete-heading">Delete this {what}</h2>
      <p>{rule}</p>
      <ActionForm
        action={action}
        submitLabel={`Delete ${what}`}
        pendingLabel="Deleting…"
        confirmMessage={`Delete ${name}? This cannot be undone.`}
        buttonClassName="button button--danger"
      >
        <input type="hidden" name="id" value={id} />
      </ActionForm>
    </section>
  );
}

export function ListHeading({ title, newHref, newLabel }: { title: string; newHref: string; newLabel: string }) {
  return (
    <div className="admin-heading">
      <h1 className="page-title">{title}</h1>
      <Link href={newHref} className="button">
        {newLabel}
      </Link>
    </div>
  );
}
