"use client";
// The piece's details beside the body: slug, lead image, byline, division, series, disclaimer, topics.
import type { ArticleFormOptions } from "@/lib/editorial/form-options";
import { AuthorsField } from "./authors-field";
import { slugFromTitle, type Draft } from "./draft";
import { MediaField } from "@/components/studio/media-field";
import type { LeadImageSummary } from "@/lib/editorial/working-copy";

interface Props {
  draft: Draft;
  options: ArticleFormOptions;
  errors: Record<string, string[]>;
  onChange: (patch: Partial<Draft>) => void;
  onBlur: () => void;
  /** The saved lead image as the library holds it, and the piece's id once it exists. */
  leadImage: LeadImageSummary | null;
  articleId: string | null;
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p id={id} className="field-error" role="alert">
      {messages[0]}
    </p>
  ) : null;
}

export function DetailsPanel({ draft, options, errors, onChange, onBlur, leadImage, articleId }: Props) {
  const series = options.series.find((s) => s.id === draft.seriesId);
  const seriesDefault = series?.defaultDisclaimerId ?? null;
  const slugShown = draft.slugEdited ? draft.slug : slugFromTitle(draft.title);

  function chooseSeries(seriesId: string | null) {
    const previousDefault = series?.defaultDisclaimerId ?? null;
    const nextDefault = options.series.find((s) => s.id === seriesId)?.defaultDisclaimerId ?? null;
    // The disclaimer follows the series unless someone chose another one.
    const followsSeries = draft.disclaimerId === previousDefault;
    onChange(followsSeries ? { seriesId, disclaimerId: nextDefault } : { seriesId });
  }

  return (
    <div className="details" onBlur={onBlur}>
      <h2 className="details__heading">Details</h2>

      <div className="field">
        <label htmlFor="slug">Web address (slug)</label>
        <input
          id="slug"
          value={slugShown}
          onChange={(e) => onChange({ slug: e.target.value, slugEdited: true })}
          aria-describedby={errors.slug ? "slug-hint slug-error" : "slug-hint"}
          aria-invalid={Boolean(errors.slug)}
          spellCheck={false}
          autoCapitalize="off"
        />
        <p id="slug-hint" className="field-hint">
          {draft.slugEdited ? "Lower-case letters, digits and single hyphens." : "Follows the title until you change it."}
        </p>
        <FieldError id="slug-error" messages={errors.slug} />
      </div>

      <MediaField
        legend="Lead image"
        id="lead-image"
        value={draft.leadImageId}
        initial={leadImage}
        articleId={articleId}
        uploadsNeedPiece={!options.uploadsWithoutPiece}
        altNeeded="the piece cannot go to review without it."
        empty="No lead image. Listing cards and social networks show it beside the title."
        error={errors.leadImageId?.[0]}
        onChange={(leadImageId) => onChange({ leadImageId })}
      />

      <AuthorsField
        authors={options.authors}
        value={draft.authorIds}
        error={errors.authorIds?.[0]}
        onChange={(authorIds) => onChange({ authorIds })}
      />

      <div className="field">
        <label htmlFor="division">Division</label>
        <select id="division" value={draft.divisionId ?? ""} onChange={(e) => onChange({ divisionId: e.target.value || null })}>
          <option value="">None</option>
          {options.divisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <FieldError id="division-error" messages={errors.divisionId} />
      </div>

      <div className="field">
        <label htmlFor="series">Series</label>
        <select id="series" value={draft.seriesId ?? ""} onChange={(e) => chooseSeries(e.target.value || null)}>
          <option value="">None</option>
          {options.series.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="disclaimer">Disclaimer</label>
        <select
          id="disclaimer"
          value={draft.disclaimerId ?? ""}
          onChange={(e) => onChange({ disclaimerId: e.target.value || null })}
          aria-describedby="disclaimer-hint"
        >
          <option value="">None</option>
          {options.disclaimers.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <p id="disclaimer-hint" className="field-hint">
          {series
            ? draft.disclaimerId === seriesDefault
              ? "The series' default."
              : "Chosen for this piece instead of the series' default."
            : "Choosing a series sets its default disclaimer."}
        </p>
      </div>

      <fieldset className="field topics-field">
        <legend>Topics</legend>
        {options.topics.length ? (
          <ul className="check-list">
            {options.topics.map((t) => (
              <li key={t.id}>
                <input
                  type="checkbox"
                  id={`topic-${t.id}`}
                  checked={draft.topicIds.includes(t.id)}
                  onChange={(e) =>
                    onChange({ topicIds: e.target.checked ? [...draft.topicIds, t.id] : draft.topicIds.filter((x) => x !== t.id) })
                  }
                />
                <label htmlFor={`topic-${t.id}`}>{t.name}</label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No topics exist yet.</p>
        )}
      </fieldset>
    </div>
  );
}
