// The forms for divisions, series, topics and disclaimers, for creating and editing.
import { ActionForm, type FormAction } from "@/components/ui/action-form";
import { markupHint, Select, slugHint, TextArea, TextField } from "../ui/fields";

const saveLabel = (editing: boolean, what: string) => (editing ? "Save changes" : `Create ${what}`);

export function DivisionForm<T>({
  action,
  division,
  editors,
}: {
  action: FormAction<T>;
  division?: { id: string; name: string; slug: string; description: string; editorIds: string[]; editorNames: string[] };
  /** The people who may be chosen; null when this user may not change a division's editors (only admins may). */
  editors: { id: string; name: string; email: string; role: string }[] | null;
}) {
  const rule = "When a division names editors, only they and admins can edit, approve and publish its pieces. With none, every editor can.";
  return (
    <ActionForm action={action} submitLabel={saveLabel(Boolean(division), "division")}>
      {division ? <input type="hidden" name="id" value={division.id} /> : null}
      <TextField name="name" label="Name" defaultValue={division?.name} required />
      <TextField name="slug" label="Slug" defaultValue={division?.slug} hint={slugHint} />
      <TextArea name="description" label="Description" defaultValue={division?.description} rows={4} />
      {editors ? (
        <fieldset className="checkbox-group" aria-describedby="editors-hint">
          <legend>Editors</legend>
          <p className="field-hint" id="editors-hint">
            {rule}
          </p>
          {/* Sent even when no box is ticked, so that clearing the list is a choice the server sees. */}
          <input type="hidden" name="editorIds[]" value="" />
          {editors.length === 0 ? <p className="muted">There are no active editors or admins.</p> : null}
          {editors.map((e) => (
            <div key={e.id} className="checkbox">
              <input
                type="checkbox"
                id={`editor-${e.id}`}
                name="editorIds[]"
                value={e.id}
                defaultChecked={division?.editorIds.includes(e.id)}
              />
              <label htmlFor={`editor-${e.id}`}>
                {e.name}{" "}
                <span className="muted">
                  ({e.role}, {e.email})
                </span>
              </label>
            </div>
          ))}
        </fieldset>
      ) : (
        <fieldset className="checkbox-group" aria-describedby="editors-hint">
          <legend>Editors</legend>
          <p>{division?.editorNames.length ? division.editorNames.join(", ") : "None: every editor can edit its pieces."}</p>
          <p className="field-hint" id="editors-hint">
            {rule} Only an admin can change who edits a division.
          </p>
        </fieldset>
      )}
    </ActionForm>
  );
}

export function SeriesForm<T>({
  action,
  series,
  disclaimers,
}: {
  action: FormAction<T>;
  series?: { id: string; name: string; slug: string; description: string; defaultDisclaimerId: string | null };
  disclaimers: { id: string; name: string }[];
}) {
  return (
    <ActionForm action={action} submitLabel={saveLabel(Boolean(series), "series")}>
      {series ? <input type="hidden" name="id" value={series.id} /> : null}
      <TextField name="name" label="Name" defaultValue={series?.name} required />
      <TextField name="slug" label="Slug" defaultValue={series?.slug} hint={slugHint} />
      <TextArea name="description" label="Description" defaultValue={series?.description} rows={4} />
      <Select
        name="defaultDisclaimerId"
        label="Default disclaimer"
        defaultValue={series?.defaultDisclaimerId ?? ""}
        hint="Printed under every piece in the series, unless the piece names another."
        options={[{ value: "", label: "None" }, ...disclaimers.map((d) => ({ value: d.id, label: d.name }))]}
      />
    </ActionForm>
  );
}

export function TopicForm<T>({ action, topic }: { action: FormAction<T>; topic?: { id: string; name: string; slug: string } }) {
  return (
    <ActionForm action={action} submitLabel={saveLabel(Boolean(topic), "topic")}>
      {topic ? <input type="hidden" name="id" value={topic.id} /> : null}
      <TextField name="name" label="Name" defaultValue={topic?.name} required />
      <TextField name="slug" label="Slug" defaultValue={topic?.slug} hint={slugHint} />
    </ActionForm>
  );
}

export function DisclaimerForm<T>({
  action,
  disclaimer,
}: {
  action: FormAction<T>;
  disclaimer?: { id: string; name: string; bodyMarkup: string };
}) {
  return (
    <ActionForm action={action} submitLabel={saveLabel(Boolean(disclaimer), "disclaimer")}>
      {disclaimer ? <input type="hidden" name="id" value={disclaimer.id} /> : null}
      <TextField
        name="name"
        label="Name"
        defaultValue={disclaimer?.name}
        required
        hint="Editors see this name when they choose a disclaimer; readers do not."
      />
      <TextArea name="body" label="Text" defaultValue={disclaimer?.bodyMarkup} rows={8} required hint={markupHint} />
    </ActionForm>
  );
}
