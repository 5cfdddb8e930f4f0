// What a piece's page tells machines: canonical URL, OpenGraph and Twitter cards for sharing,
// schema.org JSON-LD for search engines, and Highwire citation_* tags for Google Scholar.
import "server-only";
import type { Metadata } from "next";
import { splitName } from "./citations";
import { calendarDay, PORTRAIT_WIDTH, portraitUrl, type PieceFacts } from "./piece-facts";
import type { PublicAuthorProfile } from "./publications";
import { paths, urlOn } from "../platform/paths";
import { sameAsOf } from "../admin/author-identity";
import { doiUrl } from "../platform/identifiers";

const slashDate = (iso: string, timeZone: string) => {
  const { year, month, day } = calendarDay(iso, timeZone);
  return `${year}/${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}`;
};

export function buildArticleMetadata(piece: PieceFacts): Metadata {
  const { timeZone } = piece.site;
  const { doi, issn, seriesNumber, canonicalUrl } = piece.identity;
  return {
    title: piece.title,
    description: piece.standfirst || undefined,
    alternates: {
      // A republished piece names its first home as canonical, so search engines credit it there.
      canonical: canonicalUrl || piece.url,
      // Feed autodiscovery: readers subscribe to the site from any piece.
      types: {
        "application/rss+xml": [{ url: urlOn(piece.site.baseUrl, paths.feed({ kind: "site" }, "rss")), title: `${piece.site.name} (RSS)` }],
        "application/atom+xml": [
          { url: urlOn(piece.site.baseUrl, paths.feed({ kind: "site" }, "atom")), title: `${piece.site.name} (Atom)` },
        ],
      },
    },
    authors: piece.authors.map((a) => ({ name: a.name, url: a.url })),
    openGraph: {
      type: "article",
      url: piece.url,
      title: piece.title,
      description: piece.standfirst || undefined,
      siteName: piece.site.name,
      publishedTime: piece.publishedAt,
      modifiedTime: piece.modifiedAt,
      authors: piece.authors.map((a) => a.url),
      section: piece.division?.name,
      tags: piece.topics,
      images: piece.image ? [piece.image] : undefined,
    },
    // The large card when there is an image to fill it; the small one otherwise.
    twitter: piece.image
      ? {
          card: "summary_large_image",
          title: piece.title,
          description: piece.standfirst || undefined,
          images: [{ url: piece.image.url, alt: piece.image.alt }],
        }
      : { card: "summary", title: piece.title, description: piece.standfirst || undefined },
    // Google Scholar's inclusion guidelines: one citation_author per author, in byline order,
    // "Family, Given"; dates as YYYY/MM/DD.
    other: {
      citation_title: piece.title,
      citation_author: piece.authors.map((a) => {
        const { given, family } = splitName(a.name);
        return given ? `${family}, ${given}` : family;
      }),
      citation_publication_date: slashDate(piece.publishedAt, timeZone),
      citation_online_date: slashDate(piece.publishedAt, timeZone),
      citation_publisher: piece.site.organisation,
      ...(doi ? { citation_doi: doi } : {}),
      ...(issn ? { citation_issn: issn } : {}),
      ...(piece.series ? { citation_series_title: piece.series.name } : {}),
      ...(seriesNumber ? { citation_technical_report_number: seriesNumber } : {}),
      citation_pdf_url: urlOn(piece.site.baseUrl, paths.piecePdf(piece.slug)),
    },
  };
}

export function articleJsonLd(piece: PieceFacts) {
  const { doi, seriesNumber, issn, licenceLink } = piece.identity;
  const identifiers = [
    ...(doi ? [{ "@type": "PropertyValue", propertyID: "DOI", value: doi, url: doiUrl(doi) }] : []),
    ...(seriesNumber ? [{ "@type": "PropertyValue", propertyID: "Series number", value: seriesNumber }] : []),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: piece.title,
    description: piece.standfirst || undefined,
    url: piece.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": piece.url },
    datePublished: piece.publishedAt,
    dateModified: piece.modifiedAt,
    image: piece.image ? { "@type": "ImageObject", url: piece.image.url, width: piece.image.width, height: piece.image.height } : undefined,
    author: piece.authors.map((a) => ({
      "@type": "Person",
      name: a.name,
      url: a.url,
      image: a.image ?? undefined,
      jobTitle: a.jobTitle || undefined,
      affiliation: a.affiliation ? { "@type": "Organization", name: a.affiliation } : undefined,
      sameAs: a.sameAs.length ? a.sameAs : undefined,
    })),
    publisher: { "@type": "Organization", name: piece.site.organisation, url: piece.site.baseUrl },
    articleSection: piece.division?.name,
    keywords: piece.topics.length ? piece.topics.join(", ") : undefined,
    isPartOf: piece.series
      ? { "@type": "CreativeWorkSeries", name: piece.series.name, url: piece.series.url, issn: issn || undefined }
      : undefined,
    identifier: identifiers.length ? identifiers : undefined,
    sameAs: doi ? doiUrl(doi) : undefined,
    license: licenceLink?.url,
  };
}

/** The author's page as schema.org sees it: a profile of a Person, with their portrait. */
export function authorJsonLd(author: PublicAuthorProfile, baseUrl: string) {
  const url = urlOn(baseUrl, paths.author(author.slug));
  const sameAs = sameAsOf(author);
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url,
    mainEntity: {
      "@type": "Person",
      name: author.displayName,
      url,
      jobTitle: author.position || undefined,
      affiliation: author.affiliation ? { "@type": "Organization", name: author.affiliation } : undefined,
      image: author.portrait ? portraitUrl(baseUrl, author.portrait) : undefined,
      // Their ORCID record and pages elsewhere: how search engines tie this Person to the same one there.
      sameAs: sameAs.length ? sameAs : undefined,
    },
  };
}

/**
 * The author's page when it is shared: an OpenGraph profile with the portrait (the square crop's
 * JPEG, as JSON-LD names it) on the small Twitter card, which shows a square image beside the
 * text; without a portrait, the same card with none.
 */
export function authorSharing(
  author: PublicAuthorProfile,
  site: { baseUrl: string; siteName: string },
): Pick<Metadata, "openGraph" | "twitter"> {
  const images = author.portrait
    ? [
        {
          url: portraitUrl(site.baseUrl, author.portrait),
          width: PORTRAIT_WIDTH,
          height: PORTRAIT_WIDTH,
          alt: author.portrait.alt || `Portrait of ${author.displayName}`,
        },
      ]
    : undefined;
  const description = [author.position, author.affiliation].filter(Boolean).join(", ") || undefined;
  return {
    openGraph: {
      type: "profile",
      url: urlOn(site.baseUrl, paths.author(author.slug)),
      title: author.displayName,
      description,
      siteName: site.siteName,
      images,
    },
    twitter: { card: "summary", title: author.displayName, description, images },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" becomes \u003c (still the same
 * JSON string) so no value can close the script element; U+2028/9 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
