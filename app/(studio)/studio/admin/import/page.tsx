import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess } from "@/components/admin/guards";
import { ImportUpload } from "@/components/admin/wordpress-import";
import { SiteTime } from "@/components/ui/site-time";
import { requireUser } from "@/lib/accounts/auth";
import { listImportRuns } from "@/lib/admin/wordpress-import/runs";
import { decideSite } from "@/lib/permissions";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/platform/http/request-limits";
import { paths } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";

export const metadata: Metadata = { title: "Import from WordPress", robots: { index: false } };

// The file travels as text inside the action's body, with some escaping: room is left for it.
const MAX_UPLOAD_BYTES = Math.floor(MAX_REQUEST_BODY_BYTES * 0.9);

export default async function WordPressImportPage() {
  const user = await requireUser(paths.studio.admin.wordpressImport());
  if (decideSite(user, "import.run") !== "allow") return <NoAccess title="Import from WordPress" />;
  const [runs, site] = await Promise.all([listImportRuns(user), getSiteSettings()]);
  return (
    <>
      <h1 className="page-title">Import from WordPress</h1>
      <p className="lede">
        Published posts become published pieces with their original dates, slugs and authors; their old addresses redirect to the new ones.
        Importing the same export again updates what changed in WordPress and never duplicates a piece.
      </p>
      <p>
        Images come from a copy of the site’s <code>wp-content/uploads</code> folder, too large for an upload here: import the export once
        with the command, <code>npm run import:wordpress -- export.xml --uploads-dir wp-content/uploads</code>, and the images it brought
        into the media library are used here too. Without it, the report names each image left out.
      </p>
      <ImportUpload maxBytes={MAX_UPLOAD_BYTES} />
      {runs.length ? (
        <>
          <h2>Earlier imports</h2>
          <table className="table admin-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">State</th>
                <th scope="col">Uploaded</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>
                    <Link href={paths.studio.admin.wordpressImport(run.id)}>{run.fileName}</Link>
                  </td>
                  <td>{run.status === "running" ? `running (${run.processed} of ${run.total})` : run.status}</td>
                  <td>
                    <SiteTime date={run.createdAt} timeZone={site.timeZone} format="compact" />
                    {run.createdBy ? ` by ${run.createdBy.name}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
