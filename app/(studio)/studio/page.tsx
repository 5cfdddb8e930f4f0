import type { Metadata } from "next";
import { listStudioArticles } from "@/lib/articles";
import { requireUser } from "@/lib/auth";
import { formatDate, getSiteSettings } from "@/lib/site-settings";

export const metadata: Metadata = { title: "Studio", robots: { index: false } };

const statusLabels: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
  archived: "Archived",
};

export default async function StudioHome() {
  // Layouts and pages render in parallel: the page checks the session itself.
  const user = await requireUser("/studio");
  const [articles, site] = await Promise.all([listStudioArticles(user), getSiteSettings()]);
  return (
    <>
      <h1 className="page-title">{user.role === "writer" ? "My commentaries" : "All commentaries"}</h1>
      <table className="table">
        <caption className="visually-hidden">Commentaries and their status</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Authors</th>
            <th scope="col">Status</th>
            <th scope="col">Last changed</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td>{a.title}</td>
              <td>{a.authors.map((x) => x.author.displayName).join(", ")}</td>
              <td>
                <span className={`status status--${a.status}`}>{statusLabels[a.status]}</span>
              </td>
              <td>{formatDate(a.updatedAt, site.timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
