import type { Metadata } from "next";
import Link from "next/link";
import { ListHeading } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { listSeries } from "@/lib/admin/series";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Series", robots: { index: false } };

export default async function SeriesPage() {
  const user = await requireUser(paths.studio.admin.list("series"));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="Series" />;
  const series = await listSeries(user);
  return (
    <>
      <ListHeading title="Series" newHref={paths.studio.admin.create("series")} newLabel="New series" />
      {series.length === 0 ? (
        <p className="muted">No series yet.</p>
      ) : (
        <table className="table admin-table">
          <caption className="visually-hidden">Series</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Default disclaimer</th>
              <th scope="col">Pieces</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={paths.studio.admin.item("series", s.id)}>{s.name}</Link>
                  <br />
                  <span className="muted">/{s.slug}</span>
                </td>
                <td data-label="Default disclaimer">{s.defaultDisclaimer?.name ?? <span className="muted">None</span>}</td>
                <td data-label="Pieces">{s._count.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
