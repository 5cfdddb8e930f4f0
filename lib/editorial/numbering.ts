// A piece's series number and DOI, given once, inside the transaction that first publishes it
// (or schedules it: the scheduled copy is what readers will see). Numbers come from SeriesCounter,
// one row per series and period (the year when the pattern has {year}, else ""), incremented in
// one statement that locks the row, so two publications at once never share a number; the
// counter only goes up, so a number is never given again, even after its piece is unpublished
// or deleted.
import "server-only";
import type { Tx } from "../platform/db";
import { fillPattern, patternHasYear } from "../platform/identifiers";

/** The year of a moment in the site's time zone: a piece published on 31 December there is that year's. */
function siteYear(date: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(date));
}

/** The next number of a series in a period, counted atomically (INSERT … ON CONFLICT locks the row). */
async function nextInSeries(tx: Tx, seriesId: string, period: string): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "SeriesCounter" ("seriesId", "period", "last") VALUES (${seriesId}, ${period}, 1)
    ON CONFLICT ("seriesId", "period") DO UPDATE SET "last" = "SeriesCounter"."last" + 1
    RETURNING "last"`;
  return rows[0].last;
}

/** A DOI not yet taken: the pattern's, or with "-2", "-3"… added when another piece has it. */
async function freeDoi(tx: Tx, articleId: string, doi: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? doi : `${doi}-${n}`;
    const holder = await tx.article.findFirst({ where: { doi: { equals: candidate, mode: "insensitive" } }, select: { id: true } });
    if (!holder || holder.id === articleId) return candidate;
  }
}

export interface GivenIdentifiers {
  seriesNumber?: string;
  doi?: string;
}

/**
 * Gives the piece its series number (at its first publication, when its series numbers pieces) and its
 * DOI (when it has none and the site has a prefix and a pattern whose tokens can be filled), as of
 * `publishedAt`: a back-dated piece is numbered in its original year. Returns what was given, for
 * the audit event.
 */
export async function assignIdentifiers(
  tx: Tx,
  articleId: string,
  publishedAt: Date,
  { firstPublication }: { firstPublication: boolean },
): Promise<GivenIdentifiers> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { slug: true, seriesNumber: true, doi: true, series: { select: { id: true, slug: true, numberPattern: true } } },
  });
  // Read in the transaction: its connection is the one the caller holds (a second one may not exist).
  const settings = (await tx.siteSettings.findUnique({
    where: { id: 1 },
    select: { timeZone: true, doiPrefix: true, doiPattern: true },
  })) ?? {
    timeZone: "UTC",
    doiPrefix: "",
    doiPattern: "",
  };
  const year = siteYear(publishedAt, settings.timeZone);
  const given: GivenIdentifiers = {};
  let seq: number | undefined;

  const pattern = article.series?.numberPattern ?? "";
  if (article.series && pattern && firstPublication && !article.seriesNumber) {
    seq = await nextInSeries(tx, article.series.id, patternHasYear(pattern) ? String(year) : "");
    given.seriesNumber = fillPattern(pattern, { year, seq }) ?? undefined;
  }

  if (!article.doi && settings.doiPrefix && settings.doiPattern) {
    const suffix = fillPattern(settings.doiPattern, { year, seq, series: article.series?.slug, slug: article.slug });
    // A {seq} pattern and a piece outside a numbered series: no DOI is made up; an editor may type one.
    if (suffix) given.doi = await freeDoi(tx, articleId, `${settings.doiPrefix}/${suffix}`);
  }

  if (given.seriesNumber || given.doi) await tx.article.update({ where: { id: articleId }, data: given });
  return given;
}
