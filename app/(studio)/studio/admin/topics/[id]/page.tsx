import type { Metadata } from "next";
import { DeleteSection, FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { TopicForm } from "@/components/admin/taxonomy-forms";
import { deleteTopicAction, updateTopicAction } from "@/lib/actions/taxonomy";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { getTopic } from "@/lib/admin/topics";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Edit topic", robots: { index: false } };

export default async function EditTopicPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(paths.studio.admin.item("topics", id));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="Edit topic" />;
  const topic = await orNotFound(getTopic(user, id));
  return (
    <FormPage back={{ href: paths.studio.admin.list("topics"), label: "Topics" }} title={topic.name}>
      <TopicForm action={updateTopicAction} topic={topic} />
      <DeleteSection
        action={deleteTopicAction}
        id={topic.id}
        what="topic"
        name={topic.name}
        rule="Only a topic on no piece, working or published, can be deleted."
      />
    </FormPage>
  );
}
