import type { Metadata } from "next";
import Link from "next/link";
import { ListHeading } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { requireUser } from "@/lib/accounts/auth";
import { listDivisions } from "@/lib/admin/divisions";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Divisions", robots: { index: false } };

export default async function DivisionsPage() {
  const user = await requireUser(paths.studio.admin.list("divisions"));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="Divisions" />;
  const divisions = await listDivisions(user);
  return (
    <>
      <ListHeading title="Divisions" newHref={paths.studio.admin.create("divisions")} newLabel="New division" />
      {divisions.length === 0 ? (
        <p className="muted">No divisions yet.</p>
      ) : (
        <table className="table admin-table">
          <caption className="visually-hidden">Divisions</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Editors</th>
              <th scope="col">Pieces</th>
            </tr>
          </thead>
          <tbody>
            {divisions.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link href={paths.studio.admin.item("divisions", d.id)}>{d.name}</Link>
                  <br />
                  <span className="muted">/{d.slug}</span>
                </td>
                <td data-label="Editors">
                  {d.editors.length ? d.editors.map((e) => e.user.name).join(", ") : <span className="muted">Any editor</span>}
                </td>
                <td data-label="Pieces">{d._count.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
