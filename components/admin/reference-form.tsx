// The parts every reference-data form shares: its button ("Create topic" or "Save changes")
// and the id of the row being edited, and the name and slug fields of the kinds with a page.
import type { ReactNode } from "react";
import { ActionForm, type FormAction } from "@/components/ui/action-form";
import { slugHint, TextField } from "../ui/fields";

export function ReferenceForm<T>({
  action,
  what,
  id,
  children,
}: {
  action: FormAction<T>;
  what: string;
  id?: string;
  children: ReactNode;
}) {
  return (
    <ActionForm action={action} submitLabel={id ? "Save changes" : `Create ${what}`}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {children}
    </ActionForm>
  );
}

/** Name and slug; `nameField` is the name's field in the form ("name", or "displayName" for authors). */
export function NameAndSlug({ nameField = "name", name, slug }: { nameField?: string; name?: string; slug?: string }) {
  return (
    <>
      <TextField name={nameField} label="Name" defaultValue={name} required />
      <TextField name="slug" label="Slug" defaultValue={slug} hint={slugHint} />
    </>
  );
}
