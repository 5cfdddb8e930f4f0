import type { Metadata } from "next";
import { FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { TopicForm } from "@/components/admin/taxonomy-forms";
import { createTopicAction } from "@/lib/actions/taxonomy";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "New topic", robots: { index: false } };

export default async function NewTopicPage() {
  const user = await requireUser(paths.studio.admin.create("topics"));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="New topic" />;
  return (
    <FormPage back={{ href: paths.studio.admin.list("topics"), label: "Topics" }} title="New topic">
      <TopicForm action={createTopicAction} />
    </FormPage>
  );
}
