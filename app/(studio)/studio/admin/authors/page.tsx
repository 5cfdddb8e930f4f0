import type { Metadata } from "next";
import Link from "next/link";
import { ListHeading } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { requireUser } from "@/lib/accounts/auth";
import { listAuthors } from "@/lib/admin/authors";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Authors", robots: { index: false } };

export default async function AuthorsPage() {
  const user = await requireUser(paths.studio.admin.list("authors"));
  if (decideSite(user, "authors.manage") !== "allow") return <NoAccess title="Authors" />;
  const authors = await listAuthors(user);
  return (
    <>
      <ListHeading title="Authors" newHref={paths.studio.admin.create("authors")} newLabel="New author" />
      <table className="table admin-table">
        <caption className="visually-hidden">Author profiles</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Position</th>
            <th scope="col">Account</th>
            <th scope="col">Pieces</th>
          </tr>
        </thead>
        <tbody>
          {authors.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={paths.studio.admin.item("authors", a.id)}>{a.displayName}</Link>
                <br />
                <span className="muted">/{a.slug}</span>
              </td>
              <td data-label="Position">{a.position || <span className="muted">—</span>}</td>
              <td data-label="Account">{a.user ? a.user.email : <span className="muted">Guest (no account)</span>}</td>
              <td data-label="Pieces">{a._count.articles}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {authors.length === 0 ? <p className="muted">No authors yet.</p> : null}
    </>
  );
}
