import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FieldDiffView } from "@/components/studio/field-diff";
import { revisionKindLabel } from "@/components/studio/revision-kinds";
import { requireUser } from "@/lib/accounts/auth";
import { compareRevisions } from "@/lib/editorial/revision-diff";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { formatSiteDateTime } from "@/lib/platform/dates";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Compare revisions · Studio", robots: { index: false } };

const query = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(paths.studio.history(id));
  const parsed = query.safeParse(await searchParams);
  if (!parsed.success) notFound();
  // Older revision on the left, whichever order they were picked in.
  const [from, to] = [parsed.data.from, parsed.data.to].sort((a, b) => a - b);
  const [diff, site] = await Promise.all([orNotFound(compareRevisions(user, id, from, to)), getSiteSettings()]);
  const label = (r: typeof diff.from) =>
    `revision ${r.number} (${revisionKindLabel(r.kind).toLowerCase()}, ${formatSiteDateTime(r.createdAt, site.timeZone)})`;
  const changedMeta = diff.meta.filter((m) => m.changed);

  return (
    <>
      <p className="kicker">
        <Link href={paths.studio.history(id)}>Back to the history</Link>
      </p>
      <h1 className="page-title">
        Revision {diff.from.number} compared with revision {diff.to.number}
      </h1>
      <p className="meta">
        From {label(diff.from)} to {label(diff.to)}. Added words are <ins>underlined</ins>, removed words <del>struck through</del>.
      </p>
      {diff.text.map((field) => (
        <section key={field.label} aria-labelledby={`diff-${field.label}`} className="diff-section">
          <h2 id={`diff-${field.label}`}>
            {field.label} {field.changed ? null : <span className="muted">(unchanged)</span>}
          </h2>
          {field.changed ? (
            <FieldDiffView field={field} />
          ) : (
            <details>
              <summary>Show the {field.label.toLowerCase()}</summary>
              <FieldDiffView field={field} />
            </details>
          )}
        </section>
      ))}
      <section aria-labelledby="diff-structure" className="diff-section">
        <h2 id="diff-structure">Images and tables {diff.structure.length ? null : <span className="muted">(unchanged)</span>}</h2>
        {diff.structure.length ? (
          <ul className="diff-changes">
            {diff.structure.map((change, i) => (
              <li key={i}>{change}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No image or table was added, removed or changed.</p>
        )}
      </section>
      <section aria-labelledby="diff-meta" className="diff-section">
        <h2 id="diff-meta">Details</h2>
        {changedMeta.length === 0 ? <p className="muted">Authors, division, series, disclaimer, topics and slug are unchanged.</p> : null}
        <dl className="facts">
          {diff.meta.map((field) => (
            <div key={field.label} className={field.changed ? "facts__row facts__row--changed" : "facts__row"}>
              <dt>
                {field.label}
                {field.changed ? <span className="diff-flag"> (changed)</span> : null}
              </dt>
              <dd>
                <FieldDiffView field={field} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
