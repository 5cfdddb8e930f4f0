// The forms for divisions, series, topics and disclaimers, for creating and editing.
import type { FormAction } from "@/components/ui/action-form";
import { markupHint, Select, TextArea, TextField } from "../ui/fields";
import { NameAndSlug, ReferenceForm } from "./reference-form";

const fourEyesHint = "When on, whoever submitted or substantially edited a version cannot approve it: another editor must.";

export function DivisionForm<T>({
  action,
  division,
  editors,
}: {
  action: FormAction<T>;
  division?: {
    id: string;
    name: string;
    slug: string;
    description: string;
    editorIds: string[];
    editorNames: string[];
    fourEyes: boolean | null;
  };
  /** The people who may be chosen; null when this user may not change a division's editors (only admins may). */
  editors: { id: string; name: string; email: string; role: string }[] | null;
}) {
  const rule = "When a division names editors, only they and admins can edit, approve and publish its pieces. With none, every editor can.";
  return (
    <ReferenceForm action={action} what="division" id={division?.id}>
      <NameAndSlug name={division?.name} slug={division?.slug} />
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
      {/* The same people who choose a division's editors choose its four-eyes rule (lib/admin/divisions.ts). */}
      {editors ? (
        <Select
          name="fourEyes"
          label="Four-eyes sign-off"
          defaultValue={division?.fourEyes === true ? "on" : division?.fourEyes === false ? "off" : "site"}
          hint={fourEyesHint}
          options={[
            { value: "site", label: "Follow the site setting" },
            { value: "on", label: "On for this division" },
            { value: "off", label: "Off for this division" },
          ]}
        />
      ) : (
        <p className="field-hint">
          Four-eyes sign-off: {division?.fourEyes === true ? "on" : division?.fourEyes === false ? "off" : "follows the site setting"}. Only
          an admin can change it.
        </p>
      )}
    </ReferenceForm>
  );
}

export function SeriesForm<T>({
  action,
  series,
  disclaimers,
}: {
  action: FormAction<T>;
  series?: {
    id: string;
    name: string;
    slug: string;
    description: string;
    defaultDisclaimerId: string | null;
    numberPattern: string;
    issn: string;
  };
  disclaimers: { id: string; name: string }[];
}) {
  return (
    <ReferenceForm action={action} what="series" id={series?.id}>
      <NameAndSlug name={series?.name} slug={series?.slug} />
      <TextArea name="description" label="Description" defaultValue={series?.description} rows={4} />
      <Select
        name="defaultDisclaimerId"
        label="Default disclaimer"
        defaultValue={series?.defaultDisclaimerId ?? ""}
        hint="Printed under every piece in the series, unless the piece names another."
        options={[{ value: "", label: "None" }, ...disclaimers.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <TextField
        name="numberPattern"
        label="Number pattern"
        defaultValue={series?.numberPattern}
        hint={
          <>
            Each piece gets its number at its first publication, e.g. <code>ISI Commentaries No. {"{year}/{seq:3}"}</code>: {"{year}"} is
            the year of publication, {"{seq}"} counts up (restarting each year when the pattern has {"{year}"}), {"{seq:3}"} pads it to
            three digits. Numbers are never given twice. Leave empty for a series that does not number its pieces.
          </>
        }
      />
      <TextField
        name="issn"
        label="ISSN"
        defaultValue={series?.issn}
        hint="The series' ISSN, e.g. 2345-6789; shown on its page and in citations."
      />
    </ReferenceForm>
  );
}

export function TopicForm<T>({ action, topic }: { action: FormAction<T>; topic?: { id: string; name: string; slug: string } }) {
  return (
    <ReferenceForm action={action} what="topic" id={topic?.id}>
      <NameAndSlug name={topic?.name} slug={topic?.slug} />
    </ReferenceForm>
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
    <ReferenceForm action={action} what="disclaimer" id={disclaimer?.id}>
      <TextField
        name="name"
        label="Name"
        defaultValue={disclaimer?.name}
        required
        hint="Editors see this name when they choose a disclaimer; readers do not."
      />
      <TextArea name="body" label="Text" defaultValue={disclaimer?.bodyMarkup} rows={8} required hint={markupHint} />
    </ReferenceForm>
  );
}
