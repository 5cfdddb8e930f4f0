import type { Metadata } from "next";
import { DeleteSection, FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { DivisionForm } from "@/components/admin/taxonomy-forms";
import { deleteDivisionAction, updateDivisionAction } from "@/lib/actions/taxonomy";
import { requireUser } from "@/lib/accounts/auth";
import { getDivision } from "@/lib/admin/divisions";
import { decideSite } from "@/lib/permissions";
import { listEditorChoices } from "@/lib/accounts/users";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Edit division", robots: { index: false } };

export default async function EditDivisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(paths.studio.admin.item("divisions", id));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="Edit division" />;
  const canAssign = decideSite(user, "divisions.assignEditors") === "allow";
  const [division, editors] = await Promise.all([orNotFound(getDivision(user, id)), canAssign ? listEditorChoices(user) : null]);
  return (
    <FormPage back={{ href: paths.studio.admin.list("divisions"), label: "Divisions" }} title={division.name}>
      <DivisionForm action={updateDivisionAction} division={division} editors={editors} />
      <DeleteSection
        action={deleteDivisionAction}
        id={division.id}
        what="division"
        name={division.name}
        rule="Only a division that owns no piece, working or published, can be deleted."
      />
    </FormPage>
  );
}
