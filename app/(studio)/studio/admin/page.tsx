import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess } from "@/components/admin/guards";
import { adminSections } from "@/components/admin/sections";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";

export const metadata: Metadata = { title: "Administration", robots: { index: false } };

export default async function AdminIndex() {
  const user = await requireUser("/studio/admin");
  const sections = adminSections.filter((s) => decideSite(user, s.permission) === "allow");
  if (sections.length === 0) return <NoAccess title="Administration" />;
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
              <Link href="/studio/audit">Audit log</Link>
            </h2>
            <p>Who changed what, and when.</p>
          </li>
        ) : null}
      </ul>
    </>
  );
}
