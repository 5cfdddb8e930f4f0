import Link from "next/link";
import { adminSections } from "@/components/admin/sections";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import "@/app/styles/admin.css";
import { paths } from "@/lib/platform/paths";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser(paths.studio.admin.home());
  const sections = adminSections.filter((s) => decideSite(user, s.permission) === "allow");
  // Someone with no administration rights gets the page's own "no access" message, full width.
  if (sections.length === 0) return children;
  return (
    <div className="admin">
      <nav aria-label="Administration" className="admin-nav">
        <ul>
          <li>
            <Link href={paths.studio.admin.home()}>Overview</Link>
          </li>
          {sections.map((s) => (
            <li key={s.href}>
              <Link href={s.href}>{s.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin__content">{children}</div>
    </div>
  );
}
