import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess } from "@/components/admin/guards";
import { adminSections } from "@/components/admin/sections";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";
import { CrossrefBatchForm } from "@/components/admin/crossref-batch-form";
import { listSeries } from "@/lib/admin/series";

export const metadata: Metadata = { title: "Administration", robots: { index: false } };

export default async function AdminIndex() {
  const user = await requireUser(paths.studio.admin.home());
  const sections = adminSections.filter((s) => decideSite(user, s.permission) === "allow");
  if (sections.length === 0) return <NoAccess title="Administration" />;
  const mayDeposit = decideSite(user, "identifiers.manage") === "allow";
  const series = mayDeposit && decideSite(user, "taxonomy.manage") === "allow" ? await listSeries(user) : [];
  return (
    <>
      <h1 className="page-title">Administration</h1>
      <ul className="admin-cards">
        {sections.map((s) => (
          <li key={s.href}>
            <h2>
              <Link href={s.href}>{s.label}</Link>
            </h2>
            <p>{s.description}</p>
          </li>
        ))}
        {decideSite(user, "audit.view") === "allow" ? (
          <li>
            <h2>
              <Link href={paths.studio.audit()}>Audit log</Link>
            </h2>
            <p>Who changed what, and when.</p>
          </li>
        ) : null}
      </ul>
      {mayDeposit ? (
        <section aria-labelledby="crossref-heading">
          <h2 id="crossref-heading">Crossref deposit</h2>
          <p>
            Deposit XML for the published pieces that have a DOI, to upload to Crossref (see the README, “Series numbers, ISSN, DOIs and
            Crossref”).
          </p>
          <CrossrefBatchForm series={series} />
        </section>
      ) : null}
    </>
  );
}
