import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { EditorialThreadList } from "@/components/studio/editorial-thread-list";
import { revisionKindLabel } from "@/components/studio/revision-kinds";
import { StatusBadge } from "@/components/studio/status-badge";
import { TransitionForms } from "@/components/studio/transition-forms";
import { DiscardDraft } from "@/components/studio/discard-draft";
import { OutsideReview } from "@/components/studio/outside-review";
import { listReviewLinks } from "@/lib/editorial/review-links";
import { appendCorrectionAction } from "@/lib/actions/corrections";
import { getArticleOverview } from "@/lib/editorial/overview";
import { AssignmentPanel } from "@/components/studio/desk/assignment-panel";
import { getAssignment } from "@/lib/editorial/assignments";
import { requireUser } from "@/lib/accounts/auth";
import { listEditorialComments } from "@/lib/editorial/comments";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { SiteTime } from "@/components/ui/site-time";
import { transitionNames, transitions, type TransitionName } from "@/lib/editorial/workflow";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";
import { IdentifiersForm } from "@/components/studio/identifiers-form";
import { licenceFor } from "@/lib/reader/licences";
import { doiUrl } from "@/lib/platform/identifiers";

export const metadata: Metadata = { title: "Commentary overview · Studio", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function ArticleOverviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(paths.studio.article(id));
  const [{ article, publication, actions, can, fourEyes }, assignment, site, { done }, review] = await Promise.all([
    orNotFound(getArticleOverview(user, id)),
    orNotFound(getAssignment(user, id)),
    getSiteSettings(),
    searchParams,
    orNotFound(listReviewLinks(user, id)),
  ]);
  const threads = can.comment ? await listEditorialComments(user, id) : [];
  const tz = site.timeZone;
  const when = (date: Date) => <SiteTime date={date} timeZone={tz} />;
  const doneName = transitionNames.find((name): name is TransitionName => name === done);

  return (
    <div className="overview">
      <p className="kicker">Commentary</p>
      <h1 className="page-title">{article.title}</h1>
      {doneName ? (
        <p className="notice" role="status">
          Done: the piece was {transitions[doneName].done}.
        </p>
      ) : null}
      <ul className="overview__links">
        {can.edit ? (
          <li>
            <Link className="button" href={paths.studio.edit(id)}>
              Edit
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="button button--secondary" href={paths.studio.preview(id)}>
            Preview
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" href={paths.studio.history(id)}>
            History and compare
          </Link>
        </li>
      </ul>

      <div className="overview__grid">
        <section aria-labelledby="facts-heading" className="panel">
          <h2 id="facts-heading">About this piece</h2>
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              <StatusBadge status={article.status} />
            </dd>
            <dt>Authors</dt>
            <dd>{article.authors.map((a) => a.author.displayName).join(", ") || "None yet"}</dd>
            <dt>Division</dt>
            <dd>{article.division?.name ?? "None"}</dd>
            <dt>Series</dt>
            <dd>{article.series?.name ?? "None"}</dd>
            {article.seriesNumber ? (
              <>
                <dt>Number</dt>
                <dd>{article.seriesNumber}</dd>
              </>
            ) : null}
            <dt>DOI</dt>
            <dd>{article.doi ? <a href={doiUrl(article.doi)}>{article.doi}</a> : "None"}</dd>
            <dt>Last saved</dt>
            <dd>
              {when(article.updatedAt)}
              {article.lastRevision ? (
                <>
                  {" "}
                  (revision {article.lastRevision.number}: {revisionKindLabel(article.lastRevision.kind).toLowerCase()}
                  {article.lastRevision.user ? ` by ${article.lastRevision.user.name}` : ""})
                </>
              ) : null}
            </dd>
            {article.submittedAt ? (
              <>
                <dt>Last submitted</dt>
                <dd>{when(article.submittedAt)}</dd>
              </>
            ) : null}
            {article.publishedAt ? (
              <>
                <dt>First published</dt>
                <dd>{when(article.publishedAt)}</dd>
              </>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="public-heading" className="panel">
          <h2 id="public-heading">Public version</h2>
          {!publication ? (
            <p>Readers cannot see this piece.</p>
          ) : publication.live ? (
            <>
              <p>
                Live since {when(publication.liveFrom)}:{" "}
                <Link href={paths.piece(publication.slug)}>read “{publication.title}” on the public site</Link> (revision{" "}
                {publication.revision.number}).
              </p>
              {article.status !== "published" ? (
                <p className="notice notice--info">
                  A new version is in progress ({article.status.replace(/_/g, " ")}). Readers keep seeing the published version until the
                  new one is published.
                </p>
              ) : null}
            </>
          ) : (
            <p>
              Scheduled: readers will see it from {when(publication.liveFrom)} at /commentaries/{publication.slug}.
            </p>
          )}
        </section>
      </div>

      <AssignmentPanel articleId={id} assignment={assignment} timeZone={tz} />
      {can.manageIdentifiers ? (
        <section aria-labelledby="identifiers-heading">
          <h2 id="identifiers-heading">Identifiers and licence</h2>
          <IdentifiersForm
            articleId={id}
            version={article.version}
            doi={article.doi}
            licence={article.licence}
            firstPublishedIn={article.firstPublishedIn}
            canonicalUrl={article.canonicalUrl}
            defaultLicenceName={licenceFor(site.defaultLicence)?.name ?? "none"}
            doiPrefix={site.doiPrefix}
            live={Boolean(publication?.live)}
          />
        </section>
      ) : null}

      {article.lastRequest ? (
        <section aria-labelledby="request-heading" className="panel panel--warning">
          <h2 id="request-heading">Changes requested</h2>
          <p className="meta">
            {article.lastRequest.user?.name ?? "An editor"} on {when(article.lastRequest.createdAt)}:
          </p>
          <p className="comment__body">{article.lastRequest.reason}</p>
        </section>
      ) : null}

      <section aria-labelledby="workflow-heading">
        <h2 id="workflow-heading">Workflow</h2>
        {fourEyes ? <p className="notice notice--info">{fourEyes}</p> : null}
        <TransitionForms
          articleId={id}
          actions={actions}
          timeZone={tz}
          hasLiveCopy={Boolean(publication?.live)}
          mayBackdate={can.backdate}
        />
        {can.discard ? <DiscardDraft articleId={id} /> : null}
      </section>

      <OutsideReview articleId={id} review={review} timeZone={tz} />

      {article.corrections.length || can.correct ? (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          {article.corrections.length ? (
            <ol className="corrections-list">
              {article.corrections.map((c) => (
                <li key={c.id}>
                  <p className="comment__meta">
                    {when(c.createdAt)} by {c.createdBy.name}
                  </p>
                  <p className="comment__body">{c.body}</p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No corrections.</p>
          )}
          {can.correct ? (
            <ActionForm action={appendCorrectionAction} submitLabel="Append correction" pendingLabel="Working…" resetOnSuccess>
              <input type="hidden" name="articleId" value={id} />
              <label htmlFor="correction">Correction, as readers will see it under the piece</label>
              <textarea id="correction" name="body" rows={3} required maxLength={2000} />
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      {can.comment ? (
        <section aria-labelledby="comments-heading">
          <h2 id="comments-heading">Editorial comments</h2>
          <p className="muted">Only this piece’s authors and the editors see these.</p>
          <EditorialThreadList threads={threads} articleId={id} timeZone={tz} />
        </section>
      ) : null}
    </div>
  );
}
