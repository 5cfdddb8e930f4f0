import type { Metadata } from "next";
import Link from "next/link";
import { ListHeading } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { requireUser } from "@/lib/accounts/auth";
import { listDisclaimers } from "@/lib/admin/disclaimers";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Disclaimers", robots: { index: false } };

export default async function DisclaimersPage() {
  const user = await requireUser(paths.studio.admin.list("disclaimers"));
  if (decideSite(user, "disclaimers.manage") !== "allow") return <NoAccess title="Disclaimers" />;
  const disclaimers = await listDisclaimers(user);
  return (
    <>
      <ListHeading title="Disclaimers" newHref={paths.studio.admin.create("disclaimers")} newLabel="New disclaimer" />
      {disclaimers.length === 0 ? (
        <p className="muted">No disclaimers yet.</p>
      ) : (
        <table className="table admin-table">
          <caption className="visually-hidden">Disclaimers</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Default for series</th>
              <th scope="col">Chosen on pieces</th>
            </tr>
          </thead>
          <tbody>
            {disclaimers.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link href={paths.studio.admin.item("disclaimers", d.id)}>{d.name}</Link>
                </td>
                <td data-label="Default for series">{d._count.series}</td>
                <td data-label="Chosen on pieces">{d._count.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
