import type { Metadata } from "next";
import { DeleteSection, FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { SeriesForm } from "@/components/admin/taxonomy-forms";
import { deleteSeriesAction, updateSeriesAction } from "@/lib/actions/taxonomy";
import { requireUser } from "@/lib/accounts/auth";
import { listDisclaimers } from "@/lib/admin/disclaimers";
import { decideSite } from "@/lib/permissions";
import { getSeries } from "@/lib/admin/series";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Edit series", robots: { index: false } };

export default async function EditSeriesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(paths.studio.admin.item("series", id));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="Edit series" />;
  const [series, disclaimers] = await Promise.all([orNotFound(getSeries(user, id)), listDisclaimers(user)]);
  return (
    <FormPage back={{ href: paths.studio.admin.list("series"), label: "Series" }} title={series.name}>
      <SeriesForm action={updateSeriesAction} series={series} disclaimers={disclaimers} />
      <DeleteSection
        action={deleteSeriesAction}
        id={series.id}
        what="series"
        name={series.name}
        rule="Only a series with no piece, working or published, can be deleted."
      />
    </FormPage>
  );
}
