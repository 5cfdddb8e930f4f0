// A piece's desk on its overview: who sees it through, when it is due (flagged when overdue) and
// its priority, with the form to change them for those who may ("articles.assign").
import { ActionForm } from "@/components/ui/action-form";
import "@/app/styles/admin.css";
import "@/app/styles/desk.css";
import { SiteTime } from "@/components/ui/site-time";
import { setAssignmentAction } from "@/lib/actions/assignments";
import type { Priority } from "@/lib/generated/prisma/enums";
import { AssignmentFields, priorityLabels } from "./assignment-fields";

export interface AssignmentView {
  assignedEditor: { id: string; name: string } | null;
  dueAt: Date | null;
  dueOn: string | null;
  overdue: boolean;
  priority: Priority;
  editors: { id: string; name: string }[] | null;
}

export function AssignmentPanel({ articleId, assignment, timeZone }: { articleId: string; assignment: AssignmentView; timeZone: string }) {
  const a = assignment;
  return (
    <section aria-labelledby="assignment-heading" className="panel">
      <h2 id="assignment-heading">Assignment</h2>
      <dl className="facts">
        <dt>Assigned editor</dt>
        <dd>{a.assignedEditor?.name ?? "No one"}</dd>
        <dt>Due</dt>
        <dd>
          {a.dueAt ? <SiteTime date={a.dueAt} timeZone={timeZone} format="date" /> : "No due date"}
          {a.overdue ? <span className="overdue-flag"> Overdue</span> : null}
        </dd>
        <dt>Priority</dt>
        <dd>{priorityLabels[a.priority]}</dd>
      </dl>
      {a.editors ? (
        <details className="assignment-edit">
          <summary>Change the assignment</summary>
          <ActionForm action={setAssignmentAction} submitLabel="Save the assignment">
            <input type="hidden" name="articleId" value={articleId} />
            <AssignmentFields
              editors={a.editors}
              assignedEditorId={a.assignedEditor?.id}
              dueOn={a.dueOn}
              priority={a.priority}
              timeZone={timeZone}
            />
          </ActionForm>
        </details>
      ) : null}
    </section>
  );
}
