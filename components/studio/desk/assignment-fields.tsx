// The desk's fields of a piece (assigned editor, due date, priority), in the overview's
// assignment form and the pitch's accept form. The due date is a day of the site's calendar.
import { Select, TextField } from "@/components/ui/fields";
import type { Priority } from "@/lib/generated/prisma/enums";

export const priorityLabels: Record<Priority, string> = { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" };

export function AssignmentFields({
  editors,
  assignedEditorId,
  dueOn,
  priority,
  timeZone,
  required = false,
}: {
  editors: { id: string; name: string }[];
  assignedEditorId?: string | null;
  dueOn?: string | null;
  priority: Priority;
  timeZone: string;
  /** An accepted pitch needs an editor and a due date; a piece's assignment may be cleared. */
  required?: boolean;
}) {
  return (
    <>
      <Select
        name="assignedEditorId"
        label="Assigned editor"
        defaultValue={assignedEditorId ?? ""}
        options={[{ value: "", label: required ? "Choose an editor" : "No one" }, ...editors.map((e) => ({ value: e.id, label: e.name }))]}
      />
      <TextField
        name="dueOn"
        label="Due date"
        type="date"
        defaultValue={dueOn ?? ""}
        required={required}
        hint={`Due by the end of that day (${timeZone}).${required ? "" : " Leave empty for no due date."}`}
      />
      <Select
        name="priority"
        label="Priority"
        defaultValue={priority}
        options={Object.entries(priorityLabels).map(([value, label]) => ({ value, label }))}
      />
    </>
  );
}
