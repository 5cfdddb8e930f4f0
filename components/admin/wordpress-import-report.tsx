// What an import did (or, before it runs, would do): the counts, the bylines, each post with
// something to say (a failure, an image left out, a category without a division), the images
// taken in or missing, and what in the file is not imported. Posts that imported cleanly are counted, not listed.
import Link from "next/link";
import type { ImportReport } from "@/lib/admin/wordpress-import";

const outcomes: [keyof ImportReport["counts"], string][] = [
  ["created", "new pieces"],
  ["updated", "updated (changed in WordPress)"],
  ["unchanged", "unchanged since the last import"],
  ["kept", "kept as edited in Standfirst"],
  ["failed", "not imported (see below)"],
  ["skipped", "not posts, or not published"],
];

export function ImportReportView({ report, planned = false }: { report: ImportReport; planned?: boolean }) {
  const remarkable = report.posts.filter((p) => p.reason || p.notes.length);
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{planned ? "What the import would do" : "Report"}</h2>
      <p>
        {report.posts.length} posts from “{report.siteTitle}” ({report.source}){planned ? "" : `, in ${report.seconds.toFixed(1)} s`}.
      </p>
      <dl className="import-counts">
        {outcomes.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{report.counts[key]}</dd>
          </div>
        ))}
      </dl>

      <h3>Authors</h3>
      <ul>
        {report.authors.map((a) => (
          <li key={a.login}>
            <code>{a.login}</code> → {a.byline}
          </li>
        ))}
      </ul>

      <h3>Images</h3>
      <p>
        {planned ? "Would take in" : "Took in"} {report.images.imported} into the media library; {report.images.reused} already there from
        an earlier import; {report.images.missing.length} missing.
      </p>
      {report.images.missing.length ? (
        <details>
          <summary>Images not imported ({report.images.missing.length})</summary>
          <ul>
            {report.images.missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.images.withoutAlt.length ? (
        <details>
          <summary>Images without alt text, as in WordPress ({report.images.withoutAlt.length}): add it in the media library</summary>
          <ul>
            {report.images.withoutAlt.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}

      {remarkable.length ? (
        <>
          <h3>Posts with something to report ({remarkable.length})</h3>
          <div className="table-scroll">
            <table className="table admin-table">
              <thead>
                <tr>
                  <th scope="col">Post</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Notes</th>
                </tr>
              </thead>
              <tbody>
                {remarkable.map((post) => (
                  <tr key={post.postId}>
                    <td>
                      {post.path && !planned && post.outcome !== "failed" ? <Link href={post.path}>{post.title}</Link> : post.title}
                      <br />
                      <span className="muted">#{post.postId}</span>
                    </td>
                    <td>{post.outcome}</td>
                    <td>
                      <ul className="import-notes">
                        {[post.reason, ...post.notes].filter(Boolean).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      {report.skipped.length ? (
        <details>
          <summary>Not imported: {report.skipped.length} pages, attachments and unpublished posts</summary>
          <ul>
            {report.skipped.map((item) => (
              <li key={item.postId}>
                “{item.title}” (#{item.postId}): {item.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
