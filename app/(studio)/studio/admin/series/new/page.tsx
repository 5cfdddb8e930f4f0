import type { Metadata } from "next";
import { FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { SeriesForm } from "@/components/admin/taxonomy-forms";
import { createSeriesAction } from "@/lib/actions/taxonomy";
import { requireUser } from "@/lib/accounts/auth";
import { listDisclaimers } from "@/lib/admin/disclaimers";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "New series", robots: { index: false } };

export default async function NewSeriesPage() {
  const user = await requireUser(paths.studio.admin.create("series"));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="New series" />;
  const disclaimers = await listDisclaimers(user);
  return (
    <FormPage back={{ href: paths.studio.admin.list("series"), label: "Series" }} title="New series">
      <SeriesForm action={createSeriesAction} disclaimers={disclaimers} />
    </FormPage>
  );
}
