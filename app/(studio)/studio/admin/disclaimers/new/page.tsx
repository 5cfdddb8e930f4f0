import type { Metadata } from "next";
import { FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { DisclaimerForm } from "@/components/admin/taxonomy-forms";
import { createDisclaimerAction } from "@/lib/actions/disclaimers";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";

export const metadata: Metadata = { title: "New disclaimer", robots: { index: false } };

export default async function NewDisclaimerPage() {
  const user = await requireUser("/studio/admin/disclaimers/new");
  if (decideSite(user, "disclaimers.manage") !== "allow") return <NoAccess title="New disclaimer" />;
  return (
    <FormPage back={{ href: "/studio/admin/disclaimers", label: "Disclaimers" }} title="New disclaimer">
      <DisclaimerForm action={createDisclaimerAction} />
    </FormPage>
  );
}
