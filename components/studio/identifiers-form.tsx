// The piece's DOI, licence and provenance, as editors set them on its overview page.
import { ActionForm } from "@/components/ui/action-form";
import { Select, TextField } from "@/components/ui/fields";
import { setArticleIdentifiersAction } from "@/lib/actions/identifiers";
import { licences } from "@/lib/reader/licences";
import { paths } from "@/lib/platform/paths";

interface Props {
  articleId: string;
  version: number;
  doi: string | null;
  licence: string | null;
  firstPublishedIn: string;
  canonicalUrl: string;
  /** The site's default licence, named in the "default" choice. */
  defaultLicenceName: string;
  doiPrefix: string;
  /** Whether the piece is live, so it has something to deposit with Crossref. */
  live: boolean;
}

export function IdentifiersForm(props: Props) {
  const licenceOptions = [
    { value: "default", label: `The site’s default (${props.defaultLicenceName})` },
    ...licences.map((l) => ({ value: l.key, label: l.name })),
  ];
  return (
    <>
      <ActionForm action={setArticleIdentifiersAction} submitLabel="Save identifiers">
        <input type="hidden" name="articleId" value={props.articleId} />
        <input type="hidden" name="version" value={props.version} />
        <TextField
          name="doi"
          label="DOI"
          defaultValue={props.doi ?? ""}
          hint={
            props.doiPrefix
              ? `Under this site’s prefix: ${props.doiPrefix}/…. Left empty, one is made from the site’s pattern at publication.`
              : "For example 10.12345/isi.2024.017. The site has no DOI prefix set, so none is made at publication."
          }
        />
        <Select name="licence" label="Licence" defaultValue={props.licence ?? "default"} options={licenceOptions} />
        <TextField
          name="firstPublishedIn"
          label="First published in"
          defaultValue={props.firstPublishedIn}
          hint="For a piece that appeared elsewhere first, e.g. The Straits Times, 3 June 2024."
        />
        <TextField
          name="canonicalUrl"
          label="Canonical URL"
          type="url"
          defaultValue={props.canonicalUrl}
          hint="Where it was first published; search engines are told that page is the original. Empty: this site’s page."
        />
      </ActionForm>
      {props.live && props.doi ? (
        <p>
          <a className="button button--secondary" href={paths.api.crossrefPiece(props.articleId)} download>
            Download Crossref XML
          </a>
        </p>
      ) : null}
    </>
  );
}
