import type { Metadata } from "next";
import { FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { DivisionForm } from "@/components/admin/taxonomy-forms";
import { createDivisionAction } from "@/lib/actions/taxonomy";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { listEditorChoices } from "@/lib/accounts/users";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "New division", robots: { index: false } };

export default async function NewDivisionPage() {
  const user = await requireUser(paths.studio.admin.create("divisions"));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="New division" />;
  const editors = decideSite(user, "divisions.assignEditors") === "allow" ? await listEditorChoices(user) : null;
  return (
    <FormPage back={{ href: paths.studio.admin.list("divisions"), label: "Divisions" }} title="New division">
      <DivisionForm action={createDivisionAction} editors={editors} />
    </FormPage>
  );
}
