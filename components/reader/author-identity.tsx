// An author's ORCID iD and links, under their bio on their page and in "About the writer".
import type { PublicAuthorProfile } from "@/lib/reader/publications";

/**
 * ORCID's display guidelines: the iD icon, then the full https://orcid.org/ address as the link's
 * text (not "ORCID" alone), so readers see and can copy the identifier itself. The icon is drawn
 * inline (their green circle with "iD"), hidden from screen readers, which read the address.
 */
function OrcidLink({ url }: { url: string }) {
  return (
    <p className="author-id__orcid">
      <a href={url} rel="author">
        <svg className="author-id__orcid-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="12" fill="#A6CE39" />
          <text x="12" y="16.2" textAnchor="middle" fontSize="11.5" fontWeight="700" fontFamily="Arial, sans-serif" fill="#fff">
            iD
          </text>
        </svg>
        <span className="visually-hidden">ORCID iD: </span>
        {url}
      </a>
    </p>
  );
}

/** Nothing when the author has neither. */
export function AuthorIdentity({ author }: { author: PublicAuthorProfile }) {
  if (!author.orcidUrl && author.links.length === 0) return null;
  return (
    <div className="author-id">
      {author.orcidUrl ? <OrcidLink url={author.orcidUrl} /> : null}
      {author.links.length ? (
        <ul className="author-id__links" aria-label={`${author.displayName} elsewhere`}>
          {author.links.map((link, index) => (
            <li key={index}>
              <a href={link.url} rel="me">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
