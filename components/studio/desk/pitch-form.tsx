// Filing a pitch: working title, summary, proposed author and division.
import { ActionForm } from "@/components/ui/action-form";
import { Select, TextArea, TextField } from "@/components/ui/fields";
import { filePitchAction } from "@/lib/actions/pitches";

export function PitchForm({
  authors,
  divisions,
}: {
  authors: { id: string; displayName: string }[];
  divisions: { id: string; name: string }[];
}) {
  return (
    <ActionForm action={filePitchAction} submitLabel="File the pitch" pendingLabel="Filing…">
      <TextField name="workingTitle" label="Working title" required />
      <TextArea
        name="summary"
        label="Summary"
        rows={4}
        required
        hint="What the piece will argue, in a few sentences. It becomes the draft's standfirst if the pitch is accepted."
      />
      <Select
        name="proposedAuthorId"
        label="Proposed author"
        options={[{ value: "", label: "Choose an author" }, ...authors.map((a) => ({ value: a.id, label: a.displayName }))]}
      />
      <Select
        name="divisionId"
        label="Division"
        options={[{ value: "", label: "None" }, ...divisions.map((d) => ({ value: d.id, label: d.name }))]}
      />
    </ActionForm>
  );
}
