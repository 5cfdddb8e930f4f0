// What makes a live piece citable, as readers see it: its series number and DOI under the title,
// and its licence and first publication elsewhere under the body.
import { doiUrl } from "@/lib/platform/identifiers";
import { licenceFor } from "@/lib/reader/licences";
import type { PieceIdentity } from "@/lib/reader/publications";

/** "ISI Commentaries No. 2024/017 · DOI https://doi.org/10.…", or nothing for a piece with neither. */
export function PieceNumberAndDoi({ identity }: { identity: PieceIdentity }) {
  if (!identity.seriesNumber && !identity.doi) return null;
  return (
    <p className="meta piece__identifiers">
      {identity.seriesNumber ? <span>{identity.seriesNumber}</span> : null}
      {identity.seriesNumber && identity.doi ? " · " : null}
      {identity.doi ? (
        <span>
          DOI <a href={doiUrl(identity.doi)}>{doiUrl(identity.doi)}</a>
        </span>
      ) : null}
    </p>
  );
}

/** "First published in …" and "Licensed under CC BY-ND 4.0", linked to its deed. */
export function PieceProvenance({ identity }: { identity: PieceIdentity }) {
  const licence = licenceFor(identity.licence);
  return (
    <footer className="piece__provenance meta">
      {identity.firstPublishedIn ? (
        <p>
          First published in{" "}
          {identity.canonicalUrl ? <a href={identity.canonicalUrl}>{identity.firstPublishedIn}</a> : identity.firstPublishedIn}.
        </p>
      ) : null}
      {licence?.url ? (
        <p>
          Licensed under{" "}
          <a href={licence.url} rel="license">
            {licence.name}
          </a>
          .
        </p>
      ) : (
        <p>All rights reserved.</p>
      )}
    </footer>
  );
}
