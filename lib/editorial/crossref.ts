// Crossref deposit XML (schema 5.3.1) for one published piece or a batch, for editors to upload
// to Crossref (README, "Registering DOIs with Crossref"). Each piece is a report-paper: with
// report-paper_series_metadata (series title, ISSN, the piece's number) when its series has an
// ISSN, which Crossref's series metadata requires; report-paper_metadata otherwise. Built with
// fast-xml-parser's XMLBuilder, which escapes every text and attribute.
import "server-only";
import { randomUUID } from "node:crypto";
import { XMLBuilder } from "fast-xml-parser";
import { z } from "zod";
import { db } from "../platform/db";
import { ConflictError, NotFoundError } from "../platform/errors";
import { authorizeSite, type Actor } from "../permissions";
import { getSiteSettings } from "../platform/site-settings";
import { paths, urlOn } from "../platform/paths";
import { parseInput } from "../platform/validation";
import { calendarDay } from "../reader/piece-facts";
import { splitName } from "../reader/citations";
import type { Prisma } from "../generated/prisma/client";

const CROSSREF_VERSION = "5.3.1";
/** Crossref's item_number is at most 32 characters; a longer series number is left out of it. */
const ITEM_NUMBER_MAX = 32;

const depositSelect = {
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  series: { select: { name: true, issn: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { displayName: true, orcid: true } } } },
  article: { select: { doi: true, seriesNumber: true } },
} satisfies Prisma.PublicationSelect;
type DepositRow = Prisma.PublicationGetPayload<{ select: typeof depositSelect }>;

type Settings = Awaited<ReturnType<typeof getSiteSettings>>;
type Node = Record<string, unknown>;

function contributors(row: DepositRow): Node | undefined {
  if (!row.authors.length) return undefined;
  return {
    person_name: row.authors.map(({ author }, i) => {
      const { given, family } = splitName(author.displayName);
      return {
        "@_sequence": i === 0 ? "first" : "additional",
        "@_contributor_role": "author",
        ...(given ? { given_name: given } : {}),
        surname: family,
        ...(author.orcid ? { ORCID: `https://orcid.org/${author.orcid}` } : {}),
      };
    }),
  };
}

function paperMetadata(row: DepositRow, settings: Settings): [string, Node] {
  const { year, month, day } = calendarDay(row.publishedAt.toISOString(), settings.timeZone);
  const number = row.article.seriesNumber;
  const common: Node = {
    contributors: contributors(row),
    titles: { title: row.title },
    ...(row.standfirst ? { "jats:abstract": { "jats:p": row.standfirst } } : {}),
    publication_date: { "@_media_type": "online", month: String(month).padStart(2, "0"), day: String(day).padStart(2, "0"), year },
    publisher: { publisher_name: settings.organisation || settings.siteName },
    ...(number && number.length <= ITEM_NUMBER_MAX ? { publisher_item: { item_number: number } } : {}),
    doi_data: { doi: row.article.doi, resource: urlOn(settings.baseUrl, paths.piece(row.slug)) },
  };
  if (row.series?.issn) {
    const series = {
      series_metadata: { titles: { title: row.series.name }, issn: { "@_media_type": "electronic", "#text": row.series.issn } },
    };
    return ["report-paper_series_metadata", { "@_language": settings.defaultLanguage, ...series, ...common }];
  }
  return ["report-paper_metadata", { "@_language": settings.defaultLanguage, ...common }];
}

/** "20261202143005123": Crossref's timestamp, a number that grows with each deposit of a DOI. */
const crossrefTimestamp = (now: Date) => now.toISOString().replace(/\D/g, "").slice(0, 17);

function depositXml(rows: DepositRow[], settings: Settings, now = new Date()): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true });
  const papers = rows.map((row) => {
    const [name, metadata] = paperMetadata(row, settings);
    return { [name]: metadata };
  });
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    doi_batch: {
      "@_xmlns": `http://www.crossref.org/schema/${CROSSREF_VERSION}`,
      "@_xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "@_xmlns:jats": "http://www.ncbi.nlm.nih.gov/JATS1",
      "@_xsi:schemaLocation": `http://www.crossref.org/schema/${CROSSREF_VERSION} https://www.crossref.org/schemas/crossref${CROSSREF_VERSION}.xsd`,
      "@_version": CROSSREF_VERSION,
      head: {
        doi_batch_id: `standfirst-${randomUUID()}`,
        timestamp: crossrefTimestamp(now),
        depositor: {
          depositor_name: settings.crossrefDepositorName || settings.organisation || settings.siteName,
          email_address: settings.crossrefDepositorEmail,
        },
        registrant: settings.crossrefRegistrant || settings.organisation || settings.siteName,
      },
      body: { "report-paper": papers },
    },
  });
}

/** Crossref refuses a deposit without a depositor's address; say so before anyone uploads one. */
function checkDepositor(settings: Settings) {
  if (!settings.crossrefDepositorEmail) {
    throw new ConflictError("Set the Crossref depositor's email address in the site settings first: Crossref sends its report there.");
  }
}

const liveWithDoi = (): Prisma.PublicationWhereInput => ({ liveFrom: { lte: new Date() }, article: { doi: { not: null } } });

/** The deposit XML of one live piece with a DOI, for an editor (`identifiers.manage`). */
export async function crossrefForPiece(actor: Actor | null, articleId: string) {
  authorizeSite(actor, "identifiers.manage");
  const row = await db.publication.findFirst({ where: { articleId, liveFrom: { lte: new Date() } }, select: depositSelect });
  if (!row) throw new NotFoundError("This piece is not published, so it has nothing to deposit.");
  if (!row.article.doi) throw new ConflictError("This piece has no DOI yet: give it one on its studio page first.");
  const settings = await getSiteSettings();
  checkDepositor(settings);
  return { fileName: `crossref-${row.slug}.xml`, xml: depositXml([row], settings) };
}

const batchInput = z.object({
  series: z.string().trim().max(200).optional(),
  from: z.iso.date({ error: "Give the first day as YYYY-MM-DD." }).optional(),
  to: z.iso.date({ error: "Give the last day as YYYY-MM-DD." }).optional(),
});

/** At most this many pieces in one file: Crossref advises deposits of modest size. */
export const CROSSREF_BATCH_MAX = 1000;

/**
 * The deposit XML of every live piece with a DOI in a series (by slug) and/or first published
 * between two days (inclusive, UTC), oldest first.
 */
export async function crossrefBatch(actor: Actor | null, input: unknown) {
  authorizeSite(actor, "identifiers.manage");
  const { series, from, to } = parseInput(batchInput, input);
  const seriesRow = series ? await db.series.findUnique({ where: { slug: series }, select: { id: true } }) : null;
  if (series && !seriesRow) throw new NotFoundError("No such series.");
  const rows = await db.publication.findMany({
    where: {
      ...liveWithDoi(),
      ...(seriesRow ? { seriesId: seriesRow.id } : {}),
      publishedAt: {
        ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
        ...(to ? { lt: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) } : {}),
      },
    },
    orderBy: [{ publishedAt: "asc" }, { articleId: "asc" }],
    take: CROSSREF_BATCH_MAX,
    select: depositSelect,
  });
  if (!rows.length) throw new NotFoundError("No published piece with a DOI matches.");
  const settings = await getSiteSettings();
  checkDepositor(settings);
  const name = [series, from, to].filter(Boolean).join("_") || "all";
  return { fileName: `crossref-${name}.xml`, xml: depositXml(rows, settings) };
}

/** The HTTP answer of a deposit: an XML file to save. */
export function depositResponse({ fileName, xml }: { fileName: string; xml: string }): Response {
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
