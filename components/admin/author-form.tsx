// The author profile form, for creating and editing.
import type { FormAction } from "@/components/ui/action-form";
import { markupHint, Select, TextArea, TextField } from "../ui/fields";
import { NameAndSlug, ReferenceForm } from "./reference-form";
import { MediaInput, type MediaSummary } from "@/components/studio/media-field";

interface AuthorValues {
  id: string;
  displayName: string;
  slug: string;
  position: string;
  affiliation: string;
  focus: string;
  bioMarkup: string;
  userId: string | null;
  portrait: MediaSummary | null;
}

export function AuthorForm<T>({
  action,
  author,
  accounts,
}: {
  action: FormAction<T>;
  author?: AuthorValues;
  accounts: { id: string; name: string; email: string }[];
}) {
  return (
    <ReferenceForm action={action} what="author" id={author?.id}>
      <NameAndSlug nameField="displayName" name={author?.displayName} slug={author?.slug} />
      <TextField name="position" label="Position" defaultValue={author?.position} hint="For example: Research Fellow in Area Studies." />
      <TextField name="affiliation" label="Affiliation" defaultValue={author?.affiliation} />
      <TextField name="focus" label="Focus" defaultValue={author?.focus} hint="The subjects they write about." />
      <MediaInput
        legend="Portrait"
        id="portrait"
        name="portraitId"
        square
        initial={author?.portrait ?? null}
        altNeeded="screen readers will say nothing of the portrait on the author's page."
        empty="No portrait. Shown round beside the bio on pieces and on the author's page: a square crop around the focal point."
      />
      <TextArea name="bio" label="Bio" defaultValue={author?.bioMarkup} rows={8} hint={markupHint} />
      <Select
        name="userId"
        label="Linked user account"
        defaultValue={author?.userId ?? ""}
        hint="Fellows who write in the studio have an account; guest authors have none."
        options={[{ value: "", label: "None (guest author)" }, ...accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))]}
      />
    </ReferenceForm>
  );
}
