import type { Metadata } from "next";
import { FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { DisclaimerForm } from "@/components/admin/taxonomy-forms";
import { createDisclaimerAction } from "@/lib/actions/disclaimers";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "New disclaimer", robots: { index: false } };

export default async function NewDisclaimerPage() {
  const user = await requireUser(paths.studio.admin.create("disclaimers"));
  if (decideSite(user, "disclaimers.manage") !== "allow") return <NoAccess title="New disclaimer" />;
  return (
    <FormPage back={{ href: paths.studio.admin.list("disclaimers"), label: "Disclaimers" }} title="New disclaimer">
      <DisclaimerForm action={createDisclaimerAction} />
    </FormPage>
  );
}
