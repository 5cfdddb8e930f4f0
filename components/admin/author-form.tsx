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
  orcid: string;
  links: { label: string; url: string }[];
}

/** Rows for links: those saved and two empty ones to add more, up to the most an author may have. */
function AuthorLinks({ links, max }: { links: { label: string; url: string }[]; max: number }) {
  const rows = [...links, { label: "", url: "" }, { label: "", url: "" }].slice(0, Math.max(max, links.length));
  return (
    <fieldset className="checkbox-group author-links" aria-describedby="links-hint">
      <legend>Links</legend>
      <p className="field-hint" id="links-hint">
        Up to {max} pages about the author elsewhere (a university page, Google Scholar, a personal site), each with the label readers see
        and its https:// address. Clear both fields of a row to remove it.
      </p>
      {rows.map((link, row) => (
        <div className="author-links__row" key={row}>
          <div>
            <label htmlFor={`link-label-${row}`}>Label {row + 1}</label>
            <input id={`link-label-${row}`} name="linkLabel[]" defaultValue={link.label} autoComplete="off" />
          </div>
          <div>
            <label htmlFor={`link-url-${row}`}>Address {row + 1}</label>
            <input id={`link-url-${row}`} name="linkUrl[]" type="url" defaultValue={link.url} autoComplete="off" />
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export function AuthorForm<T>({
  action,
  author,
  accounts,
  maxLinks,
}: {
  action: FormAction<T>;
  author?: AuthorValues;
  accounts: { id: string; name: string; email: string }[];
  /** How many links an author may have (lib/admin/author-identity.ts). */
  maxLinks: number;
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
      <TextField
        name="orcid"
        label="ORCID iD"
        defaultValue={author?.orcid}
        hint="The author's 16-digit iD from orcid.org, as 0000-0002-1825-0097 or its https://orcid.org/ address; its check digit is verified. Leave empty for none."
      />
      <AuthorLinks links={author?.links ?? []} max={maxLinks} />
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
