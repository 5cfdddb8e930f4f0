// The site settings form, in the sections an admin looks for: identity, addresses, the reader's
// headings, the licence, identifiers for Crossref, and the review rules. Every field is sent on
// each save (lib/admin/site-settings.ts checks them all).
import type { ReactNode } from "react";
import { ActionForm, type FormAction } from "@/components/ui/action-form";
import { Select, TextField } from "@/components/ui/fields";

export interface SiteSettingsValues {
  siteName: string;
  organisation: string;
  baseUrl: string;
  timeZone: string;
  defaultLanguage: string;
  notesLabel: string;
  aboutLabel: string;
  disclaimerLabel: string;
  defaultLicence: string;
  doiPrefix: string;
  doiPattern: string;
  crossrefDepositorName: string;
  crossrefDepositorEmail: string;
  crossrefRegistrant: string;
  fourEyes: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="settings-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

export function SiteSettingsForm<T>({
  action,
  values,
  fallbackUrl,
  languages,
  licences,
  timeZones,
  doiTokens,
}: {
  action: FormAction<T>;
  values: SiteSettingsValues;
  /** The address used while the public address is empty. */
  fallbackUrl: string;
  languages: readonly { code: string; name: string }[];
  licences: readonly { key: string; name: string; url: string | null }[];
  timeZones: readonly string[];
  doiTokens: readonly { token: string; means: string }[];
}) {
  return (
    <ActionForm action={action} submitLabel="Save settings" className="form settings-form">
      <Section title="Identity">
        <TextField name="siteName" label="Site name" defaultValue={values.siteName} required hint="In the header, page titles and feeds." />
        <TextField
          name="organisation"
          label="Organisation"
          defaultValue={values.organisation}
          required
          hint="The publisher: in the footer, citations and search engines' data."
        />
        <Select
          name="defaultLanguage"
          label="Language"
          defaultValue={values.defaultLanguage}
          options={languages.map((l) => ({ value: l.code, label: l.name }))}
        />
      </Section>
      <Section title="Addresses">
        <TextField
          name="baseUrl"
          label="Public address"
          type="url"
          defaultValue={values.baseUrl}
          hint={
            <>
              The origin readers use, such as <code>https://commentaries.example.org</code>: every link in pages, feeds, the sitemap,
              citations and mail is built on it. Leave empty to use <code>{fallbackUrl}</code> (the <code>SITE_URL</code> setting, or the
              address the site is served on).
            </>
          }
        />
        <label htmlFor="timeZone">Time zone</label>
        <input
          id="timeZone"
          name="timeZone"
          defaultValue={values.timeZone}
          list="time-zones"
          autoComplete="off"
          aria-describedby="timeZone-hint"
        />
        <datalist id="time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p className="field-hint" id="timeZone-hint">
          Every date and time on the site is shown in it, such as <code>Asia/Singapore</code> or <code>Europe/London</code>.
        </p>
      </Section>
      <Section title="Reader labels">
        <TextField name="notesLabel" label="Notes heading" defaultValue={values.notesLabel} required hint="“Notes” or “References”." />
        <TextField
          name="aboutLabel"
          label="Writer heading"
          defaultValue={values.aboutLabel}
          required
          hint="Above the writers' bios, as for one writer (“About the writer”); a piece by several says “About the writers”."
        />
        <TextField name="disclaimerLabel" label="Disclaimer heading" defaultValue={values.disclaimerLabel} required />
      </Section>
      <Section title="Licence">
        <Select
          name="defaultLicence"
          label="Default licence"
          defaultValue={values.defaultLicence}
          hint="What a piece is published under unless its editor chooses another."
          options={licences.map((l) => ({ value: l.key, label: l.name }))}
        />
      </Section>
      <Section title="Identifiers and Crossref">
        <TextField
          name="doiPrefix"
          label="DOI prefix"
          defaultValue={values.doiPrefix}
          hint="The prefix Crossref gave you, such as 10.12345. Empty: no DOIs."
        />
        <TextField
          name="doiPattern"
          label="DOI pattern"
          defaultValue={values.doiPattern}
          hint={
            <>
              How a piece&apos;s DOI is made after the prefix, such as <code>{"commentary.{year}.{seq:3}"}</code>. Empty: editors type each
              one. Tokens:{" "}
              {doiTokens.map((t, i) => (
                <span key={t.token}>
                  {i ? "; " : ""}
                  <code>{t.token}</code> {t.means}
                </span>
              ))}
              .
            </>
          }
        />
        <TextField
          name="crossrefDepositorName"
          label="Depositor name"
          defaultValue={values.crossrefDepositorName}
          hint="Who Crossref writes to about a deposit."
        />
        <TextField name="crossrefDepositorEmail" label="Depositor email" type="email" defaultValue={values.crossrefDepositorEmail} />
        <TextField
          name="crossrefRegistrant"
          label="Registrant"
          defaultValue={values.crossrefRegistrant}
          hint="The organisation that owns the DOIs."
        />
      </Section>
      <Section title="Review rules">
        {/* Sent when the box is not ticked; a ticked box sends its value after it. */}
        <input type="hidden" name="fourEyes" value="false" />
        <div className="checkbox">
          <input
            type="checkbox"
            id="fourEyes"
            name="fourEyes"
            value="true"
            defaultChecked={values.fourEyes}
            aria-describedby="fourEyes-hint"
          />
          <label htmlFor="fourEyes">Four eyes: no one approves a version they submitted or last edited</label>
        </div>
        <p className="field-hint" id="fourEyes-hint">
          A division can follow this or set its own rule.
        </p>
      </Section>
    </ActionForm>
  );
}
