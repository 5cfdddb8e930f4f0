import type { Metadata } from "next";
import Link from "next/link";
import { ListHeading } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { listTopics } from "@/lib/admin/topics";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Topics", robots: { index: false } };

export default async function TopicsPage() {
  const user = await requireUser(paths.studio.admin.list("topics"));
  if (decideSite(user, "taxonomy.manage") !== "allow") return <NoAccess title="Topics" />;
  const topics = await listTopics(user);
  return (
    <>
      <ListHeading title="Topics" newHref={paths.studio.admin.create("topics")} newLabel="New topic" />
      {topics.length === 0 ? (
        <p className="muted">No topics yet.</p>
      ) : (
        <table className="table admin-table">
          <caption className="visually-hidden">Topics</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Slug</th>
              <th scope="col">Pieces</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr key={t.id}>
                <td>
                  <Link href={paths.studio.admin.item("topics", t.id)}>{t.name}</Link>
                </td>
                <td data-label="Slug" className="muted">
                  /{t.slug}
                </td>
                <td data-label="Pieces">{t._count.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
