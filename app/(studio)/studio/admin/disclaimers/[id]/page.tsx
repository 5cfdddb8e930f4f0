import type { Metadata } from "next";
import { DeleteSection, FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { DisclaimerForm } from "@/components/admin/taxonomy-forms";
import { deleteDisclaimerAction, updateDisclaimerAction } from "@/lib/actions/disclaimers";
import { requireUser } from "@/lib/accounts/auth";
import { getDisclaimer } from "@/lib/admin/disclaimers";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Edit disclaimer", robots: { index: false } };

export default async function EditDisclaimerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(paths.studio.admin.item("disclaimers", id));
  if (decideSite(user, "disclaimers.manage") !== "allow") return <NoAccess title="Edit disclaimer" />;
  const disclaimer = await orNotFound(getDisclaimer(user, id));
  return (
    <FormPage back={{ href: paths.studio.admin.list("disclaimers"), label: "Disclaimers" }} title={disclaimer.name}>
      <DisclaimerForm action={updateDisclaimerAction} disclaimer={disclaimer} />
      <DeleteSection
        action={deleteDisclaimerAction}
        id={disclaimer.id}
        what="disclaimer"
        name={disclaimer.name}
        rule="Only a disclaimer that no piece and no series uses can be deleted."
      />
    </FormPage>
  );
}
