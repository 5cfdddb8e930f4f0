import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess } from "@/components/admin/guards";
import { ImportRunner } from "@/components/admin/wordpress-import";
import { ImportReportView } from "@/components/admin/wordpress-import-report";
import { Select } from "@/components/ui/fields";
import { requireUser } from "@/lib/accounts/auth";
import { getImportRun } from "@/lib/admin/wordpress-import/runs";
import type { TermTarget } from "@/lib/admin/wordpress-import";
import { decideSite } from "@/lib/permissions";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Import from WordPress", robots: { index: false } };

const valueOf = (target: TermTarget | undefined, name: string) =>
  !target || target.action === "ignore" ? "ignore" : target.action === "existing" ? `existing:${target.slug}` : `create:${name}`;

export default async function WordPressImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(paths.studio.admin.wordpressImport(id));
  if (decideSite(user, "import.run") !== "allow") return <NoAccess title="Import from WordPress" />;
  const { run, preview, report } = await orNotFound(getImportRun(user, id));
  const categories = preview?.terms.filter((t) => t.domain === "category") ?? [];
  const tags = preview?.terms.filter((t) => t.domain === "post_tag") ?? [];
  return (
    <>
      <p>
        <Link href={paths.studio.admin.wordpressImport()}>All imports</Link>
      </p>
      <h1 className="page-title">Import of {run.fileName}</h1>
      {preview ? (
        <>
          <h2>Confirm the mapping</h2>
          <p>
            A piece belongs to one division: a post&apos;s first category that maps to a division gives it. Tags become the topics it is
            related to. What is left out is named on each post below, as the proposed mapping leaves it.
          </p>
          <ImportRunner id={run.id} total={preview.report.posts.length} processed={0} running={false}>
            {categories.length ? (
              <fieldset className="import-mapping">
                <legend>Categories → divisions</legend>
                {categories.map((term) => (
                  <div className="import-mapping__field" key={term.nicename}>
                    <Select
                      name={`category.${term.nicename}`}
                      label={`${term.name || term.nicename} (${term.nicename})`}
                      defaultValue={valueOf(preview.mapping.categories[term.nicename], term.name)}
                      options={[
                        ...preview.divisions.map((d) => ({ value: `existing:${d.slug}`, label: `Division: ${d.name}` })),
                        { value: `create:${term.name || term.nicename}`, label: `Create the division “${term.name || term.nicename}”` },
                        { value: "ignore", label: "Leave out" },
                      ]}
                    />
                  </div>
                ))}
              </fieldset>
            ) : null}
            {tags.length ? (
              <fieldset className="import-mapping">
                <legend>Tags → topics</legend>
                {tags.map((term) => (
                  <div className="import-mapping__field" key={term.nicename}>
                    <Select
                      name={`tag.${term.nicename}`}
                      label={`${term.name || term.nicename} (${term.nicename})`}
                      defaultValue={valueOf(preview.mapping.tags[term.nicename], term.name)}
                      options={[
                        ...preview.topics.map((t) => ({ value: `existing:${t.slug}`, label: `Topic: ${t.name}` })),
                        { value: `create:${term.name || term.nicename}`, label: `Create the topic “${term.name || term.nicename}”` },
                        { value: "ignore", label: "Leave out" },
                      ]}
                    />
                  </div>
                ))}
              </fieldset>
            ) : null}
          </ImportRunner>
          <ImportReportView report={preview.report} planned />
        </>
      ) : run.status === "running" ? (
        <ImportRunner id={run.id} total={run.total} processed={run.processed} running />
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
    </>
  );
}
